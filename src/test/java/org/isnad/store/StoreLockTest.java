package org.isnad.store;

import org.isnad.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A store held by another process, or a damaged one, gives exit 3 and a message, never a stack trace. */
class StoreLockTest {
    @TempDir
    Path db;

    record Proc(int code, String out, String err) {
        String describe() {
            return "exit " + code + "\n--- out:\n" + out + "\n--- err (first 3000 chars):\n"
                    + err.substring(0, Math.min(err.length(), 3000));
        }
    }

    /** Runs the CLI in a separate JVM, as a second user of the store would. */
    static Proc runInOtherProcess(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.isnad.cli.IsnadCli"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        var out = p.getInputStream();
        var err = p.getErrorStream();
        var outText = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(out));
        var errText = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(err));
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("second process did not finish: " + cmd);
        }
        return new Proc(p.exitValue(), outText.get(), errText.get());
    }

    private static String readAll(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "<" + e + ">";
        }
    }

    @Test
    void storeOpenInThisProcessIsReportedLockedToAnother() throws Exception {
        Cli.ingestSeed(db);
        try (IsnadStore open = IsnadStore.open(db)) {
            Proc p = runInOtherProcess("query", "--db", db.toString(), "meetings");
            assertEquals(3, p.code(), p.describe());
            assertTrue(p.err().contains("in use by another process"), p.describe());
            assertFalse(p.err().contains("\tat "), p.describe());
        }
    }

    @Test
    void storeIsUsableByAnotherProcessAfterClose() throws Exception {
        Cli.ingestSeed(db);
        try (IsnadStore open = IsnadStore.open(db)) {
            assertTrue(open.size() > 0);
        }
        Proc p = runInOtherProcess("query", "--db", db.toString(), "--format", "csv", "actors");
        assertEquals(0, p.code(), p.describe());
        assertTrue(p.out().contains("Q7747"), p.describe());
    }

    @Test
    void openOnAFileThrowsStoreProblem() throws Exception {
        Path file = Files.writeString(db.resolve("plain.txt"), "x");
        StoreProblem e = assertThrows(StoreProblem.class, () -> IsnadStore.open(file));
        assertTrue(e.getMessage().contains("is a file"), e.getMessage());
    }

    private Path damagedStore() {
        Cli.ingestSeed(db);
        return db.resolve("Data-0001");
    }

    private static void garbage(Path file, int bytes) throws IOException {
        byte[] junk = new byte[bytes];
        new Random(42).nextBytes(junk);
        Files.write(file, junk);
    }

    private static void assertDamagedReported(Proc p) {
        assertEquals(3, p.code(), p.describe());
        assertTrue(p.err().contains("damaged"), p.describe());
        assertFalse(p.err().contains("\tat "), "stack trace on stderr\n" + p.describe());
    }

    @Test
    void corruptJournalGivesExit3WithMessage() throws Exception {
        garbage(damagedStore().resolve("journal.jrnl"), 4096);
        assertDamagedReported(runInOtherProcess("query", "--db", db.toString(), "meetings"));
    }

    /** "File size not a multiple of blocksize" must not be mistaken for a lock held by another process. */
    @Test
    void corruptIndexFileIsReportedDamagedNotLocked() throws Exception {
        garbage(damagedStore().resolve("SPO.dat"), 4096);
        Proc p = runInOtherProcess("query", "--db", db.toString(), "meetings");
        assertDamagedReported(p);
        assertFalse(p.err().contains("in use by another process"), p.describe());
    }

    @Test
    void corruptNodeIndexIsReportedDamagedNotLocked() throws Exception {
        garbage(damagedStore().resolve("nodes.dat"), 4096);
        Proc p = runInOtherProcess("query", "--db", db.toString(), "meetings");
        assertDamagedReported(p);
        assertFalse(p.err().contains("in use by another process"), p.describe());
    }

    /** Garbage in the node table (the RDF terms themselves) must not give exit 0 with empty rows. */
    @Test
    void corruptNodeTableGivesExit3WithMessage() throws Exception {
        garbage(damagedStore().resolve("nodes-data.obj"), 4096);
        assertDamagedReported(runInOtherProcess("query", "--db", db.toString(), "meetings"));
    }

    @Test
    void corruptStoreInProcessGivesExit3ThroughTheCli() throws Exception {
        garbage(damagedStore().resolve("journal.jrnl"), 4096);
        Cli.Result r = Cli.run("query", "--db", db, "meetings");
        assertEquals(3, r.code(), r.describe());
        assertTrue(r.err().startsWith("error: store "), r.describe());
        assertNotEquals("", r.err().strip());
    }
}
