package org.isnad.testutil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A loopback stand-in for Wikidata that replays recorded answers from src/test/resources/wikidata/:
 * {@code /w/api.php} answers wbsearchentities from a search-term → file map (an empty result for
 * any other term) and wbgetentities with the requested items of one recorded wbgetentities answer;
 * {@code /sparql} answers with one recorded SPARQL results file. Scripted answers (429, 503,
 * malformed JSON, slow) are served first, one per request. Every request is recorded.
 */
public final class WikidataStub implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One scripted answer. */
    public record Scripted(int status, Map<String, String> headers, String body, long delayMillis) {
        public static Scripted of(int status, String body, String... headerPairs) {
            Map<String, String> h = new LinkedHashMap<>();
            for (int i = 0; i + 1 < headerPairs.length; i += 2) {
                h.put(headerPairs[i], headerPairs[i + 1]);
            }
            return new Scripted(status, h, body, 0);
        }

        public static Scripted slow(long delayMillis) {
            return new Scripted(-1, Map.of(), null, delayMillis);
        }
    }

    /** What the stub received. */
    public record Request(String path, Map<String, String> params, String userAgent, String accept) {
    }

    private final HttpServer server;
    private final Map<String, String> searches = new LinkedHashMap<>();
    private String entitiesFile = "wikidata/entities.json";
    private String sparqlFile;
    private final Deque<Scripted> script = new ArrayDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public WikidataStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        // Several threads, so that a deliberately slow answer does not hold up the retry after it.
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public WikidataStub search(String term, String file) {
        searches.put(term, file);
        return this;
    }

    public WikidataStub entities(String file) {
        entitiesFile = file;
        return this;
    }

    public WikidataStub sparql(String file) {
        sparqlFile = file;
        return this;
    }

    public synchronized WikidataStub then(Scripted s) {
        script.add(s);
        return this;
    }

    public String api() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php";
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
    }

    public List<Request> requests() {
        return Collections.unmodifiableList(requests);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, String> params = params(ex.getRequestURI().getRawQuery());
            requests.add(new Request(ex.getRequestURI().getPath(), params,
                    ex.getRequestHeaders().getFirst("User-Agent"), ex.getRequestHeaders().getFirst("Accept")));
            Scripted s;
            synchronized (this) {
                s = script.poll();
            }
            if (s != null && s.delayMillis() > 0) {
                sleep(s.delayMillis());
                s = null; // too late for the client, which has given up; answer normally anyway
            }
            if (s != null) {
                s.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
                send(ex, s.status(), s.body());
                return;
            }
            if (ex.getRequestURI().getPath().endsWith("/sparql")) {
                send(ex, 200, resource(sparqlFile));
            } else if ("wbsearchentities".equals(params.get("action"))) {
                String file = searches.get(params.get("search"));
                send(ex, 200, file != null ? resource(file)
                        : "{\"searchinfo\":{\"search\":" + JSON.writeValueAsString(params.get("search")) + "},\"search\":[],\"success\":1}");
            } else if ("wbgetentities".equals(params.get("action"))) {
                send(ex, 200, entities(params.get("ids").split("\\|")));
            } else {
                send(ex, 400, "{\"error\":{\"code\":\"badvalue\",\"info\":\"unknown action\"}}");
            }
        }
    }

    /** The recorded wbgetentities answer cut down to the requested ids, as the API would answer. */
    private String entities(String[] ids) throws IOException {
        JsonNode all = JSON.readTree(resource(entitiesFile)).path("entities");
        ObjectNode out = JSON.createObjectNode();
        ObjectNode entities = out.putObject("entities");
        for (String id : ids) {
            if (all.has(id)) {
                entities.set(id, all.get(id));
            } else {
                entities.putObject(id).put("id", id).put("missing", "");
            }
        }
        out.put("success", 1);
        return out.toString();
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        } catch (IOException clientGone) {
            // the client timed out and closed the connection: nothing to do
        }
    }

    public static String resource(String name) {
        try (InputStream in = WikidataStub.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> params(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
