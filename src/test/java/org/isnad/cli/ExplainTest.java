package org.isnad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.isnad.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code extract --explain}: each fact with the rule that made it, where that rule is written and what it matched. */
class ExplainTest {
    @TempDir
    Path dir;

    private Path article() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "Talks in Riyadh\nThe Iranian delegation arrived in Riyadh on Sunday, according to Reuters.\n");
        return f;
    }

    @Test
    void theReportNamesTheRuleItsFileAndLineAndTheWordsMatched() throws Exception {
        Cli.Result r = Cli.ok("extract", "--explain", article());
        assertTrue(r.out().contains("claim (Assert) by Reuters"), r.describe());
        assertTrue(r.out().matches("(?s).*claims/according-to-after  \\(en/rules/claims\\.rules:\\d+\\).*"), r.describe());
        assertTrue(r.out().contains("\u201cThe Iranian delegation arrived in Riyadh on Sunday, according to Reuters\u201d"), r.describe());
    }

    @Test
    void jsonExplanationsPointAtTheMatchedText() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Cli.ok("extract", "--explain", "--format", "json", article()).out());
        JsonNode e = json.get("explanations").get(0);
        assertEquals("c1", e.get("fact").asText());
        assertEquals("claims/according-to-after", e.get("rule").asText());
        String text = Files.readString(article());
        JsonNode m = e.get("matched");
        assertEquals(m.get("text").asText(), text.substring(m.get("begin").asInt(), m.get("end").asInt()));
    }

    @Test
    void withoutExplainJsonHasNoExplanations() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Cli.ok("extract", article()).out());
        assertTrue(json.get("explanations") == null, json.toString());
    }

    @Test
    void anUnknownLanguageIsAUsageError() throws Exception {
        Cli.Result r = Cli.run("extract", "--lang", "xx", article());
        assertEquals(IsnadCli.USAGE, r.code(), r.describe());
        assertTrue(r.err().contains("unknown language \"xx\"") && r.err().contains("--languages"), r.describe());
    }

    @Test
    void aMissingLanguagesFolderIsAUsageError() throws Exception {
        Cli.Result r = Cli.run("extract", "--languages", dir.resolve("nowhere"), article());
        assertEquals(IsnadCli.USAGE, r.code(), r.describe());
        assertTrue(r.err().contains("no such folder"), r.describe());
    }

    @Test
    void aBrokenRuleFileIsAUsageErrorNamingFileAndLine() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("langs/xx/rules"));
        Files.writeString(rules.resolve("bad.rules"), "rule r\nstage: claims\npattern: [lex:nothing]\n");
        Cli.Result r = Cli.run("extract", "--languages", dir.resolve("langs"), article());
        assertEquals(IsnadCli.USAGE, r.code(), r.describe());
        assertTrue(r.err().contains("xx/rules/bad.rules:"), r.describe());
    }
}
