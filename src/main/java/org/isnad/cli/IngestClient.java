package org.isnad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.isnad.read.SourceDocument;
import org.isnad.serve.IngestServlet;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** 'isnad ingest --server URL': documents read here, posted as JSON Lines, stored by the server. */
final class IngestClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the server said about one document: outcome (added, replaced, unchanged) or error. */
    record Result(SourceDocument document, String outcome, String language, String error, JsonNode counts) {
    }

    private final ServerClient server;
    private final String token;

    IngestClient(ServerClient server, String token) {
        this.server = server;
        this.token = token;
    }

    List<Result> send(List<SourceDocument> batch) throws Exception {
        StringBuilder body = new StringBuilder();
        for (SourceDocument d : batch) {
            ObjectNode o = JSON.createObjectNode().put("text", d.text());
            putIf(o, "title", d.title());
            putIf(o, "url", d.url());
            putIf(o, "published", d.published() == null ? null : d.published().toString());
            putIf(o, "publisher", d.publisher());
            putIf(o, "language", d.language());
            body.append(JSON.writeValueAsString(o)).append('\n');
        }
        HttpRequest req = server.request(IngestServlet.PATH)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        JsonNode report;
        HttpResponse<InputStream> r = server.sendAllowing(req, 422);
        try (InputStream in = r.body()) {
            report = JSON.readTree(in);
        }
        java.util.ArrayList<Result> out = new java.util.ArrayList<>();
        for (JsonNode n : report.path("results")) {
            int line = n.path("line").asInt();
            SourceDocument d = line >= 1 && line <= batch.size() ? batch.get(line - 1) : null;
            out.add(new Result(d, n.path("outcome").asText(null), n.path("language").asText(null),
                    n.path("error").asText(null), n));
        }
        return out;
    }

    private static void putIf(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }
}
