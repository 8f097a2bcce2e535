package org.isnad.store;

import org.isnad.testutil.Cli;
import org.isnad.testutil.Jvm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Regression (issue 13): a disk that filled mid-ingest killed the JVM with a 100-line InternalError
 * (SIGBUS on the memory-mapped store). Now: "no space left", exit 3, the store holds whole batches
 * only, and the same command finishes the job once there is room. A real small disk: a tmpfs
 * mounted for the test (needs root, as CI runs; skipped elsewhere).
 */
class DiskFullTest {
    private static final int DOCUMENTS = 120;
    private static final int BATCH = 10;

    @TempDir
    Path dir;
    private Path disk;

    private void mount(String size) throws Exception {
        disk = Files.createDirectories(dir.resolve("disk"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor() == 0, "cannot mount a small tmpfs here (not root?): " + out);
    }

    private void resize(String size) throws Exception {
        assertEquals(0, new ProcessBuilder("mount", "-o", "remount,size=" + size, disk.toString()).start().waitFor());
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            new ProcessBuilder("umount", "-l", disk.toString()).start().waitFor();
        }
    }

    /** Varied documents: the test articles, each with its own URL and a numbered line. */
    private Path feed() throws IOException {
        List<String> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/articles"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(Files.readString(f));
            }
        }
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        Path feed = dir.resolve("feed.jsonl");
        try (Writer w = Files.newBufferedWriter(feed)) {
            for (int i = 0; i < DOCUMENTS; i++) {
                var doc = json.createObjectNode().put("text", articles.get(i % articles.size()) + "\n\nUpdate " + i + ".")
                        .put("url", "https://news.example/full/" + i);
                w.write(json.writeValueAsString(doc) + "\n");
            }
        }
        return feed;
    }

    private long documents(Path db) {
        Path q = Cli.queryFile(dir, "docs.rq", "SELECT (COUNT(*) AS ?n) WHERE { ?d a <https://w3id.org/isnad/ns#Document> }");
        return Long.parseLong(Cli.select(db, q.toString()).get(0).get("n"));
    }

    private static void assertReportedAsDiskFull(Cli.Result r) {
        assertEquals(3, r.code(), r.describe());
        assertTrue(r.err().contains("no space left"), r.describe());
        assertFalse(r.err().contains("InternalError") || r.err().contains("\tat "), r.describe());
    }

    @Test
    void diskFillingDuringAWriteIsReportedAndTheStoreKeepsWholeBatches() throws Exception {
        mount("40m");
        Path feed = feed();
        Path db = disk.resolve("db");
        // Without the check before each batch, so that the write itself runs out of space.
        Cli.Result r = Jvm.run(List.of("-Xmx512m", "-Disnad.skipDiskSpaceCheck=true"),
                "ingest", "-q", "--no-bulk", "--batch", BATCH, "--db", db, feed);
        assertReportedAsDiskFull(r);
        long kept = documents(db);
        assertTrue(kept < DOCUMENTS && kept % BATCH == 0, "documents kept: " + kept);

        resize("400m");
        Cli.Result again = Jvm.run(List.of("-Xmx512m"), "ingest", "-q", "--no-bulk", "--batch", BATCH, "--db", db, feed);
        assertEquals(0, again.code(), again.describe());
        assertTrue(again.out().contains((DOCUMENTS - kept) + " document(s) stored, " + kept + " unchanged"), again.describe());
        assertEquals(DOCUMENTS, documents(db));
    }

    @Test
    void aBulkLoadTheDiskCannotHoldIsAbandonedLeavingTheStoreEmptyAndARerunCompletesIt() throws Exception {
        mount("20m");
        Path feed = feed();
        Path db = disk.resolve("db");
        Cli.Result r = Jvm.run(List.of("-Xmx512m"), "ingest", "-q", "--bulk", "--no-merge", "--db", db, feed);
        assertReportedAsDiskFull(r);
        assertTrue(r.err().contains("the bulk load was abandoned and the store left empty"), r.describe());
        assertEquals(0, documents(db));
        assertFalse(Files.exists(db.resolve("isnad-bulk-staging")), "the staging store should be deleted");

        resize("400m");
        Cli.Result again = Jvm.run(List.of("-Xmx512m"), "ingest", "-q", "--bulk", "--no-merge", "--db", db, feed);
        assertEquals(0, again.code(), again.describe());
        assertEquals(DOCUMENTS, documents(db));
    }

    @Test
    void aBatchTheDiskCannotHoldIsRefusedBeforeWriting() throws Exception {
        mount("12m");
        Path db = disk.resolve("db");
        Cli.Result r = Jvm.run(List.of("-Xmx512m"), "ingest", "-q", "--no-bulk", "--batch", BATCH, "--db", db, feed());
        assertReportedAsDiskFull(r);
        assertTrue(r.err().contains("nothing of it was written"), r.describe());
        assertEquals(0, documents(db));
    }
}
