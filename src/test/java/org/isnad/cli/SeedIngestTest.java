package org.isnad.cli;

import org.isnad.testutil.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed article, ingested once, seen through the bundled queries. */
class SeedIngestTest {
    static final String KIM = "http://www.wikidata.org/entity/Q56226";
    static final String PUTIN = "http://www.wikidata.org/entity/Q7747";

    @TempDir
    static Path db;
    @TempDir
    static Path scratch;

    @BeforeAll
    static void ingest() {
        Cli.Result r = Cli.ingestSeed(db);
        assertTrue(r.out().contains("1 document(s) stored"), r.describe());
    }

    /** Meeting IRI -> set of participants' Wikidata IRIs. */
    private static Map<String, Set<String>> participantsByMeeting() {
        Path q = Cli.queryFile(scratch, "participants.rq", Cli.PREFIXES
                + "PREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
                + "SELECT ?meeting ?wd WHERE { ?meeting a isnad:Meeting ; isnad:participant ?p . ?p owl:sameAs ?wd }");
        Map<String, Set<String>> out = new HashMap<>();
        for (Map<String, String> row : Cli.select(db, q.toString())) {
            out.computeIfAbsent(row.get("meeting"), k -> new java.util.HashSet<>()).add(row.get("wd"));
        }
        return out;
    }

    private static Set<String> kimPutinMeetings() {
        return participantsByMeeting().entrySet().stream()
                .filter(e -> e.getValue().containsAll(Set.of(KIM, PUTIN)))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    @Test
    void kimAndPutinHaveAPlannedMeeting() {
        Set<String> kimPutin = kimPutinMeetings();
        List<Map<String, String>> meetings = Cli.select(db, "meetings");
        assertTrue(meetings.stream().anyMatch(m -> kimPutin.contains(m.get("meeting")) && "Planned".equals(m.get("status"))),
                () -> "no Planned meeting with Q56226 and Q7747 among " + meetings);
    }

    @Test
    void meetingsQueryShowsBothParticipantsOfThePlannedMeeting() {
        List<Map<String, String>> meetings = Cli.select(db, "meetings");
        assertTrue(meetings.stream().anyMatch(m -> "Planned".equals(m.get("status"))
                        && m.get("participants").contains("Kim Jong Un") && m.get("participants").contains("Vladimir Putin")),
                () -> meetings.toString());
    }

    @Test
    void kimPutinMeetingOfApril2019Occurred() {
        Set<String> kimPutin = kimPutinMeetings();
        List<Map<String, String>> meetings = Cli.select(db, "meetings");
        List<Map<String, String>> april2019 = meetings.stream()
                .filter(m -> kimPutin.contains(m.get("meeting")) && "2019-04".equals(m.get("date"))).toList();
        assertFalse(april2019.isEmpty(), () -> "no Kim-Putin meeting dated 2019-04 in " + meetings);
        april2019.forEach(m -> assertEquals("Occurred", m.get("status"), m.toString()));
    }

    @Test
    void kirbyHasClaims() {
        // One label a claimant, in --lang: English by default now that the gazetteer knows him.
        List<Map<String, String>> claims = Cli.select(db, "claims");
        assertTrue(claims.stream().anyMatch(c -> c.getOrDefault("claimant", "").contains("John Kirby")),
                () -> claims.toString());
        List<Map<String, String>> arabic = Cli.select(db, "claims", "--lang", "ar");
        assertTrue(arabic.stream().anyMatch(c -> c.getOrDefault("claimant", "").contains("كيربي")),
                () -> arabic.toString());
    }

    @Test
    void claimsByArabicNameFindsKirby() {
        List<Map<String, String>> rows = Cli.select(db, "claims-by", "--param", "actor=كيربي");
        assertFalse(rows.isEmpty());
        // the gazetteer knows John Kirby now, so the claimant carries his English label
        rows.forEach(r -> assertTrue(r.get("claimant").contains("كيربي") || r.get("claimant").contains("Kirby"), r.toString()));
    }

    @Test
    void claimsByWikidataIdFindsOnlyThatActor() {
        List<Map<String, String>> rows = Cli.select(db, "claims-by", "--param", "actor=Q7747");
        assertFalse(rows.isEmpty());
        rows.forEach(r -> assertTrue(r.get("claimant").contains("بوتين") || r.get("claimant").contains("Putin"), r.toString()));
    }

    @Test
    void putinIsAnActorMentionedAtLeastTwice() {
        List<Map<String, String>> actors = Cli.select(db, "actors");
        Map<String, String> putin = actors.stream().filter(a -> PUTIN.equals(a.get("wikidata"))).findFirst()
                .orElseThrow(() -> new AssertionError("Q7747 not in actors: " + actors));
        assertTrue(Integer.parseInt(putin.get("mentions")) >= 2, putin.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"meetings", "claims", "actors", "sources", "mentions"})
    void everyBundledQueryReturnsRows(String name) {
        assertFalse(Cli.select(db, name).isEmpty(), name + " returned no rows");
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "csv", "tsv"})
    void everyOutputFormatWorks(String format) {
        Cli.Result r = Cli.ok("query", "--db", db, "--format", format, "actors");
        assertTrue(r.out().contains("Q7747"), r.describe());
    }

    /** Every mention's anchor text is the document text between its code-point offsets. */
    @Test
    void mentionOffsetsAreCodePointsIntoTheDocumentText() {
        Map<String, String> texts = new HashMap<>();
        Cli.documents(db, scratch).forEach(d -> texts.put(d.get("doc"), d.get("text")));
        List<Map<String, String>> mentions = Cli.select(db, "mentions");
        assertFalse(mentions.isEmpty());
        for (Map<String, String> m : mentions) {
            String text = texts.get(m.get("document"));
            assertTrue(text != null, () -> "no isnad:text for " + m.get("document"));
            int begin = Integer.parseInt(m.get("begin"));
            int end = Integer.parseInt(m.get("end"));
            String span = text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
            assertEquals(m.get("text"), span, () -> "mention " + m);
        }
    }

    /**
     * Meeting and claim evidence spans obey the same offset contract as entity mentions: their text is not
     * stored again, so a query cuts it out of the document's text with SPARQL's SUBSTR, which counts code
     * points, as the offsets do; the span's IRI names its document.
     */
    @Test
    void evidenceOffsetsAreCodePointsIntoTheDocumentText() {
        Map<String, String> texts = new HashMap<>();
        Cli.documents(db, scratch).forEach(d -> texts.put(d.get("doc"), d.get("text")));
        Path q = Cli.queryFile(scratch, "evidence.rq", Cli.PREFIXES
                + "SELECT ?ev ?text ?begin ?end ?document WHERE { ?x isnad:evidence ?ev . "
                + "?ev nif:beginIndex ?begin ; nif:endIndex ?end . BIND(IRI(STRBEFORE(STR(?ev), \"#char=\")) AS ?document) "
                + "?document isnad:text ?t . BIND(SUBSTR(?t, ?begin + 1, ?end - ?begin) AS ?text) }");
        List<Map<String, String>> spans = Cli.select(db, q.toString());
        assertFalse(spans.isEmpty());
        for (Map<String, String> m : spans) {
            String text = texts.get(m.get("document"));
            String span = text.substring(text.offsetByCodePoints(0, Integer.parseInt(m.get("begin"))),
                    text.offsetByCodePoints(0, Integer.parseInt(m.get("end"))));
            assertFalse(span.isBlank(), () -> "evidence " + m);
            assertEquals(m.get("text"), span, () -> "evidence " + m);
        }
    }

    @Test
    void storedTextIsTheSeedFileExactly() throws Exception {
        String seed = java.nio.file.Files.readString(Cli.SEED);
        List<Map<String, String>> docs = Cli.documents(db, scratch);
        assertEquals(1, docs.size());
        assertEquals(seed, docs.get(0).get("text"));
    }
}
