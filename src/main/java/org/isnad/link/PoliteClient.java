package org.isnad.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * GETs JSON from Wikidata the way its operators ask: one request at a time, a descriptive
 * User-Agent, gzip, a pause between requests, and when the servers say "slow down" (429, 503,
 * a maxlag error) it waits as long as Retry-After says. Other failures back off exponentially, a
 * bounded number of times. Answers are cached on disk; offline mode answers only from the cache.
 */
public final class PoliteClient {
    public static final String USER_AGENT = "Isnad/0.1 (https://w3id.org/isnad; contact via repository)";
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How patient to be. {@code online=false} means: never touch the network. */
    public record Settings(boolean online, Duration timeout, int maxRetries, Duration firstBackoff,
                           Duration pause, Sleeper sleeper) {
        public static Settings defaults() {
            return new Settings(true, Duration.ofSeconds(30), 4, Duration.ofSeconds(2), Duration.ofMillis(100), Sleeper.REAL);
        }

        public Settings online(boolean on) {
            return new Settings(on, timeout, maxRetries, firstBackoff, pause, sleeper);
        }

        public Settings timeout(Duration t) {
            return new Settings(online, t, maxRetries, firstBackoff, pause, sleeper);
        }

        public Settings maxRetries(int n) {
            return new Settings(online, timeout, n, firstBackoff, pause, sleeper);
        }

        public Settings sleeper(Sleeper s) {
            return new Settings(online, timeout, maxRetries, firstBackoff, pause, s);
        }
    }

    private final Settings settings;
    private final ResponseCache cache;
    private final HttpClient http;
    private long lastRequest;
    private int requests;

    public PoliteClient(Settings settings, ResponseCache cache) {
        this.settings = settings;
        this.cache = cache;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Number of HTTP requests actually sent (cache hits are not requests). */
    public int requests() {
        return requests;
    }

    /** The JSON at {@code uri}, from the cache when there, else fetched (and cached). */
    public JsonNode getJson(URI uri, String accept) {
        String url = uri.toString();
        Optional<String> cached = cache.get(url);
        if (cached.isPresent()) {
            try {
                return JSON.readTree(cached.get());
            } catch (IOException damaged) {
                // fall through and fetch it again
            }
        }
        if (!settings.online()) {
            throw new WikidataProblem(WikidataProblem.Kind.NOT_CACHED, "the answer to "
                    + java.net.URLDecoder.decode(url, java.nio.charset.StandardCharsets.UTF_8) + " is not in the cache ("
                    + cache.dir() + "); run with --online to ask Wikidata");
        }
        JsonNode json = fetch(uri, accept);
        cache.put(url, json.toString());
        return json;
    }

    private JsonNode fetch(URI uri, String accept) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("User-Agent", USER_AGENT)
                .header("Accept", accept)
                .header("Accept-Encoding", "gzip")
                .GET().build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<InputStream> response;
            try {
                pauseBetweenRequests();
                requests++;
                response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                retryOrGiveUp(uri, attempt, "no answer within " + settings.timeout().toMillis() + " ms",
                        backoff(attempt));
                continue;
            } catch (ConnectException | UnresolvedAddressException e) {
                throw unreachable(uri, e);
            } catch (IOException e) {
                if (e.getCause() instanceof UnknownHostException || e.getCause() instanceof UnresolvedAddressException) {
                    throw unreachable(uri, e);
                }
                retryOrGiveUp(uri, attempt, "connection failed (" + e + ")",
                        backoff(attempt));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WikidataProblem(WikidataProblem.Kind.GAVE_UP, "interrupted while asking " + uri, e);
            }
            int status = response.statusCode();
            String body = body(uri, response);
            Optional<Duration> retryAfter = retryAfter(response);
            if (status == 429 || status == 503 || status == 502 || status == 504 || status == 500) {
                retryOrGiveUp(uri, attempt, "HTTP " + status + (isMaxlag(body) ? " (maxlag: database replicas are lagging)" : ""),
                        retryAfter.orElse(backoff(attempt)));
                continue;
            }
            if (status != 200) {
                throw new WikidataProblem(WikidataProblem.Kind.BAD_RESPONSE, uri.getHost() + " answered HTTP " + status
                        + " to " + uri);
            }
            JsonNode json = parse(uri, body);
            JsonNode error = json.path("error");
            if (error.isObject()) {
                String code = error.path("code").asText();
                if ("maxlag".equals(code)) {
                    // Wikidata's servers are lagging: the API asks every bot to wait (Retry-After) and try again.
                    retryOrGiveUp(uri, attempt, "maxlag (" + error.path("info").asText("database replicas are lagging") + ")",
                            retryAfter.orElse(Duration.ofSeconds(5)));
                    continue;
                }
                throw new WikidataProblem(WikidataProblem.Kind.BAD_RESPONSE, "Wikidata API error " + code + ": "
                        + error.path("info").asText() + " (" + uri + ")");
            }
            return json;
        }
    }

    private void retryOrGiveUp(URI uri, int attempt, String failure, Duration wait) {
        if (attempt >= settings.maxRetries()) {
            throw new WikidataProblem(WikidataProblem.Kind.GAVE_UP, "gave up on " + uri.getHost() + " after "
                    + (attempt + 1) + " attempts: " + failure + " (" + uri + ")");
        }
        sleep(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }

    private Duration backoff(int attempt) {
        return settings.firstBackoff().multipliedBy(1L << Math.min(attempt, 6));
    }

    private void pauseBetweenRequests() {
        long since = System.nanoTime() - lastRequest;
        long remaining = settings.pause().toNanos() - since;
        if (lastRequest != 0 && remaining > 0) {
            sleep(Duration.ofNanos(remaining));
        }
        lastRequest = System.nanoTime();
    }

    private void sleep(Duration d) {
        try {
            settings.sleeper().sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WikidataProblem(WikidataProblem.Kind.GAVE_UP, "interrupted while waiting to retry", e);
        }
    }

    private static WikidataProblem unreachable(URI uri, Exception e) {
        String why = e instanceof ConnectException ? "connection refused"
                : e instanceof UnresolvedAddressException || e.getCause() instanceof UnknownHostException
                ? "unknown host" : String.valueOf(e.getMessage());
        return new WikidataProblem(WikidataProblem.Kind.UNREACHABLE, "cannot reach " + uri.getScheme() + "://"
                + uri.getAuthority() + " (" + why + "): is this machine offline? Nothing was changed", e);
    }

    private static String body(URI uri, HttpResponse<InputStream> response) {
        boolean gzip = response.headers().firstValue("Content-Encoding").map(v -> v.equalsIgnoreCase("gzip")).orElse(false);
        try (InputStream in = gzip ? new GZIPInputStream(response.body()) : response.body()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WikidataProblem(WikidataProblem.Kind.BAD_RESPONSE, "could not read the answer from " + uri + ": " + e, e);
        }
    }

    private static JsonNode parse(URI uri, String body) {
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || !json.isObject()) {
                throw new IOException("not a JSON object");
            }
            return json;
        } catch (IOException e) {
            String start = body.length() > 60 ? body.substring(0, 60) + "…" : body;
            throw new WikidataProblem(WikidataProblem.Kind.BAD_RESPONSE, "the answer from " + uri.getHost()
                    + " is not valid JSON (" + e.getClass().getSimpleName() + ", starts with \""
                    + start.replaceAll("\\s+", " ") + "\"); nothing was changed", e);
        }
    }

    private static boolean isMaxlag(String body) {
        return body.contains("\"maxlag\"");
    }

    /** Retry-After as seconds or as an HTTP date. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v.trim()))));
            } catch (NumberFormatException notSeconds) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(v.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                    Duration d = Duration.between(ZonedDateTime.now(), at);
                    return Optional.of(d.isNegative() ? Duration.ZERO : d);
                } catch (RuntimeException unreadable) {
                    return Optional.empty();
                }
            }
        });
    }
}
