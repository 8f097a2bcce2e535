package org.isnad.cli;

import org.isnad.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ingest progress bar (as written to a log, not a terminal) counts documents and says when it commits. */
class ProgressTest {
    @TempDir
    Path tmp;

    private Path jsonLines(int documents) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= documents; i++) {
            b.append("{\"text\": \"Report ").append(i).append(": Vladimir Putin met Xi Jinping in Moscow.\", \"language\": \"en\"}\n");
            if (i % 7 == 0) {
                b.append("  \n"); // blank lines are no documents
            }
        }
        Path f = tmp.resolve("news.jsonl");
        Files.writeString(f, b, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void jsonLinesFileCountsOneDocumentALine() throws Exception {
        assertEquals(30, Progress.documentsIn(jsonLines(30)));
        assertEquals(1, Progress.documentsIn(Cli.SEED));
    }

    @Test
    void oneBigJsonLinesFileMovesTheBarDocumentByDocument() throws Exception {
        Cli.Result r = Cli.ok("ingest", "--db", tmp.resolve("db"), "-q", jsonLines(30));
        assertTrue(r.err().contains("ingest: 15/30"), r.describe());
        assertTrue(r.err().contains("ingest: 30/30"), r.describe());
    }

    @Test
    void barSaysWhenABatchIsBeingCommitted() throws Exception {
        Cli.Result r = Cli.ok("ingest", "--db", tmp.resolve("db"), "-q", "--no-bulk", "--batch", "10", jsonLines(30));
        assertEquals(3, r.err().lines().filter(l -> l.equals("ingest: committing 10 document(s)")).count(), r.describe());
    }

    @Test
    void shortRunsStaySilent() throws Exception {
        Cli.Result r = Cli.ok("ingest", "--db", tmp.resolve("db"), "-q", jsonLines(5));
        assertEquals("", r.err(), r.describe());
    }
}
