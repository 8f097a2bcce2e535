package org.isnad.cli;

import org.isnad.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bulk path of ingest (TDB2's loader into an empty store) stores exactly what the transactional
 * path stores: the documents' graphs, their input hashes and the cross-document graph.
 */
class BulkIngestTest {
    /** 21 articles written to be merged across documents: events with several reports, denials, claims. */
    static final Path CROSSDOC = Path.of("src/test/resources/crossdoc/articles");

    @TempDir
    Path bulk;
    @TempDir
    Path batches;
    @TempDir
    Path scratch;

    /** The 14 Arabic test articles (their folder also holds gold files, which are not documents). */
    private Path articles() throws Exception {
        Path folder = Files.createDirectories(scratch.resolve("articles"));
        try (var files = Files.list(Path.of("src/test/resources/articles"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        return folder;
    }

    private static List<String> quads(Path db) {
        return Cli.ok("export", "--db", db, "--format", "nquads").out().lines().sorted().toList();
    }

    @Test
    void bulkIngestStoresTheSameQuadsAsBatchesEventsGraphIncluded() {
        Cli.Result r = Cli.ok("ingest", "-q", "--bulk", "--db", bulk, "--published", "2023-09-05", Cli.SEED, CROSSDOC);
        assertTrue(r.out().contains("bulk load into the empty store"), r.describe());
        Cli.ok("ingest", "-q", "--no-bulk", "--db", batches, "--published", "2023-09-05", "--batch", "5", Cli.SEED, CROSSDOC);
        List<String> expected = quads(batches);
        assertTrue(expected.stream().anyMatch(q -> q.endsWith("<https://w3id.org/isnad/graph/events> .")),
                "the reference should have an events graph");
        assertEquals(expected, quads(bulk));
    }

    @Test
    void bulkIngestWithoutMergingStoresTheSameQuadsAsBatches() throws Exception {
        Path articles = articles();
        Cli.ok("ingest", "-q", "--bulk", "--no-merge", "--db", bulk, articles, Cli.INPUTS.resolve("good_en.txt"));
        Cli.ok("ingest", "-q", "--no-bulk", "--no-merge", "--db", batches, articles, Cli.INPUTS.resolve("good_en.txt"));
        List<String> expected = quads(batches);
        assertTrue(expected.size() > 5000, "expected a sizeable store, got " + expected.size());
        assertEquals(expected, quads(bulk));
    }

    @Test
    void anEmptyStoreAndMoreThanOneBatchOfInputLoadInBulkByThemselves() {
        Cli.Result r = Cli.ok("ingest", "--db", bulk, "--batch", "10", "--no-merge", Cli.SEED, CROSSDOC);
        assertTrue(r.out().contains("bulk load into the empty store"), r.describe());
        assertTrue(r.out().contains("22 document(s) stored, 0 unchanged, 0 failed"), r.describe());
        assertTrue(r.err().contains("ingest: building indexes"), "the bar should say what it waits for: " + r.describe());
    }

    /** The loader holds about a million quads in flight: on a small heap (-Xmx512m) it ran out of memory, batches did not. */
    @Test
    void onASmallHeapAnEmptyStoreIsFilledInBatchesAndSaysWhy() {
        Cli.Result r = org.isnad.testutil.Jvm.run(List.of("-Xmx256m"), "ingest", "--db", bulk, "--batch", "10", "--no-merge",
                Cli.SEED, CROSSDOC);
        assertEquals(0, r.code(), r.describe());
        assertFalse(r.out().contains("bulk load"), r.describe());
        assertTrue(r.err().contains("storing in batches, not through the bulk loader"), r.describe());
        assertTrue(r.out().contains("22 document(s) stored, 0 unchanged, 0 failed"), r.describe());
    }

    @Test
    void inputThatFitsInOneBatchIsWrittenInATransaction() throws Exception {
        Cli.Result r = Cli.ok("ingest", "--db", bulk, Cli.SEED, articles());
        assertFalse(r.out().contains("bulk load"), r.describe());
    }

    @Test
    void bulkIntoAStoreThatHoldsDataIsAUsageErrorThatChangesNothing() throws Exception {
        Cli.ok("ingest", "-q", "--db", bulk, Cli.SEED);
        List<String> before = quads(bulk);
        Cli.Result r = Cli.run("ingest", "-q", "--bulk", "--db", bulk, articles());
        assertEquals(2, r.code(), r.describe());
        assertTrue(r.err().contains("--bulk loads into an empty store only"), r.describe());
        assertEquals(before, quads(bulk));
    }

    @Test
    void reingestAfterABulkLoadExtractsNothing() throws Exception {
        Path articles = articles();
        Cli.ok("ingest", "-q", "--bulk", "--db", bulk, Cli.SEED, articles);
        Cli.Result again = Cli.ok("ingest", "--db", bulk, Cli.SEED, articles);
        assertTrue(again.out().contains("0 document(s) stored, 15 unchanged, 0 failed"), again.describe());
        assertTrue(again.out().contains("15 unchanged document(s) not extracted again"), again.describe());
    }

    /** The loader only adds: a URL read twice must still end as the last text read, as with batches. */
    @Test
    void aUrlReadTwiceEndsAsTheLastTextReadAsWithBatches() throws Exception {
        Path twice = Files.createDirectories(scratch.resolve("twice"));
        Files.copy(IdempotentIngestTest.V1, twice.resolve("1.json"));
        Files.copy(Cli.SEED, twice.resolve("2.txt"));
        Files.copy(IdempotentIngestTest.V2, twice.resolve("3.json"));
        Files.copy(IdempotentIngestTest.V2, twice.resolve("4.json"));
        Cli.Result r = Cli.ok("ingest", "--bulk", "--db", bulk, twice);
        Cli.Result b = Cli.ok("ingest", "--no-bulk", "--db", batches, twice);
        assertTrue(b.out().contains("3 document(s) stored, 1 unchanged"), b.describe());
        assertTrue(r.out().contains("3 document(s) stored, 1 unchanged"), r.describe());
        assertTrue(r.out().contains("3.json [replaced"), r.describe());
        assertTrue(r.out().contains("4.json [unchanged"), r.describe());
        assertEquals(quads(batches), quads(bulk));
    }
}
