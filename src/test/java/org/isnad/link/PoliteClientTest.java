package org.isnad.link;

import org.isnad.testutil.WikidataStub;
import org.isnad.testutil.WikidataStub.Scripted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The polite client: waits as told (Retry-After, maxlag), backs off, times out, gives up, caches. */
class PoliteClientTest {
    @TempDir
    Path tmp;
    WikidataStub stub;
    final List<Duration> slept = new ArrayList<>();

    @BeforeEach
    void start() {
        stub = new WikidataStub().search("جون كيربي", "wikidata/search_kirby_ar.json");
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private WikidataApi api(Duration timeout, int retries) {
        PoliteClient.Settings s = PoliteClient.Settings.defaults().timeout(timeout).maxRetries(retries)
                .sleeper(slept::add); // records the waits instead of waiting
        return new WikidataApi(stub.api(), new PoliteClient(s, new ResponseCache(tmp.resolve("cache"))));
    }

    private WikidataApi api() {
        return api(Duration.ofSeconds(5), 3);
    }

    /** Waits longer than the pause between requests: those asked for by the server or the back-off. */
    private List<Duration> waits() {
        return slept.stream().filter(d -> d.compareTo(Duration.ofSeconds(1)) >= 0).toList();
    }

    @Test
    void tooManyRequestsWaitsAsLongAsRetryAfterSaysThenSucceeds() {
        stub.then(Scripted.of(429, "{\"error\":{\"code\":\"too-many-requests\"}}", "Retry-After", "7"));
        assertEquals(List.of("Q900001", "Q900002", "Q900003"), api().search("جون كيربي", "ar"));
        assertEquals(2, stub.requests().size());
        assertEquals(List.of(Duration.ofSeconds(7)), waits());
    }

    @Test
    void maxlagAs503ThenSuccess() {
        stub.then(Scripted.of(503, "{\"error\":{\"code\":\"maxlag\",\"info\":\"Waiting for 10.64.48.23: 6 seconds lagged\","
                + "\"host\":\"10.64.48.23\",\"lag\":6}}", "Retry-After", "5", "X-Database-Lag", "6"));
        assertEquals(3, api().search("جون كيربي", "ar").size());
        assertEquals(List.of(Duration.ofSeconds(5)), waits());
    }

    @Test
    void maxlagInA200AnswerIsRetriedToo() {
        // MediaWiki can also report maxlag as an API error in an HTTP 200 answer.
        stub.then(Scripted.of(200, "{\"error\":{\"code\":\"maxlag\",\"info\":\"Waiting for a database server: 6 seconds lagged\"}}",
                "Retry-After", "5"));
        assertEquals(3, api().search("جون كيربي", "ar").size());
        assertEquals(2, stub.requests().size());
    }

    @Test
    void aTimeoutIsRetriedWithBackoff() {
        stub.then(Scripted.slow(1500));
        assertEquals(3, api(Duration.ofMillis(300), 3).search("جون كيربي", "ar").size());
        assertEquals(List.of(Duration.ofSeconds(2)), waits(), "first back-off step");
    }

    @Test
    void retriesAreCappedAndBackOffExponentially() {
        for (int i = 0; i < 5; i++) {
            stub.then(Scripted.of(502, "bad gateway"));
        }
        WikidataProblem p = assertThrows(WikidataProblem.class, () -> api(Duration.ofSeconds(5), 3).search("x", "ar"));
        assertEquals(WikidataProblem.Kind.GAVE_UP, p.kind());
        assertTrue(p.getMessage().contains("after 4 attempts") && p.getMessage().contains("HTTP 502"), p.getMessage());
        assertEquals(4, stub.requests().size());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8)), waits());
    }

    @Test
    void malformedJsonIsABadResponseAndIsNotCached() {
        stub.then(Scripted.of(200, "<html>Wikimedia error</html>"));
        WikidataProblem p = assertThrows(WikidataProblem.class, () -> api().search("جون كيربي", "ar"));
        assertEquals(WikidataProblem.Kind.BAD_RESPONSE, p.kind());
        assertTrue(p.getMessage().contains("not valid JSON"), p.getMessage());
        assertEquals(3, api().search("جون كيربي", "ar").size(), "the next run asks again");
    }

    @Test
    void anApiErrorIsReportedWithItsCode() {
        stub.then(Scripted.of(200, "{\"error\":{\"code\":\"param-missing\",\"info\":\"The parameter search is required\"}}"));
        WikidataProblem p = assertThrows(WikidataProblem.class, () -> api().search("جون كيربي", "ar"));
        assertTrue(p.getMessage().contains("param-missing"), p.getMessage());
    }

    @Test
    void entitiesAreFetchedAtMostFiftyPerCallAndCached() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            ids.add("Q" + (900000 + i));
        }
        var items = api().entities(ids, "labels|aliases|claims");
        assertEquals(3, stub.requests().size(), "120 ids in calls of 50");
        assertTrue(stub.requests().stream().allMatch(r -> r.params().get("ids").split("\\|").length <= 50));
        assertEquals(List.of("Q5"), items.get("Q900001").values("P31"));
        assertEquals(List.of("Q30"), items.get("Q900001").values("P27"));
        assertEquals("John Kirby", items.get("Q900001").labels().get("en"));

        api().entities(ids, "labels|aliases|claims");
        assertEquals(3, stub.requests().size(), "the second time every answer comes from the cache");
    }

    @Test
    void offlineModeNeverTouchesTheNetwork() {
        PoliteClient client = new PoliteClient(PoliteClient.Settings.defaults().online(false),
                new ResponseCache(tmp.resolve("empty")));
        WikidataProblem p = assertThrows(WikidataProblem.class,
                () -> client.getJson(URI.create(stub.api() + "?action=wbsearchentities&search=x"), "application/json"));
        assertEquals(WikidataProblem.Kind.NOT_CACHED, p.kind());
        assertEquals(0, stub.requests().size());
    }

    @Test
    void anUnknownHostIsUnreachable() {
        PoliteClient client = new PoliteClient(PoliteClient.Settings.defaults().sleeper(slept::add),
                new ResponseCache(tmp.resolve("c")));
        WikidataProblem p = assertThrows(WikidataProblem.class,
                () -> client.getJson(URI.create("http://no-such-host.invalid/w/api.php?x=1"), "application/json"));
        assertEquals(WikidataProblem.Kind.UNREACHABLE, p.kind(), p.getMessage());
        assertTrue(p.getMessage().contains("offline"), p.getMessage());
    }

    @Test
    void scoringFoldsArabicSpellingAndRejectsWrongTypes() {
        var items = api().entities(List.of("Q900001", "Q900002"), "labels|aliases|claims");
        EntityToLink kirby = new EntityToLink("urn:x", org.isnad.extract.EntityType.PERSON,
                java.util.Map.of("ar", java.util.Set.of("جُون كِيربى")), java.util.Set.of()); // diacritics, alef maqsura
        assertEquals(1.0, CandidateScorer.nameScore(kirby, items.get("Q900001")));
        assertEquals("0.80", CandidateScorer.score(kirby, items.get("Q900001")).score().toPlainString());
        assertTrue(CandidateScorer.score(kirby, items.get("Q900002")).rejected() != null);
    }
}
