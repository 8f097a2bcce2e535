package org.isnad.cli;

import org.isnad.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Re-ingesting is safe: unchanged documents change nothing; a new version of a URL replaces the old one. */
class IdempotentIngestTest {
    static final Path V1 = Cli.INPUTS.resolve("replace_v1.json");
    static final Path V2 = Cli.INPUTS.resolve("replace_v2.json");
    static final String URL = "https://news.example/article/42";

    @TempDir
    Path db;
    @TempDir
    Path scratch;

    @Test
    void secondIngestOfSameSeedLeavesQuadCountUnchanged() {
        Cli.ingestSeed(db);
        long first = Cli.quadCount(db, scratch);
        assertTrue(first > 0);
        Cli.ingestSeed(db);
        assertEquals(first, Cli.quadCount(db, scratch));
    }

    @Test
    void secondIngestOfSameSeedReportsUnchanged() {
        Cli.ingestSeed(db);
        Cli.Result second = Cli.ingestSeed(db);
        assertTrue(second.out().contains("[unchanged"), second.describe());
        assertTrue(second.out().contains("0 document(s) stored, 1 unchanged"), second.describe());
    }

    @Test
    void secondIngestOfSameSeedKeepsNQuadsExportIdentical() {
        Cli.ingestSeed(db);
        String before = Cli.ok("export", "--db", db, "--format", "nquads").out();
        Cli.ingestSeed(db);
        String after = Cli.ok("export", "--db", db, "--format", "nquads").out();
        assertEquals(before.lines().sorted().toList(), after.lines().sorted().toList());
    }

    @Test
    void sameTextInDifferentFileNameIsOneDocument() throws Exception {
        Cli.ingestSeed(db);
        Path copy = scratch.resolve("copy-of-seed.txt");
        Files.copy(Cli.SEED, copy);
        Cli.Result r = Cli.ok("ingest", "--db", db, copy);
        assertTrue(r.out().contains("1 unchanged"), r.describe());
        assertEquals(1, Cli.documents(db, scratch).size());
    }

    @Test
    void newTextForSameUrlIsReportedReplaced() {
        Cli.ok("ingest", "--db", db, V1);
        Cli.Result r = Cli.ok("ingest", "--db", db, V2);
        assertTrue(r.out().contains("[replaced"), r.describe());
    }

    @Test
    void newTextForSameUrlLeavesOneDocumentWithTheNewText() throws Exception {
        Cli.ok("ingest", "--db", db, V1);
        Cli.ok("ingest", "--db", db, V2);
        List<Map<String, String>> docs = Cli.documents(db, scratch).stream()
                .filter(d -> URL.equals(d.get("url"))).toList();
        assertEquals(1, docs.size(), docs.toString());
        String v2Text = new com.fasterxml.jackson.databind.ObjectMapper().readTree(V2.toFile()).get("text").asText();
        assertEquals(v2Text, docs.get(0).get("text"));
    }

    @Test
    void newTextForSameUrlRemovesEveryTraceOfTheOldText() {
        Cli.ok("ingest", "--db", db, V1);
        Cli.ok("ingest", "--db", db, V2);
        String nquads = Cli.ok("export", "--db", db, "--format", "nquads").out();
        assertFalse(nquads.contains("النسخة الأولى"), "text of the replaced version is still in the store");
        assertTrue(nquads.contains("النسخة الثانية"));
    }

    @Test
    void replacedStoreEqualsAFreshStoreOfTheNewVersion(@TempDir Path fresh) {
        Cli.ok("ingest", "--db", db, V1);
        Cli.ok("ingest", "--db", db, V2);
        Cli.ok("ingest", "--db", fresh, V2);
        String replaced = Cli.ok("export", "--db", db, "--format", "nquads").out();
        String direct = Cli.ok("export", "--db", fresh, "--format", "nquads").out();
        assertEquals(direct.lines().sorted().toList(), replaced.lines().sorted().toList());
    }

    @Test
    void unchangedDocumentInSameRunAsNewOneIsStillUnchanged() throws Exception {
        Cli.ingestSeed(db);
        Path dir = scratch.resolve("batch");
        Files.createDirectories(dir);
        Files.copy(Cli.SEED, dir.resolve("a.txt"));
        Files.writeString(dir.resolve("b.txt"), Files.readString(Cli.INPUTS.resolve("good_en.txt")), StandardCharsets.UTF_8);
        Cli.Result r = Cli.ok("ingest", "--db", db, dir);
        assertTrue(r.out().contains("1 document(s) stored, 1 unchanged"), r.describe());
    }
}
