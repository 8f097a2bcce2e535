package org.isnad.cli;

import org.isnad.bench.WriteCorpus;
import org.isnad.testutil.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ingest --workers N}: extraction on N threads, one writer in reading order, so the store does not depend on N. */
class WorkersIngestTest {
    @TempDir
    static Path corpus;

    @BeforeAll
    static void variedDocuments() throws Exception {
        // Varied documents (not one repeated), several batches of them, and the seed.
        WriteCorpus.main(new String[] {corpus.resolve("varied.jsonl").toString(), "40"});
        Files.copy(Cli.SEED, corpus.resolve("seed.txt"));
    }

    @Test
    void oneAndTwoWorkersStoreTheSameQuads(@TempDir Path one, @TempDir Path two) {
        Cli.ok("ingest", "--db", one, "--workers", "1", "--batch", "7", "-q", corpus);
        Cli.ok("ingest", "--db", two, "--workers", "2", "--batch", "7", "-q", corpus);
        List<String> a = Cli.ok("export", "--db", one, "--format", "nquads").out().lines().sorted().toList();
        List<String> b = Cli.ok("export", "--db", two, "--format", "nquads").out().lines().sorted().toList();
        assertTrue(a.size() > 1000, "a store worth comparing: " + a.size() + " quads");
        assertEquals(a, b);
    }

    @Test
    void documentsAreReportedInReadingOrderWhateverTheWorkers(@TempDir Path one, @TempDir Path three) {
        String a = Cli.ok("ingest", "--db", one, "--workers", "1", "--batch", "7", corpus).out();
        String b = Cli.ok("ingest", "--db", three, "--workers", "3", "--batch", "7", corpus).out();
        assertEquals(a.replace(one.toString(), "DB"), b.replace(three.toString(), "DB"));
        assertTrue(a.contains("41 document(s) stored"), a);
    }

    @Test
    void zeroWorkersIsAUsageError(@TempDir Path db) {
        Cli.Result r = Cli.run("ingest", "--db", db, "--workers", "0", corpus);
        assertEquals(2, r.code(), r.describe());
        assertTrue(r.err().contains("--workers must be at least 1"), r.describe());
    }
}
