package org.isnad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.isnad.testutil.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code isnad extract}: JSON with code-point spans into the text, or Turtle; no store involved. */
class ExtractCommandTest {
    static String seedText;
    static JsonNode json;

    @BeforeAll
    static void extract() throws Exception {
        seedText = Files.readString(Cli.SEED);
        json = new ObjectMapper().readTree(Cli.ok("extract", "--format", "json", Cli.SEED).out());
    }

    private static String byCodePoints(int begin, int end) {
        return seedText.substring(seedText.offsetByCodePoints(0, begin), seedText.offsetByCodePoints(0, end));
    }

    private static void assertSpan(JsonNode span) {
        assertEquals(span.get("text").asText(), byCodePoints(span.get("begin").asInt(), span.get("end").asInt()), span::toString);
    }

    @Test
    void entityMentionsAreCodePointSpansOfTheText() {
        int n = 0;
        for (JsonNode e : json.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                assertSpan(m);
                n++;
            }
        }
        assertTrue(n > 0, "no mentions");
    }

    @Test
    void meetingAndClaimEvidenceAreCodePointSpansOfTheText() {
        List<JsonNode> spans = new ArrayList<>();
        json.get("meetings").forEach(m -> m.get("evidence").forEach(spans::add));
        json.get("claims").forEach(c -> {
            spans.add(c.get("evidence"));
            if (c.has("content")) {
                spans.add(c.get("content"));
            }
        });
        assertFalse(spans.isEmpty());
        spans.forEach(ExtractCommandTest::assertSpan);
    }

    @Test
    void extractFindsPutinWithWikidataId() {
        boolean found = false;
        for (JsonNode e : json.get("entities")) {
            found |= "Q7747".equals(e.path("wikidata").asText());
        }
        assertTrue(found, "Q7747 not among extracted entities");
    }

    @Test
    void meetingParticipantsReferToExtractedEntities() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        json.get("entities").forEach(e -> ids.add(e.get("id").asText()));
        json.get("meetings").forEach(m -> m.get("participants").forEach(p -> assertTrue(ids.contains(p.asText()), p.asText())));
        json.get("claims").forEach(c -> c.path("claimants").forEach(p -> assertTrue(ids.contains(p.asText()), p.asText())));
    }

    @Test
    void jsonDocumentIriMatchesTheStoredDocument(@TempDir Path db, @TempDir Path scratch) {
        Cli.ingestSeed(db);
        List<String> stored = Cli.documents(db, scratch).stream().map(d -> d.get("doc")).toList();
        assertEquals(List.of(json.get("document").get("iri").asText()), stored);
    }

    @Test
    void turtleOutputParses() {
        String ttl = Cli.ok("extract", "--format", "turtle", Cli.SEED).out();
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(m);
        assertTrue(m.contains(m.createResource("https://w3id.org/isnad/id/wd/Q7747"), null), "Putin missing from Turtle");
    }

    @Test
    void missingFileExitsOneNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("nope.txt");
        Cli.Result r = Cli.run("extract", missing);
        assertEquals(1, r.code(), r.describe());
        assertTrue(r.err().contains(missing.toString()), r.describe());
    }

    @Test
    void extractDoesNotCreateAStore(@TempDir Path dir) throws Exception {
        Path copy = Files.copy(Cli.SEED, dir.resolve("seed.txt"));
        Cli.ok("extract", copy);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(copy), files.toList());
        }
    }
}
