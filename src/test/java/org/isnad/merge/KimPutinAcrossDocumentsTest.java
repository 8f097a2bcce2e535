package org.isnad.merge;

import org.isnad.testutil.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed (BBC Arabic, 5 September 2023: Kim Jong Un plans to visit Putin this month) and an English
 * report of their talks at the Vostochny Cosmodrome on 13 September: one event with a planned and a
 * held report; their April 2019 meeting is another event.
 */
class KimPutinAcrossDocumentsTest {
    static final Path VOSTOCHNY = CrossDocSet.ARTICLES.resolve("a3_vostochny_talks.json");

    @TempDir
    static Path db;
    @TempDir
    static Path scratch;

    @BeforeAll
    static void ingest() {
        Cli.ok("ingest", "--db", db, "--published", "2023-09-05", Cli.SEEDS, VOSTOCHNY);
    }

    /** Event IRI -> statuses of its reports, for the events where Kim and Putin both take part. */
    private static Map<String, List<String>> kimPutinEvents() {
        Path q = Cli.queryFile(scratch, "kim-putin.rq", Cli.PREFIXES + """
                SELECT ?event ?status WHERE {
                  ?event a isnad:Event ; isnad:participant <https://w3id.org/isnad/id/wd/Q56226>,
                         <https://w3id.org/isnad/id/wd/Q7747> ; isnad:report ?r .
                  ?r isnad:status ?s . BIND(STRAFTER(STR(?s), "#") AS ?status)
                }""");
        return Cli.select(db, q.toString()).stream().collect(Collectors.groupingBy(r -> r.get("event"),
                Collectors.mapping(r -> r.get("status"), Collectors.toList())));
    }

    @Test
    void oneEventHasThePlannedAndTheHeldReport() {
        Map<String, List<String>> events = kimPutinEvents();
        List<Map.Entry<String, List<String>>> both = events.entrySet().stream()
                .filter(e -> e.getValue().contains("Planned") && e.getValue().contains("Occurred")).toList();
        assertEquals(1, both.size(), events::toString);
    }

    @Test
    void theHeldReportComesFromTheEnglishArticleAndThePlannedOneFromTheSeed() {
        List<Map<String, String>> timeline = timelineOfTheSummit();
        assertEquals(List.of("Planned", "Occurred"), timeline.stream().map(r -> r.get("status")).toList(), timeline::toString);
        assertEquals(List.of("ar", "en"), timeline.stream().map(r -> r.get("language")).toList());
    }

    @Test
    void theApril2019MeetingIsAnotherEvent() {
        Path q = Cli.queryFile(scratch, "april.rq", Cli.PREFIXES + """
                SELECT ?event ?r WHERE { ?r isnad:date ?d ; isnad:event ?event . FILTER(STR(?d) = "2019-04") }""");
        List<Map<String, String>> rows = Cli.select(db, q.toString());
        assertFalse(rows.isEmpty(), "no report of the April 2019 meeting has an event");
        String summit = timelineOfTheSummit().get(0).get("event");
        rows.forEach(r -> assertNotEquals(summit, r.get("event"), r.toString()));
    }

    @Test
    void timelineListsBothReportsInOrderOfPublication() {
        List<Map<String, String>> timeline = timelineOfTheSummit();
        assertEquals(List.of("2023-09-05", "2023-09-13"), timeline.stream().map(r -> r.get("published")).toList());
        assertTrue(timeline.get(1).get("sentence").contains("Vostochny"), timeline.get(1)::toString);
    }

    @Test
    void eventsQueryGivesTheLatestStatusAndBothLanguages() {
        String summit = timelineOfTheSummit().get(0).get("event");
        Map<String, String> row = Cli.select(db, "events").stream().filter(r -> summit.equals(r.get("event")))
                .findFirst().orElseThrow();
        assertEquals("Occurred", row.get("latestStatus"), row::toString);
        assertEquals("2", row.get("reports"));
        assertEquals(Set.of("ar", "en"), Set.of(row.get("languages").split(", ")));
        assertEquals("2023-09-05", row.get("firstReported"));
    }

    @Test
    void theHeldReportSaysWhyItJoinedThePlannedOne() {
        Map<String, String> held = timelineOfTheSummit().get(1);
        Path q = Cli.queryFile(scratch, "why.rq", Cli.PREFIXES + "SELECT ?why WHERE { <" + held.get("report")
                + "> isnad:mergeReason ?why }");
        List<Map<String, String>> rows = Cli.select(db, q.toString());
        assertEquals(1, rows.size(), rows::toString);
        assertTrue(rows.get(0).get("why").contains("same sides (North Korea, Russia)"), rows::toString);
        assertTrue(rows.get(0).get("why").contains("dates agree"), rows::toString);
    }

    /** The timeline of the event that has both reports, through the bundled query with its event parameter. */
    private static List<Map<String, String>> timelineOfTheSummit() {
        String event = kimPutinEvents().entrySet().stream()
                .filter(e -> e.getValue().contains("Planned") && e.getValue().contains("Occurred"))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        return Cli.select(db, "event-timeline", "--param", "event=<" + event + ">");
    }
}
