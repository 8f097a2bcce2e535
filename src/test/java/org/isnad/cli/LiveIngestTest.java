package org.isnad.cli;

import org.isnad.read.DocumentReader;
import org.isnad.serve.IngestServlet;
import org.isnad.serve.SparqlServer;
import org.isnad.store.IsnadStore;
import org.isnad.testutil.Cli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Live ingest into a running server: 'isnad ingest --server URL' against POST /isnad/ingest. */
class LiveIngestTest {
    private static final String TOKEN = "test-token-0123456789abcdef";

    @TempDir
    Path db;
    @TempDir
    Path dir;
    private IsnadStore store;
    private SparqlServer server;
    private String base;
    private Path tokenFile;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void serve() throws Exception {
        Cli.ingestSeed(db);
        store = IsnadStore.open(db);
        ExtractionOptions extraction = new ExtractionOptions();
        extraction.language = "auto";
        DocumentReader reader = extraction.reader();
        server = SparqlServer.start(store.dataset(), "127.0.0.1", 0, 30, List.of(), null,
                Map.of(IngestServlet.PATH, new IngestServlet(TOKEN, IngestCommand.MAX_REQUEST_BYTES,
                        new ServerIngest(store, reader, extraction.extractor()))));
        base = "http://127.0.0.1:" + server.port();
        tokenFile = Files.writeString(dir.resolve("token"), TOKEN + "\n");
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private List<Map<String, String>> query(String sparql) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/isnad/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Cli.rows(r.body());
    }

    private long documents() throws Exception {
        return Long.parseLong(query("SELECT (COUNT(*) AS ?n) WHERE { ?d a <https://w3id.org/isnad/ns#Document> }").get(0).get("n"));
    }

    @Test
    void ingestThroughTheServerStoresWhileItServes() throws Exception {
        Cli.Result r = Cli.run("ingest", "--server", base, "--token-file", tokenFile, Cli.INPUTS.resolve("good_en.txt"), Cli.SEEDS);
        assertEquals(0, r.code(), r.describe());
        assertTrue(r.out().contains("1 document(s) stored, 1 unchanged, 0 failed"), r.describe());
        assertEquals(2, documents());
    }

    /** Regression: the server merged nothing across documents, so a served store lacked what 'isnad ingest' gives. */
    @Test
    void documentsStoredThroughTheServerAreMergedAsADirectIngestMergesThem(@TempDir Path direct) throws Exception {
        Cli.ok("ingest", "--server", base, "--token-file", tokenFile, Cli.INPUTS.resolve("good_en.txt"));
        Cli.ingestSeed(direct);
        Cli.ok("ingest", "--db", direct, Cli.INPUTS.resolve("good_en.txt"));
        String events = "SELECT ?s ?p ?o WHERE { GRAPH <https://w3id.org/isnad/graph/events> { ?s ?p ?o } }";
        List<String> served = query(events).stream().map(Map::toString).sorted().toList();
        assertFalse(served.isEmpty(), "no events graph after ingest through the server");
        assertEquals(Cli.select(direct, events, "-e").stream().map(Map::toString).sorted().toList(), served);
    }

    @Test
    void badDocumentsAreReportedByNameAndTheOthersStored() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"text\": \"Putin met Kim.\"} trailing");
        Path lines = Files.writeString(dir.resolve("feed.jsonl"), "{\"text\": \"Vladimir Putin met Kim Jong Un in Vladivostok.\"}\n"
                + "{\"text\": 42}\n");
        Cli.Result r = Cli.run("ingest", "--server", base, "--token-file", tokenFile, bad, lines, Cli.INPUTS.resolve("good_en.txt"));
        assertEquals(1, r.code(), r.describe());
        assertTrue(r.err().contains(bad.toString()) && r.err().contains(lines + ":2"), r.describe());
        assertTrue(r.out().contains("2 document(s) stored"), r.describe());
        assertEquals(3, documents());
    }

    @Test
    void aWrongTokenStoresNothing() throws Exception {
        Path wrong = Files.writeString(dir.resolve("wrong"), "not-the-token-at-all-000\n");
        Cli.Result r = Cli.run("ingest", "--server", base, "--token-file", wrong, Cli.INPUTS.resolve("good_en.txt"));
        assertEquals(2, r.code(), r.describe());
        assertTrue(r.err().contains("401"), r.describe());
        assertEquals(1, documents());
    }

    @Test
    void aRequestFromAWebPageIsRefused() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + IngestServlet.PATH))
                .header("Authorization", "Bearer " + TOKEN).header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Putin met Kim.\"}\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, r.statusCode());
        assertEquals(1, documents());
    }

    @Test
    void ingestIsOffUnlessAsked() throws Exception {
        try (SparqlServer plain = SparqlServer.start(store.dataset(), "127.0.0.1", 0, 30, List.of())) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plain.port() + IngestServlet.PATH))
                    .header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Putin met Kim.\"}\n")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() == 404 || r.statusCode() == 405, "status " + r.statusCode());
        }
        assertEquals(1, documents());
    }

    /** A reader querying all along sees every document whole: each graph it counts has its final size. */
    @Test
    void readersNeverSeeAHalfStoredDocument() throws Exception {
        List<String> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/articles"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(Files.readString(f));
            }
        }
        Path feed = dir.resolve("feed.jsonl");
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (Writer w = Files.newBufferedWriter(feed)) {
            for (int i = 0; i < 24; i++) {
                w.write(json.writeValueAsString(json.createObjectNode().put("text", articles.get(i % articles.size()) + "\n\nUpdate " + i)
                        .put("url", "https://news.example/live/" + i)) + "\n");
            }
        }
        Map<String, Long> seen = new ConcurrentHashMap<>();
        List<String> glitches = new ArrayList<>();
        AtomicBoolean done = new AtomicBoolean();
        // Document graphs only: the events graph and the linked entities' shared labels rightly grow with every batch.
        String count = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                + "FILTER(?g NOT IN (<https://w3id.org/isnad/graph/events>, <https://w3id.org/isnad/graph/entities>)) } GROUP BY ?g";
        Thread reader = new Thread(() -> {
            try {
                while (!done.get()) {
                    for (Map<String, String> row : query(count)) {
                        Long before = seen.put(row.get("g"), Long.parseLong(row.get("n")));
                        if (before != null && before != Long.parseLong(row.get("n"))) {
                            glitches.add(row.get("g") + " was " + before + " then " + row.get("n"));
                        }
                    }
                }
            } catch (Exception e) {
                glitches.add(e.toString());
            }
        });
        reader.start();
        Cli.Result r = Cli.run("ingest", "--server", base, "--token-file", tokenFile, "--batch", 3, "-q", feed);
        done.set(true);
        reader.join();
        assertEquals(0, r.code(), r.describe());
        assertEquals(List.of(), glitches, "a reader saw a graph change size");
        for (Map<String, String> row : query(count)) {
            Long observed = seen.get(row.get("g"));
            assertTrue(observed == null || observed == Long.parseLong(row.get("n")), row + " was seen with " + observed + " triples");
        }
        assertFalse(seen.isEmpty());
        assertEquals(25, documents());
    }
}
