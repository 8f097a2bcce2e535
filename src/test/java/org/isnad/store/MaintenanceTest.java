package org.isnad.store;

import org.isnad.extract.Extractor;
import org.isnad.rdf.RdfMapper;
import org.isnad.read.SourceDocument;
import org.isnad.serve.SparqlServer;
import org.isnad.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Online maintenance: stats, backup (during ingest), restore, compaction (while serving). */
class MaintenanceTest {
    @TempDir
    Path db;
    @TempDir
    Path dir;

    /** Document graphs of the test articles, each made distinct by a number and its own URL. */
    private static List<IsnadStore.DocumentGraph> documents(int count) throws Exception {
        List<String> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/articles"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(Files.readString(f));
            }
        }
        Extractor x = Extractor.standard();
        List<IsnadStore.DocumentGraph> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SourceDocument d = new SourceDocument(articles.get(i % articles.size()) + "\n\nUpdate " + i + ".", null,
                    "https://news.example/m/" + i, null, null, null, "doc" + i);
            out.add(new IsnadStore.DocumentGraph(RdfMapper.documentIri(d), RdfMapper.toModel(x.extract(d))));
        }
        return out;
    }

    @Test
    void statsCountWhatTheStoreHolds() {
        Cli.Result ingest = Cli.ingestSeed(db);
        Cli.Result r = Cli.ok("stats", "--db", db, "--format", "json");
        com.fasterxml.jackson.databind.JsonNode s;
        try {
            s = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        } catch (java.io.IOException e) {
            throw new AssertionError(r.out(), e);
        }
        assertEquals(1, s.get("documents").asLong());
        assertTrue(ingest.out().contains(s.get("claims").asLong() + " claims"), r.out() + ingest.out());
        assertTrue(ingest.out().contains(s.get("entities").asLong() + " entities") || s.get("entities").asLong() > 0, r.out());
        assertEquals(Cli.quadCount(db, dir), s.get("quads").asLong());
        assertTrue(s.get("bytes").asLong() > 0 && s.get("last_change").asText().startsWith("20"), r.out());
    }

    @Test
    void backupRestoresToTheSameQuads(@TempDir Path restored) {
        Cli.ingestSeed(db);
        Path backup = dir.resolve("seed.nq.gz");
        Cli.ok("backup", "--db", db, "-o", backup);
        Cli.Result r = Cli.ok("restore", "--db", restored, backup);
        assertTrue(r.out().contains("restored " + Cli.quadCount(db, dir) + " quads"), r.describe());
        assertEquals(Cli.ok("export", "--db", db, "--format", "nquads").out().lines().sorted().toList(),
                Cli.ok("export", "--db", restored, "--format", "nquads").out().lines().sorted().toList());
    }

    @Test
    void restoreRefusesAStoreThatIsNotEmpty() {
        Cli.ingestSeed(db);
        Path backup = dir.resolve("seed.nq");
        Cli.ok("backup", "--db", db, "-o", backup);
        Cli.Result r = Cli.run("restore", "--db", db, backup);
        assertEquals(2, r.code(), r.describe());
        assertTrue(r.err().contains("not empty"), r.describe());
    }

    /**
     * A batch commits while the backup is being written (the backup's output blocks until it has):
     * the backup must hold the batches committed when it began, whole, and nothing of the new one.
     */
    @Test
    void backupTakenDuringIngestHoldsExactlyTheBatchesCommittedAtItsStart(@TempDir Path restoredDir) throws Exception {
        List<IsnadStore.DocumentGraph> docs = documents(12);
        List<IsnadStore.DocumentGraph> before = docs.subList(0, 8);
        List<IsnadStore.DocumentGraph> during = docs.subList(8, 12);
        java.util.concurrent.CountDownLatch backupStarted = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch batchCommitted = new java.util.concurrent.CountDownLatch(1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.io.OutputStream slow = new java.io.FilterOutputStream(bytes) {
            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                backupStarted.countDown();
                try {
                    if (!batchCommitted.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
                        throw new java.io.IOException("the writer never committed");
                    }
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                }
                out.write(b, off, len);
            }
        };
        try (IsnadStore store = IsnadStore.open(db)) {
            store.store(before.subList(0, 4));
            store.store(before.subList(4, 8));
            Thread writer = new Thread(() -> {
                try {
                    backupStarted.await();
                    store.store(during);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    batchCommitted.countDown();
                }
            });
            writer.start();
            Maintenance.backup(store, slow);
            writer.join();
            assertTrue(store.hasGraph(during.get(0).iri()), "the batch was committed meanwhile");
        }
        try (IsnadStore restored = IsnadStore.open(restoredDir)) {
            Maintenance.restore(restored, new ByteArrayInputStream(bytes.toByteArray()));
            assertEquals(before.size(), Maintenance.stats(restored).documents());
            for (IsnadStore.DocumentGraph d : before) {
                assertEquals(d.model().size(), restored.graphSize(d.iri()), "document " + d.iri() + " restored in part");
            }
            for (IsnadStore.DocumentGraph d : during) {
                assertFalse(restored.hasGraph(d.iri()), "a document committed after the backup began is in it");
            }
        }
    }

    @Test
    void compactionWhileServingShrinksTheStoreAndQueriesStillAnswer() throws Exception {
        List<IsnadStore.DocumentGraph> first = documents(12);
        try (IsnadStore store = IsnadStore.open(db);
             SparqlServer server = SparqlServer.start(store.dataset(), "127.0.0.1", 0, 30, List.of())) {
            for (int round = 0; round < 4; round++) {
                // Replacing every document leaves the old blocks behind: what compaction reclaims.
                List<IsnadStore.DocumentGraph> next = new ArrayList<>();
                for (IsnadStore.DocumentGraph d : first) {
                    var m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(d.model());
                    m.add(m.createResource(d.iri()), m.createProperty("urn:test:round"), "r" + round);
                    next.add(new IsnadStore.DocumentGraph(d.iri(), m));
                }
                store.store(next);
            }
            long before = StoreStats.bytes(db);
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/$/compact/isnad?deleteOld=true"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (StoreStats.bytes(db) >= before && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertTrue(StoreStats.bytes(db) < before, "the store did not shrink: " + before + " -> " + StoreStats.bytes(db));
            String query = Files.readString(Path.of("sparql/meetings.rq"));
            HttpResponse<String> q = http.send(HttpRequest.newBuilder(URI.create(base + "/isnad/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, q.statusCode(), q.body());
            assertFalse(Cli.rows(q.body()).isEmpty(), "no meetings after compaction");
            assertEquals(12, Maintenance.stats(store).documents());
        }
    }

    @Test
    void compactOnTheCommandLineShrinksTheStore() {
        Cli.ingestSeed(db);
        Cli.ok("ingest", "--db", db, Cli.INPUTS.resolve("replace_v1.json"));
        Cli.ok("ingest", "--db", db, Cli.INPUTS.resolve("replace_v2.json"));
        Cli.Result r = Cli.ok("compact", "--db", db);
        String[] sizes = r.out().replaceAll("(?s).*: (\\d+) -> (\\d+) bytes.*", "$1 $2").split(" ");
        assertTrue(Long.parseLong(sizes[1]) < Long.parseLong(sizes[0]), r.out());
        assertTrue(Cli.select(db, "meetings").size() >= 1);
    }
}
