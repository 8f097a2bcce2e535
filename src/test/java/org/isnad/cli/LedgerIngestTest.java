package org.isnad.cli;

import org.isnad.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * Cheap re-ingest: a document stored from the same input (text, metadata, extractor code and data) is
 * skipped before extraction; anything that changes what extraction would make of it is extracted again.
 */
class LedgerIngestTest {
    @TempDir
    Path db;
    @TempDir
    Path scratch;
    Path folder;

    @BeforeEach
    void folderOfThree() throws Exception {
        folder = scratch.resolve("news");
        Files.createDirectories(folder);
        Files.copy(Cli.SEED, folder.resolve("a.txt"));
        Files.copy(Cli.INPUTS.resolve("good_en.txt"), folder.resolve("b.txt"));
        Files.copy(IdempotentIngestTest.V1, folder.resolve("c.json"));
    }

    @Test
    void secondIngestOfSameFolderExtractsNothing() {
        Cli.Result first = Cli.ok("ingest", "--db", db, folder);
        assertTrue(first.out().contains("3 document(s) stored, 0 unchanged"), first.describe());
        assertFalse(first.out().contains("not extracted again"), first.describe());
        Cli.Result second = Cli.ok("ingest", "--db", db, folder);
        assertTrue(second.out().contains("0 document(s) stored, 3 unchanged, 0 failed; 0 entities, 0 meetings, 0 claims"),
                second.describe());
        assertTrue(second.out().contains("3 unchanged document(s) not extracted again"), second.describe());
    }

    @Test
    void secondIngestOfSameFolderLeavesStoreIdentical() {
        Cli.ok("ingest", "--db", db, folder);
        String before = Cli.ok("export", "--db", db, "--format", "nquads").out();
        Cli.ok("ingest", "--db", db, folder);
        String after = Cli.ok("export", "--db", db, "--format", "nquads").out();
        assertEquals(before.lines().sorted().toList(), after.lines().sorted().toList());
    }

    @Test
    void changedDocumentIsExtractedAgainAndTheOthersAreNot() throws Exception {
        Cli.ok("ingest", "--db", db, folder);
        Files.delete(folder.resolve("c.json"));
        Files.copy(IdempotentIngestTest.V2, folder.resolve("c.json"));
        Cli.Result r = Cli.ok("ingest", "--db", db, folder);
        assertTrue(r.out().contains("1 document(s) stored, 2 unchanged"), r.describe());
        assertTrue(r.out().contains("2 unchanged document(s) not extracted again"), r.describe());
        assertTrue(r.out().contains("c.json [replaced"), r.describe());
    }

    @Test
    void reingestAfterAChangeEqualsAFreshIngestOfTheNewFolder(@TempDir Path fresh) throws Exception {
        Cli.ok("ingest", "--db", db, folder);
        Files.delete(folder.resolve("c.json"));
        Files.copy(IdempotentIngestTest.V2, folder.resolve("c.json"));
        Cli.ok("ingest", "--db", db, folder);
        Cli.ok("ingest", "--db", fresh, folder);
        assertEquals(Cli.ok("export", "--db", fresh, "--format", "nquads").out().lines().sorted().toList(),
                Cli.ok("export", "--db", db, "--format", "nquads").out().lines().sorted().toList());
    }

    @Test
    void changedMetadataThatExtractionUsesIsExtractedAgain() {
        Cli.ok("ingest", "--db", db, "--published", "2023-09-04", Cli.SEED);
        Cli.Result r = Cli.ok("ingest", "--db", db, "--published", "2024-01-15", Cli.SEED);
        assertTrue(r.out().contains("1 document(s) stored, 0 unchanged"), r.describe());
    }

    @Test
    void changedGazetteerIsExtractedAgain() throws Exception {
        Cli.ok("ingest", "--db", db, Cli.SEED);
        Path extra = scratch.resolve("extra.tsv");
        Files.writeString(extra, "Q900201\tPlace\tcity\tNew Town\tالمدينة الجديدة\t-\tNewtown\t-\t-\t-\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.ok("ingest", "--db", db, "--gazetteer", extra, Cli.SEED);
        // The seed does not name the new place: extracted again, it makes the same graph, so it stays unchanged.
        assertTrue(r.out().contains("0 document(s) stored, 1 unchanged"), r.describe());
        assertFalse(r.out().contains("not extracted again"), r.describe());
        Cli.Result third = Cli.ok("ingest", "--db", db, "--gazetteer", extra, Cli.SEED);
        assertTrue(third.out().contains("1 unchanged document(s) not extracted again"), third.describe());
    }

    @Test
    void inputHashIsKeptInTheDocumentsOwnGraph() {
        Cli.ok("ingest", "--db", db, folder);
        List<Map<String, String>> rows = Cli.rows(Cli.ok("query", "--db", db, "--format", "json", "-e", """
                PREFIX isnad: <https://w3id.org/isnad/ns#>
                SELECT ?g ?h WHERE { GRAPH ?g { ?g a isnad:Document ; isnad:inputHash ?h } }""").out());
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.get("h").matches("[0-9a-f]{64}")), rows.toString());
    }

    @Test
    void sameUrlTwiceInOneRunEndsAsTheLastOneReadEvenWhenTheFirstIsStored() throws Exception {
        Cli.ok("ingest", "--db", db, IdempotentIngestTest.V2);
        Path run = scratch.resolve("run");
        Files.createDirectories(run);
        // Read in name order: the stored version first, then the older one, which must win as the last read.
        Files.copy(IdempotentIngestTest.V2, run.resolve("1.json"));
        Files.copy(IdempotentIngestTest.V1, run.resolve("2.json"));
        Cli.ok("ingest", "--db", db, run);
        String nquads = Cli.ok("export", "--db", db, "--format", "nquads").out();
        assertTrue(nquads.contains("النسخة الأولى"), "the last version read is stored");
        assertFalse(nquads.contains("النسخة الثانية"), "the earlier one is not");
    }
}
