package org.isnad.cli;

import org.isnad.testutil.Cli;
import org.isnad.testutil.Jvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Regressions of issue 13's bad-input probe: inputs that used to abort the whole run, hang it, or be
 * stored silently altered. Each is reported by name (with a position where it has one), and a good
 * document given in the same command is still stored.
 */
class HostileInputTest {
    static final Path GOOD = BadInputTest.GOOD;

    @TempDir
    Path db;
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private List<String> storedTexts() {
        return Cli.documents(db, dir).stream().map(d -> d.get("text")).toList();
    }

    private void assertOnlyGoodStored() {
        List<String> texts = storedTexts();
        assertEquals(1, texts.size(), () -> "expected only the good document; stored: " + texts);
        assertTrue(texts.get(0).contains(BadInputTest.GOOD_MARKER), texts::toString);
    }

    /** Ingests bad + good in that order; asserts exit 1, the bad file named, no stack trace, good stored. */
    private String rejected(Path bad) {
        Cli.Result r = Cli.run("ingest", "--db", db, bad, GOOD);
        assertEquals(1, r.code(), r.describe());
        assertTrue(r.err().contains(bad.toString()), () -> "stderr does not name " + bad + "\n" + r.describe());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), () -> "internals on stderr\n" + r.describe());
        assertOnlyGoodStored();
        return r.err();
    }

    // --- Jackson's limits: the error handler itself failed (null location) and ended the run.

    @Test
    void jsonNestedDeeperThanTheLimitIsReportedNotFatal() throws Exception {
        String err = rejected(write("deep.json", "[".repeat(1_500) + "]".repeat(1_500)));
        assertTrue(err.contains("nesting depth"), err);
    }

    @Test
    void jsonNumberOfThousandsOfDigitsIsReportedNotFatal() throws Exception {
        String err = rejected(write("digits.json", "{\"text\": \"Putin met Kim.\", \"n\": " + "7".repeat(3_000) + "}"));
        assertTrue(err.contains("limits"), err);
    }

    @Test
    void jsonFieldNameOfFiftyThousandCharsIsReportedNotFatal() throws Exception {
        String err = rejected(write("name.json", "{\"" + "k".repeat(60_000) + "\": 1, \"text\": \"Putin met Kim.\"}"));
        assertTrue(err.contains("limits"), err);
    }

    @Test
    void jsonStringLongerThanTheHeapCanTakeIsReportedNotFatal() throws Exception {
        Path f = dir.resolve("long-string.json");
        long chars = org.isnad.read.InputLimits.maxDocumentBytes() + 10;
        try (Writer w = Files.newBufferedWriter(f)) {
            w.write("{\"text\": \"");
            for (long i = 0; i < chars; i += 10) {
                w.write("abcdefghi ");
            }
            w.write("\"}");
        }
        String err = rejected(f);
        assertTrue(err.contains("limits"), err);
    }

    // --- Strict JSON: these were stored silently altered or partly.

    @Test
    void trailingGarbageAfterTheObjectIsAnErrorWithPosition() throws Exception {
        String err = rejected(write("trailing.json", "{\"text\": \"Putin met Kim in Vladivostok.\"}\n garbage"));
        assertTrue(err.contains("line 2, column") && err.contains("garbage"), err);
    }

    @Test
    void twoTopLevelObjectsAreAnErrorNotTheFirstOneStored() throws Exception {
        String err = rejected(write("two.json", "{\"text\": \"Putin met Kim.\"}{\"text\": \"Blinken met Shoukry.\"}"));
        assertTrue(err.contains("line 1, column 27"), err);
    }

    @Test
    void anArrayFollowedByAnotherValueStoresNoneOfIt() throws Exception {
        String err = rejected(write("array-trailing.json", "[{\"text\": \"Putin met Kim.\"}] [1]"));
        assertTrue(err.contains("after the JSON value"), err);
    }

    @Test
    void duplicateTextKeysAreAnError() throws Exception {
        String err = rejected(write("dup.json", "{\"text\": \"Putin met Kim.\",\n \"text\": \"Blinken met Shoukry.\"}"));
        assertTrue(err.contains("Duplicate field 'text'") && err.contains("line 2"), err);
    }

    @Test
    void loneSurrogateEscapeIsAnErrorNotAQuestionMark() throws Exception {
        String err = rejected(write("surrogate.json", "{\"text\": \"Putin met Kim \\uD800 in Vladivostok.\"}"));
        assertTrue(err.contains("\\uD800") && err.contains("line 1, column 10"), err);
    }

    @Test
    void loneSurrogateInAJsonLinesLineRejectsThatLineOnly() throws Exception {
        Path f = write("surrogate.jsonl", "{\"text\": \"First: Putin met Kim in Vladivostok.\"}\n"
                + "{\"text\": \"bad \\uDC00 here\"}\n");
        Cli.Result r = Cli.run("ingest", "--db", db, f);
        assertEquals(1, r.code(), r.describe());
        assertTrue(r.err().contains(f + ":2") && r.err().contains("\\uDC00"), r.describe());
        assertEquals(1, storedTexts().size());
    }

    @Test
    void surrogatePairEscapeIsAccepted() throws Exception {
        Path f = write("emoji.json", "{\"text\": \"Putin met Kim in Vladivostok \\uD83D\\uDE00.\"}");
        Cli.ok("ingest", "--db", db, f);
        assertTrue(storedTexts().get(0).contains("\uD83D\uDE00"));
    }

    @Test
    void invalidEscapeIsAnErrorWithPosition() throws Exception {
        String err = rejected(write("escape.json", "{\"text\": \"Putin \\x met Kim.\"}"));
        assertTrue(err.contains("line 1, column"), err);
    }

    @Test
    void reingestOfAnEscapedTextIsUnchanged() throws Exception {
        Path f = write("escaped.json", "{\"text\": \"Putin met Kim \\u00e9 \\uD83D\\uDE00 in Vladivostok.\"}");
        Cli.ok("ingest", "--db", db, f);
        Cli.Result again = Cli.ok("ingest", "--db", db, f);
        assertTrue(again.out().contains("0 document(s) stored, 1 unchanged"), again.describe());
    }

    // --- Special files: a pipe hung forever, /dev/zero ran the heap out.

    private Path fifo(Path where) throws Exception {
        Process p = new ProcessBuilder("mkfifo", where.toString()).inheritIO().start();
        assumeTrue(p.waitFor() == 0, "mkfifo is not available");
        return where;
    }

    @Test
    @Timeout(120)
    void namedPipeIsRefusedWithoutOpeningIt() throws Exception {
        String err = rejected(fifo(dir.resolve("pipe.txt")));
        assertTrue(err.contains("not a regular file"), err);
    }

    @Test
    @Timeout(120)
    void namedPipeInsideAFolderIsReportedAndTheFolderStillRead() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("feed"));
        Path pipe = fifo(folder.resolve("a-pipe.jsonl"));
        Files.copy(GOOD, folder.resolve("b-good.txt"));
        Cli.Result r = Cli.run("ingest", "--db", db, folder);
        assertEquals(1, r.code(), r.describe());
        assertTrue(r.err().contains(pipe.toString()), r.describe());
        assertOnlyGoodStored();
    }

    @Test
    @Timeout(120)
    void symlinkToDevZeroIsRefused() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("zero.txt"), Path.of("/dev/zero"));
        String err = rejected(link);
        assertTrue(err.contains("not a regular file"), err);
    }

    @Test
    void unreadableSubFolderIsReportedAndTheRestStored() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("feed"));
        Path locked = Files.createDirectories(folder.resolve("a-locked"));
        Files.copy(GOOD, locked.resolve("hidden.txt"));
        Files.copy(GOOD, folder.resolve("b-good.txt"));
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        // As root, permissions do not bind unless the process gives up the capabilities that bypass them.
        List<String> prefix = Jvm.isRoot()
                ? List.of("setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--inh-caps", "-all")
                : List.of();
        try {
            Cli.Result r = Jvm.runAs(prefix, List.of("-Xmx256m"), 300, "ingest", "--db", db, folder);
            assertEquals(1, r.code(), r.describe());
            assertTrue(r.err().contains(locked.toString()) && r.err().contains("permission denied"), r.describe());
            assertTrue(r.out().contains("1 document(s) stored"), r.describe());
        } finally {
            Files.setPosixFilePermissions(locked, java.util.Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE, java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE));
        }
        assertOnlyGoodStored();
    }

    // --- Sizes: a 60 MB text under the old fixed limit ran a 512 MB heap out.

    @Test
    void fileLargerThanTheHeapCanTakeIsRefusedBeforeReadingNamingTheHeap() throws Exception {
        Path big = dir.resolve("big.txt");
        try (Writer w = Files.newBufferedWriter(big)) {
            w.write("Title\n");
            for (int i = 0; i < 60_000; i++) {
                w.write("The delegation arrived in Riyadh on day " + i + ".\n");
            }
        }
        Cli.Result r = Jvm.run(List.of("-Xmx128m"), "ingest", "--db", db, big, GOOD);
        assertEquals(1, r.code(), r.describe());
        assertTrue(r.err().contains(big.toString()) && r.err().contains("Java heap (128 MiB)"), r.describe());
        assertOnlyGoodStored();
    }

    @Test
    void outOfMemoryOnOneDocumentIsContained() throws Exception {
        Path big = dir.resolve("big.txt");
        try (Writer w = Files.newBufferedWriter(big)) {
            w.write("Title\n");
            for (int i = 0; i < 200_000; i++) {
                w.write("Vladimir Putin met Kim Jong Un in Vladivostok on day " + i + ", the Kremlin said.\n");
            }
        }
        // The limit raised past what the heap holds, to see what happens when memory runs out anyway.
        Cli.Result r = Jvm.run(List.of("-Xmx96m", "-Disnad.maxDocumentBytes=1000000000"), "ingest", "--db", db, big, GOOD);
        assertEquals(1, r.code(), r.describe());
        assertTrue(r.err().contains(big.toString()) && r.err().contains("out of memory"), r.describe());
        assertOnlyGoodStored();
    }

    @Test
    void jsonLinesLargerThanTheDocumentLimitAreStreamedLineByLine() throws Exception {
        Path f = dir.resolve("feed.jsonl");
        String padding = "x".repeat(4_000);
        try (Writer w = Files.newBufferedWriter(f)) {
            for (int i = 0; i < 300; i++) {
                w.write("{\"text\": \"Report " + i + ": Vladimir Putin met Kim Jong Un.\", \"padding\": \"" + padding + "\"}\n");
            }
            w.write("{\"text\": \"" + "y".repeat(1_200_000) + "\"}\n");
        }
        assertTrue(Files.size(f) > 2_000_000, "the file is larger than the document limit");
        Cli.Result r = Jvm.run(List.of("-Xmx128m", "-Disnad.maxDocumentBytes=1000000"), "ingest", "-q", "--db", db, f);
        assertEquals(1, r.code(), r.describe());
        assertTrue(r.err().contains(f + ":301"), r.describe());
        assertTrue(r.out().contains("300 document(s) stored, 0 unchanged, 1 failed"), r.describe());
    }
}
