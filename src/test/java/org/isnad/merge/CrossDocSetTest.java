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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cross-document set ingested once, seen through the bundled queries. */
class CrossDocSetTest {
    static final String SISI = "https://w3id.org/isnad/id/wd/Q307871";

    @TempDir
    static Path db;
    @TempDir
    static Path scratch;

    @BeforeAll
    static void ingest() {
        Cli.ok("ingest", "-q", "--db", db, "--published", "2023-09-05", Cli.SEED, CrossDocSet.ARTICLES);
    }

    private static Map<String, String> eventWith(String participantLabel, String status) {
        return Cli.select(db, "events").stream()
                .filter(e -> e.get("participants").contains(participantLabel) && status.equals(e.get("latestStatus")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + status + " event of " + participantLabel));
    }

    @Test
    void theDeniedSummitGathersTheReportsThatAnnouncedItAndThoseThatDenyIt() {
        Map<String, String> e = eventWith("Abiy Ahmed", "Denied");
        List<String> statuses = Cli.select(db, "event-timeline", "--param", "event=<" + e.get("event") + ">").stream()
                .map(r -> r.get("status")).toList();
        assertEquals(List.of("Planned", "Planned", "Denied", "Denied"), statuses);
        assertEquals("ar, en", sortedLanguages(e));
    }

    @Test
    void theCancelledVisitEndsCancelledAndKeepsItsAnnouncements() {
        Map<String, String> e = eventWith("Tebboune", "Cancelled");
        List<Map<String, String>> timeline = Cli.select(db, "event-timeline", "--param", "event=<" + e.get("event") + ">");
        assertTrue(timeline.stream().anyMatch(r -> "Planned".equals(r.get("status"))), timeline::toString);
        assertEquals("Cancelled", timeline.get(timeline.size() - 1).get("status"), timeline::toString);
    }

    @Test
    void earlierMeetingsOfTheSamePairAreEventsOfTheirOwn() {
        Set<String> dates = Cli.select(db, "events").stream()
                .filter(e -> e.get("participants").contains("Abiy Ahmed") || e.get("participants").contains("Tebboune"))
                .map(e -> e.getOrDefault("date", "")).collect(Collectors.toSet());
        assertTrue(dates.containsAll(Set.of("2023-07", "2022-08")), dates::toString);
    }

    @Test
    void aWireReprintedByAnotherPaperIsOneIndependentSource() {
        Map<String, String> e = eventWith("Lula", "Occurred");
        assertEquals("4", e.get("reports"), e::toString);
        // Reuters in English and Arabic, the reprint of Reuters' Arabic wire, and Xinhua: two sources.
        assertEquals("2", e.get("sources"), e::toString);
    }

    @Test
    void aDenialContradictsTheReportsThatGaveTheMeetingAsPlanned() {
        Path q = Cli.queryFile(scratch, "contradicts.rq", Cli.PREFIXES + """
                SELECT ?claim ?report ?status WHERE {
                  ?claim a isnad:Claim ; isnad:stance isnad:Deny ; isnad:contradicts ?report .
                  ?report isnad:status ?s . BIND(STRAFTER(STR(?s), "#") AS ?status) }""");
        List<Map<String, String>> rows = Cli.select(db, q.toString());
        assertFalse(rows.isEmpty());
        rows.forEach(r -> assertEquals("Planned", r.get("status"), r::toString));
    }

    @Test
    void corroborationNamesWhoDeniesTheSourcesClaim() {
        List<Map<String, String>> rows = Cli.select(db, "corroboration");
        assertTrue(rows.stream().anyMatch(r -> r.getOrDefault("deniedBy", "").contains("أحمد حسن")), rows::toString);
    }

    @Test
    void theTwoAhmedHassansStayTwoAndAreListedForReview() {
        Path q = Cli.queryFile(scratch, "hassan.rq", Cli.PREFIXES + """
                SELECT DISTINCT ?canonical WHERE { GRAPH <https://w3id.org/isnad/graph/events> {
                  ?n isnad:canonicalEntity ?canonical FILTER(CONTAINS(STR(?n), "ahmed-hassan")) } }""");
        assertEquals(2, Cli.select(db, q.toString()).size());
        List<Map<String, String>> review = Cli.select(db, "merge-review");
        assertTrue(review.stream().anyMatch(r -> "entity".equals(r.get("kind")) && r.get("reason").contains("namesakes")),
                review::toString);
    }

    @Test
    void whoReportsOnSisiListsOutletsOfBothLanguagesInOrder() {
        List<Map<String, String>> rows = Cli.select(db, "who-reports", "--param", "actor=Q307871");
        assertTrue(rows.size() >= 6, rows::toString);
        List<String> dates = rows.stream().map(r -> r.get("published")).toList();
        assertEquals(dates.stream().sorted().toList(), dates);
        assertTrue(rows.stream().anyMatch(r -> "Reuters".equals(r.get("source"))), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> "Al-Ahram".equals(r.get("publisher"))), rows::toString);
    }

    @Test
    void theStoreConformsToTheShapes() {
        Cli.Result r = Cli.ok("validate", "--db", db);
        assertTrue(r.out().startsWith("conforms"), r.describe());
    }

    private static String sortedLanguages(Map<String, String> e) {
        return java.util.Arrays.stream(e.get("languages").split(", ")).sorted().collect(Collectors.joining(", "));
    }
}
