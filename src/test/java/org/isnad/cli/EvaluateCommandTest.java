package org.isnad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.isnad.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code isnad evaluate}, from the outside: gold files or folders in, a table or JSON out, exit 2 on a bad gold. */
class EvaluateCommandTest {
    static final String TEXT = "Blinken meets Shoukry in Cairo\n"
            + "US Secretary of State Antony Blinken met Egyptian Foreign Minister Sameh Shoukry in Cairo on Monday.\n"
            + "Blinken said the talks were useful.\n";
    static final String GOLD = """
            {"lang": "en", "published": "2024-03-04",
             "entities": [
              {"type": "Person", "qid": null, "name": "Antony Blinken", "forms": ["Antony Blinken", "Blinken"]},
              {"type": "Person", "qid": null, "name": "Sameh Shoukry", "forms": ["Sameh Shoukry", "Shoukry"]},
              {"type": "Place", "qid": "Q85", "name": "Cairo", "forms": ["Cairo"]}],
             "meetings": [{"participants": ["Antony Blinken", "Sameh Shoukry"], "status": "occurred", "lines": [1]}],
             "claims": [{"line": 2, "claimant": "Antony Blinken", "stance": "assert"}]}
            """;

    @TempDir
    Path dir;

    Path article(String stem, String gold) throws Exception {
        Files.writeString(dir.resolve(stem + ".txt"), TEXT);
        return Files.writeString(dir.resolve(stem + ".gold.json"), gold);
    }

    @Test
    void aFolderArgumentFindsEachGoldWithItsText() throws Exception {
        article("one", GOLD);
        article("two", GOLD);
        Files.writeString(dir.resolve("notes.txt"), "no gold for this one");
        Cli.Result r = Cli.ok("evaluate", dir);
        assertTrue(r.out().contains("\none ") && r.out().contains("\ntwo "), r.describe());
        assertTrue(r.out().contains("mean of 2 (en)"), r.describe());
        assertFalse(r.out().contains("notes"), r.describe());
    }

    @Test
    void jsonOutputParsesWithFiguresAndMeans() throws Exception {
        Path gold = article("one", GOLD);
        JsonNode root = new ObjectMapper().readTree(Cli.ok("evaluate", "--format", "json", gold).out());
        JsonNode a = root.get("articles").get(0);
        assertEquals("one", a.get("article").asText());
        double f1 = a.get("entities").get("f1").asDouble();
        assertTrue(f1 >= 0 && f1 <= 1, a.toString());
        assertEquals(1, a.get("meetings").get("gold").asInt());
        assertEquals("en", root.get("means").get(0).get("language").asText());
    }

    @Test
    void quietPrintsOnlyTheMeans() throws Exception {
        Path gold = article("one", GOLD);
        String out = Cli.ok("evaluate", "--quiet", gold).out();
        assertFalse(out.contains("\none "), out);
        assertTrue(out.contains("mean of 1 (en)"), out);
    }

    @Test
    void aBadGoldFileExitsTwoNamingTheFileAndField() throws Exception {
        Path gold = article("bad", GOLD.replace("\"occurred\"", "\"happened\""));
        Cli.Result r = Cli.run("evaluate", gold);
        assertEquals(2, r.code(), r.describe());
        assertTrue(r.err().contains(gold.toString()) && r.err().contains("meetings[0].status"), r.describe());
        assertFalse(r.err().contains("\tat "), r.describe());
    }

    @Test
    void aGoldWithoutItsTextExitsTwoNamingBoth() throws Exception {
        Path gold = Files.writeString(dir.resolve("alone.gold.json"), GOLD);
        Cli.Result r = Cli.run("evaluate", gold);
        assertEquals(2, r.code(), r.describe());
        assertTrue(r.err().contains(gold.toString()) && r.err().contains("alone.txt"), r.describe());
    }

    @Test
    void aFolderWithoutGoldFilesExitsTwo() {
        Cli.Result r = Cli.run("evaluate", dir);
        assertEquals(2, r.code(), r.describe());
        assertTrue(r.err().contains(dir.toString()), r.describe());
    }

    @Test
    void helpDescribesTheCommand() {
        Cli.Result r = Cli.ok("evaluate", "--help");
        assertTrue(r.out().contains("--format") && r.out().contains("--quiet"), r.describe());
    }
}
