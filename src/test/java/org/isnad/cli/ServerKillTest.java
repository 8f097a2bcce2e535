package org.isnad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.isnad.store.IsnadStore;
import org.isnad.testutil.Cli;
import org.isnad.testutil.ServeProcess;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression: kill -9 of the server while a live-ingest batch is in flight loses only that batch.
 * The server runs in its own JVM; after the kill the store opens, every document in it is whole
 * (its graph is exactly what a clean ingest of that document gives), the killed batch is there
 * entirely or not at all, and sending everything again completes the store with nothing doubled.
 */
class ServerKillTest {
    private static final String TOKEN = "kill-test-token-0123456789";
    private static final String EVENTS = "https://w3id.org/isnad/graph/events";
    private static final String ENTITIES = "https://w3id.org/isnad/graph/entities";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path db;
    @TempDir
    Path reference;
    @TempDir
    Path dir;
    private boolean answered;

    /**
     * Killed while the batch is read and extracted (a fixed short delay), or while it is written: as soon
     * as the store's files start to grow after the batch was sent, which is inside its write transaction.
     */
    @ParameterizedTest(name = "killed {0}")
    @ValueSource(strings = {"while extracting", "while writing"})
    void killMinus9OfTheServerMidBatchLosesOnlyThatBatch(String when) throws Exception {
        List<String> articles = articles();
        List<String> first = articles.subList(0, 3);
        List<String> inFlight = articles.subList(3, articles.size());
        Path token = Files.writeString(dir.resolve("token"), TOKEN + "\n");
        Path feed = Files.writeString(dir.resolve("all.jsonl"), String.join("", articles));
        Cli.ingestSeed(db);
        Cli.ingestSeed(reference);
        Cli.ok("ingest", "-q", "--db", reference, feed);

        try (ServeProcess serve = ServeProcess.start(dir, "--db", db, "--ingest-token-file", token)) {
            assertEquals(200, post(serve, first).join().statusCode(), "the first batch should be stored");
            long before = bytes(db);
            CompletableFuture<HttpResponse<String>> killed = post(serve, inFlight);
            if (when.equals("while extracting")) {
                Thread.sleep(300);
            } else {
                while (!killed.isDone() && bytes(db) == before) {
                    Thread.onSpinWait();
                }
            }
            answered = killed.isDone() && !killed.isCompletedExceptionally() && killed.join().statusCode() == 200;
            serve.kill();
        }

        Map<String, Graph> expected = graphs(reference);
        Map<String, Graph> afterKill = graphs(db);
        for (Map.Entry<String, Graph> g : afterKill.entrySet()) {
            if (g.getKey().equals(ENTITIES)) {
                // Shared by all documents, so it holds less than the reference's when the killed batch is lost; never more.
                g.getValue().find().forEachRemaining(t -> assertTrue(expected.get(ENTITIES).contains(t), "stray shared fact " + t));
            } else if (!g.getKey().equals(EVENTS)) {
                assertTrue(g.getValue().isIsomorphicWith(expected.get(g.getKey())), g.getKey() + " is not whole after the kill");
            }
        }
        long killedStored = inFlight.stream().filter(line -> afterKill.containsKey(iri(line))).count();
        assertTrue(killedStored == 0 || killedStored == inFlight.size(), "the killed batch is half stored: " + killedStored);
        // On a machine fast enough to answer before the kill, the answer promised the whole batch.
        assertTrue(!answered || killedStored == inFlight.size(), "a batch answered 200 was lost");
        assertTrue(first.stream().allMatch(line -> afterKill.containsKey(iri(line))), "a committed batch was lost");

        try (ServeProcess again = ServeProcess.start(dir, "--db", db, "--ingest-token-file", token)) {
            Cli.Result r = Cli.run("ingest", "-q", "--server", again.base, "--token-file", token, feed);
            assertEquals(0, r.code(), r.describe());
        }
        Map<String, Graph> resent = graphs(db);
        assertEquals(expected.keySet(), resent.keySet());
        for (Map.Entry<String, Graph> g : expected.entrySet()) {
            assertTrue(g.getValue().isIsomorphicWith(resent.get(g.getKey())), g.getKey() + " differs after sending again");
        }
    }

    /** Bytes of the store's files: they grow only inside a write transaction. */
    private static long bytes(Path location) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(location)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** Our test articles as JSON Lines, each with its own URL (its document IRI comes from it). */
    private static List<String> articles() throws Exception {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/articles"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                lines.add(JSON.writeValueAsString(JSON.createObjectNode().put("text", Files.readString(f))
                        .put("url", "https://news.example/kill/" + f.getFileName())) + "\n");
            }
        }
        return lines;
    }

    private static CompletableFuture<HttpResponse<String>> post(ServeProcess serve, List<String> lines) {
        return HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(serve.base + "/isnad/ingest"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("", lines))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The IRI of the document of a JSON line, as the store names its graph. */
    private static String iri(String line) {
        try {
            return org.isnad.rdf.RdfMapper.documentIri(new org.isnad.read.SourceDocument("", null,
                    JSON.readTree(line).path("url").asText(), null, null, null, "x"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Every named graph of the store, copied out; opening it is part of the test. */
    private static Map<String, Graph> graphs(Path location) throws Exception {
        Map<String, Graph> out = new TreeMap<>();
        try (IsnadStore store = IsnadStore.openExisting(location)) {
            Txn.executeRead(store.dataset(), () -> store.dataset().asDatasetGraph().listGraphNodes().forEachRemaining((Node g) -> {
                Graph copy = GraphFactory.createDefaultGraph();
                store.dataset().asDatasetGraph().getGraph(g).find().forEachRemaining(copy::add);
                out.put(g.getURI(), copy);
            }));
        }
        return out;
    }
}
