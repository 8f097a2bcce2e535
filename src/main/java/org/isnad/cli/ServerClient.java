package org.isnad.cli;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Talks to a running 'isnad serve' for the commands that work through it (--server URL). */
final class ServerClient {
    private final String base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** {@code credentials} is "user:password" or null. */
    ServerClient(String url, String credentials) {
        this.base = url.replaceAll("/+$", "");
        this.authorization = credentials == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofHours(1));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    InputStream get(String path, String accept) throws Exception {
        HttpResponse<InputStream> r = send(request(path).header("Accept", accept).GET().build());
        return r.body();
    }

    HttpResponse<InputStream> send(HttpRequest req) throws Exception {
        return sendAllowing(req);
    }

    /** Sends; a 2xx status or one of {@code alsoOk} is an answer, anything else a usage problem. */
    HttpResponse<InputStream> sendAllowing(HttpRequest req, int... alsoOk) throws Exception {
        HttpResponse<InputStream> r;
        try {
            r = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (java.net.ConnectException e) {
            throw new UsageProblem("no server answers at " + base + " (is 'isnad serve' running there?)");
        }
        if (r.statusCode() / 100 != 2 && java.util.Arrays.stream(alsoOk).noneMatch(c -> c == r.statusCode())) {
            String body = new String(r.body().readNBytes(500), StandardCharsets.UTF_8).strip();
            throw new UsageProblem(req.method() + " " + req.uri() + " answered " + r.statusCode()
                    + (r.statusCode() == 401 ? " (give --user NAME:PASSWORD)" : "") + (body.isEmpty() ? "" : ": " + body));
        }
        return r;
    }
}
