package org.isnad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.isnad.store.IsnadStore;
import org.isnad.testutil.Cli;
import org.isnad.testutil.Jvm;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
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

/**
 * Regression: kill -9 of a bulk load. Unlike batches, where a kill loses only the uncommitted batch, a
 * bulk load is committed once, at the end: after the kill the store opens and is either empty or
 * complete, never part-loaded, and running the same command again completes it with nothing doubled.
 */
class BulkKillTest {
    private static final int DOCUMENTS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path db;
    @TempDir
    Path reference;
    @TempDir
    Path dir;

    /**
     * Killed once half the documents are read (batches of them handed to the loader), once the indexes
     * are being built, or once the merge across documents has begun, each seen on the progress lines.
     */
    @ParameterizedTest(name = "killed {0}")
    @ValueSource(strings = {"while loading", "while building indexes", "while merging"})
    void killMinus9OfABulkLoadLeavesTheStoreEmptyOrCompleteAndARerunCompletesIt(String when) throws Exception {
        Path feed = feed();
        // More documents than one batch, into an empty store: the bulk path, chosen by itself.
        Object[] ingest = {"ingest", "-q", "--batch", "10", "--published", "2023-09-05", "--db", db, feed};
        Cli.ok("ingest", "-q", "--no-bulk", "--batch", "10", "--published", "2023-09-05", "--db", reference, feed);
        List<String> expected = quads(reference);

        Path err = dir.resolve("err.txt");
        // A heap the bulk path is chosen on (StoreSettings.SMALL_HEAP); smaller heaps store in batches.
        Process p = new ProcessBuilder(Jvm.command(List.of(), List.of("-Xmx2g"), ingest))
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        boolean killedWhileLoading;
        try {
            long deadline = System.nanoTime() + 300_000_000_000L;
            while (p.isAlive() && !reached(when, err) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            // Indexing, merging and the move still to come take seconds: this kill lands before the commit point.
            killedWhileLoading = when.equals("while loading") && p.isAlive();
        } finally {
            p.destroyForcibly().waitFor();
        }

        List<String> afterKill = quads(db);
        assertTrue(afterKill.isEmpty() || afterKill.equals(expected),
                "a killed bulk load left part of its data: " + afterKill.size() + " of " + expected.size() + " quads");
        assertTrue(!killedWhileLoading || afterKill.isEmpty(), "a bulk load killed while loading left data in the store");

        Cli.Result again = Cli.ok(ingest);
        assertTrue(again.out().contains(DOCUMENTS + " document(s) stored, 0 unchanged")
                || again.out().contains("0 document(s) stored, " + DOCUMENTS + " unchanged"), again.describe());
        assertEquals(expected, quads(db));
        assertFalse(Files.exists(db.resolve("isnad-bulk-staging")), "the staging store should be gone");
    }

    private boolean reached(String when, Path err) throws Exception {
        String progress = Files.readString(err, StandardCharsets.UTF_8);
        return switch (when) {
            case "while loading" -> halfRead(progress) && !progress.contains("building indexes");
            case "while building indexes" -> progress.contains("ingest: building indexes");
            case "while merging" -> progress.contains("ingest: merging across documents");
            default -> throw new IllegalArgumentException(when);
        };
    }

    /**
     * Whether the bar has counted half the documents read: by then batches of them have gone to the
     * loader (the staging store's files grow only later, when the loader flushes, so they cannot tell).
     */
    private static boolean halfRead(String progress) {
        return progress.lines().map(READ::matcher).anyMatch(m -> m.find() && Integer.parseInt(m.group(1)) >= DOCUMENTS / 2);
    }

    private static final java.util.regex.Pattern READ = java.util.regex.Pattern.compile("^ingest: (\\d+)/" + DOCUMENTS + " ");

    /** Every quad of the store, sorted; opening it after the kill is part of the test. */
    private static List<String> quads(Path location) throws Exception {
        try (IsnadStore store = IsnadStore.openExisting(location)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            store.export(org.apache.jena.riot.RDFFormat.NQUADS, null, out);
            return out.toString(StandardCharsets.UTF_8).lines().sorted().toList();
        }
    }

    /** Varied documents: the test articles, each with its own URL and a numbered line. */
    private Path feed() throws Exception {
        List<String> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/articles"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(Files.readString(f));
            }
        }
        Path feed = dir.resolve("feed.jsonl");
        try (Writer w = Files.newBufferedWriter(feed)) {
            for (int i = 0; i < DOCUMENTS; i++) {
                var doc = JSON.createObjectNode().put("text", articles.get(i % articles.size()) + "\n\nUpdate " + i + ".")
                        .put("url", "https://news.example/bulk-kill/" + i);
                w.write(JSON.writeValueAsString(doc) + "\n");
            }
        }
        return feed;
    }
}
