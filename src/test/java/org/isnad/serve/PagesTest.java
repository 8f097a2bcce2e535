package org.isnad.serve;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.isnad.rdf.Vocab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Isnad's pages over real HTTP: each answers, escapes what the store holds, and offers its RDF. */
class PagesTest {
    static ServedStore served;
    static final HttpClient http = HttpClient.newHttpClient();
    static final String SEED_DOC = "doc/t330f9a6d6a7b5f248b0b9867885cbb1c";
    static final ServedStore.SeedFacts SEED = ServedStore.seed();
    static final String PLANNED = SEED.plannedMeeting();
    static final String PAST = SEED.pastMeeting();
    static final String CLAIM = SEED.kirbyClaim();

    @BeforeAll
    static void start() {
        served = ServedStore.start();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(served.base + "/isnad/page/" + pathAndQuery));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String id(String shortIri) {
        return URLEncoder.encode(shortIri, StandardCharsets.UTF_8);
    }

    static List<String> pages() {
        return List.of("", "?q=Putin", "actor?id=wd/Q7747", "event?id=" + PLANNED, "claim?id=" + CLAIM, "document?id=" + SEED_DOC,
                "network", "timeline", "network?status=Occurred", "timeline?actor=wd/Q7747", "event?id=event/putin-kim");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyPageAnswersHtmlInUtf8(String page) throws Exception {
        HttpResponse<String> r = get(page, "text/html");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("text/html;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
        assertTrue(r.body().startsWith("<!DOCTYPE html>"));
    }

    @Test
    void searchFindsPutinFromAnArabicSpellingVariant() throws Exception {
        // hamza-less alef and a diacritic the store does not have
        String body = get("?q=" + id("فلاديمير بُوتين"), null).body();
        assertTrue(body.contains("actor?id=wd%2FQ7747"), body);
    }

    @Test
    void searchFindsAnArabicOnlyNameFromItsLatinTransliteration() throws Exception {
        String body = get("?q=Patrushev", null).body();
        assertTrue(body.contains("actor?id=person%2Farabic-only"), body);
    }

    @Test
    void actorPageShowsWikidataLinkAndSeedMeeting() throws Exception {
        String body = get("actor?id=wd/Q7747", null).body();
        assertTrue(body.contains("https://www.wikidata.org/wiki/Q7747"), body);
        assertTrue(body.contains("event?id=" + id(PLANNED)), "Putin's planned meeting with Kim missing");
        assertTrue(body.contains("lang=\"ar\" dir=\"rtl\">فلاديمير بوتين</bdi>"), "Arabic label not marked right to left");
    }

    @Test
    void documentPageMarksArabicTextRightToLeftAndLinksEachName() throws Exception {
        String body = get("document?id=" + SEED_DOC, null).body();
        assertTrue(body.contains("id=\"text\" lang=\"ar\" dir=\"rtl\""), body);
        assertTrue(body.contains("href=\"/isnad/page/actor?id=wd%2FQ56226\" class=\"ent ent-Person\""), "Kim's mentions not linked");
        assertTrue(body.contains("id=\"char=" + SEED.claimBegin() + "," + SEED.claimEnd() + "\""), "no anchor at a claim's sentence");
    }

    @Test
    void claimPageShowsTheChainAndTheSentenceAtItsOffsets() throws Exception {
        String body = get("claim?id=" + CLAIM, null).body();
        assertTrue(body.contains("id=\"isnad\""), body);
        assertTrue(body.contains("data-begin=\"" + SEED.claimBegin() + "\" data-end=\"" + SEED.claimEnd() + "\""), body);
    }

    @Test
    void eventPageShowsTheOtherReportsOfACrossDocumentEvent() throws Exception {
        String body = get("event?id=" + PLANNED, null).body();
        assertTrue(body.contains("id=\"cross-document\""), body);
        assertTrue(body.contains("event?id=" + id(PAST)), "the other report is not listed");
        assertTrue(body.contains("status-Occurred") && body.contains("status-Planned"), "statuses across reports missing");
    }

    @Test
    void crossDocumentEventHasItsOwnPageWithItsReports() throws Exception {
        HttpResponse<String> r = get("event?id=event/putin-kim", null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("event?id=" + id(PLANNED)) && r.body().contains("event?id=" + id(PAST)),
                r.body());
    }

    @Test
    void claimPageShowsAClaimOfTheSameProposition() throws Exception {
        String body = get("claim?id=" + CLAIM, null).body();
        assertTrue(body.contains("id=\"corroboration\""), body);
        assertTrue(body.contains("corroborates: ") && body.contains(id("doc/hostile-labels/claim/c1")), body);
    }

    /** Regression: a browser opening /isnad got "No endpoint for request". */
    @Test
    void browserAtTheDatasetAddressIsSentToTheSearchPage() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(served.base + "/isnad")).header("Accept", "text/html,*/*;q=0.8").build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(302, r.statusCode());
        assertEquals("/isnad/page/", URI.create(r.headers().firstValue("Location").orElse("")).getPath());
        HttpRequest sparql = HttpRequest.newBuilder(URI.create(served.base + "/isnad?query=ASK%7B%7D"))
                .header("Accept", "application/sparql-results+json").build();
        // not redirected: what Fuseki answers to a query at the dataset's own address is Fuseki's business
        assertFalse(http.send(sparql, HttpResponse.BodyHandlers.ofString()).headers().firstValue("Location").isPresent());
    }

    @Test
    void unknownResourceIs404() throws Exception {
        assertEquals(404, get("actor?id=wd/Q1", null).statusCode());
        assertEquals(404, get("nowhere", null).statusCode());
    }

    @Test
    void postIsRefused() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(served.base + "/isnad/page/actor?id=wd/Q7747"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build();
        assertEquals(405, http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void actorPageAsTurtleByContentNegotiation() throws Exception {
        HttpResponse<String> r = get("actor?id=wd/Q7747", "text/turtle");
        assertEquals("text/turtle;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertTrue(m.contains(m.createResource(Vocab.ID + "wd/Q7747"), Vocab.wikidataId, "Q7747"), r.body());
    }

    @Test
    void claimPageAsJsonLdByContentNegotiation() throws Exception {
        HttpResponse<String> r = get("claim?id=" + CLAIM, "application/ld+json");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.JSONLD).parse(m);
        assertTrue(m.contains(m.createResource(Vocab.ID + CLAIM), Vocab.stance), r.body());
    }

    @Test
    void formatParameterOverridesAccept() throws Exception {
        HttpResponse<String> r = get("timeline?format=turtle", "text/html");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    }

    /** Regression: labels, texts and titles from the store are data, never markup. */
    @ParameterizedTest
    @ValueSource(strings = {"actor?id=person/hostile", "claim?id=doc/hostile-labels/claim/c1", "document?id=doc/hostile-labels",
            "event?id=doc/hostile-labels/meeting/m1", "?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "?q=alert", "network", "timeline",
            "actor?id=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E"})
    void hostileLabelsAndTextsAreEscaped(String page) throws Exception {
        String body = get(page, null).body();
        assertFalse(body.contains("<script"), "unescaped script on " + page);
        assertFalse(body.contains("<iframe"), "unescaped iframe on " + page);
        assertFalse(body.contains("<img"), "unescaped img on " + page);
        assertFalse(body.contains("\u202e"), "bidi override passed through on " + page);
    }

    @Test
    void hostileLabelIsShownAsText() throws Exception {
        String body = get("actor?id=person/hostile", null).body();
        assertTrue(body.contains("&lt;script&gt;alert(&#39;label&#39;)&lt;/script&gt; &quot;Q&quot; &amp; &#39;A&#39;"), body);
    }

    @Test
    void ingestedHostileArticleTitleIsEscaped() throws Exception {
        String body = get("", null).body();
        assertTrue(body.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"), "hostile title not listed escaped");
    }
}
