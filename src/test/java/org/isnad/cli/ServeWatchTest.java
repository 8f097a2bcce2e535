package org.isnad.cli;

import org.isnad.testutil.Cli;
import org.isnad.testutil.ServeProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 'serve --watch DIR', black-box: files dropped into DIR while the server runs become its documents. */
class ServeWatchTest {
    private static final String DOCUMENTS = "SELECT (COUNT(*) AS ?n) WHERE { ?d a <https://w3id.org/isnad/ns#Document> }";

    @TempDir
    Path db;
    @TempDir
    Path inbox;
    @TempDir
    Path logs;

    private static long documents(ServeProcess serve) {
        try {
            return Long.parseLong(serve.select(DOCUMENTS).get(0).get("n"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Regression: one bad file in the watched folder never stops the server nor the good files after it. */
    @Test
    void droppedFilesAreStoredAndABadOneIsReportedAndSkipped() throws Exception {
        Cli.ingestSeed(db);
        Files.writeString(inbox.resolve("later.txt.part"), "Narendra Modi met Joe Biden in Washington on Thursday.");
        try (ServeProcess serve = ServeProcess.start(logs, "--db", db, "--watch", inbox)) {
            Files.writeString(inbox.resolve("first.txt"), "Vladimir Putin met Kim Jong Un in Vladivostok on Tuesday.");
            serve.await("first.txt stored", () -> documents(serve) == 2);

            Files.writeString(inbox.resolve("bad.json"), "{\"text\": \"Putin met Kim.\"} trailing");
            serve.await("bad.json reported", () -> serve.err().contains("bad.json"));
            assertEquals(2, documents(serve), "the server answers after the bad file, which stored nothing");

            Files.writeString(inbox.resolve("feed.jsonl"), "{\"text\": \"Emmanuel Macron met Olaf Scholz in Berlin.\", "
                    + "\"url\": \"https://news.example/watch/1\"}\n");
            serve.await("feed.jsonl stored", () -> documents(serve) == 3);
            assertEquals(1, serve.out().split("first.txt", -1).length - 1,
                    "first.txt was stored again though it did not change:\n" + serve.out());

            Files.move(inbox.resolve("later.txt.part"), inbox.resolve("later.txt"));
            serve.await("later.txt stored once renamed", () -> documents(serve) == 4);
            assertTrue(serve.isAlive());
            assertTrue(serve.err().contains("bad.json") && !serve.err().contains("first.txt"), serve.err());
        }
    }

    @Test
    void aWatchFolderThatDoesNotExistIsAUsageError() {
        Cli.ingestSeed(db);
        Cli.Result r = Cli.run("serve", "--db", db, "--port", "0", "--watch", inbox.resolve("missing"));
        assertEquals(2, r.code(), r.describe());
        assertTrue(r.err().contains("--watch") && r.err().contains("missing"), r.describe());
    }
}
