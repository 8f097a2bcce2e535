package org.isnad.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reconciliation service, called the way OpenRefine calls it. */
class ReconcileTest {
    static ServedStore served;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        served = ServedStore.start();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(served.base + "/isnad/reconcile" + pathAndQuery));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A batch as OpenRefine sends it: a form POST with one field, queries, holding JSON. */
    static JsonNode reconcile(String queriesJson) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(served.base + "/isnad/reconcile"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("queries=" + URLEncoder.encode(queriesJson, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("charset=utf-8"));
        return JSON.readTree(r.body());
    }

    @Test
    void manifestDescribesTheService() throws Exception {
        HttpResponse<String> r = get("");
        assertEquals(200, r.statusCode());
        JsonNode m = JSON.readTree(r.body());
        assertEquals("0.2", m.path("versions").get(0).asText());
        assertEquals("https://w3id.org/isnad/id/", m.path("identifierSpace").asText());
        assertTrue(m.path("view").path("url").asText().endsWith("/isnad/page/actor?id={{id}}"));
        assertTrue(m.path("preview").path("url").asText().contains("{{id}}"));
        assertEquals("/suggest/entity", m.path("suggest").path("entity").path("service_path").asText());
    }

    @Test
    void batchOfArabicAndEnglishNamesInOpenRefineFormat() throws Exception {
        JsonNode r = reconcile("{\"q0\":{\"query\":\"Vladimir Putin\",\"type\":\"Person\",\"type_strict\":\"should\"},"
                + "\"q1\":{\"query\":\"كيم جونغ أون\",\"type\":\"Person\",\"type_strict\":\"should\"},"
                + "\"q2\":{\"query\":\"North Korea\",\"type\":\"State\",\"type_strict\":\"should\"}}");
        assertTop(r, "q0", "wd/Q7747", true);
        assertTop(r, "q1", "wd/Q56226", true);
        assertTop(r, "q2", "wd/Q423", true);
        assertEquals("كيم جونغ أون", r.path("q1").path("result").get(0).path("name").asText(), "an Arabic query gets the Arabic name");
    }

    static void assertTop(JsonNode r, String key, String id, boolean match) {
        JsonNode top = r.path(key).path("result").get(0);
        assertEquals(id, top.path("id").asText(), r.toString());
        assertEquals(match, top.path("match").asBoolean(), top.toString());
        int score = top.path("score").asInt();
        assertTrue(score >= 0 && score <= 100, "score " + score);
    }

    @Test
    void misspellingFindsTheActorWithoutClaimingAMatch() throws Exception {
        JsonNode r = reconcile("{\"q0\":{\"query\":\"Vladimir Puttin\"}}");
        assertTop(r, "q0", "wd/Q7747", false);
        assertTrue(r.path("q0").path("result").get(0).path("score").asInt() < 100);
    }

    @Test
    void latinTransliterationOfAnArabicOnlyNameIsACandidate() throws Exception {
        JsonNode r = reconcile("{\"q0\":{\"query\":\"Nikolai Patrushev\"}}");
        JsonNode top = r.path("q0").path("result").get(0);
        assertEquals("person/arabic-only", top.path("id").asText(), r.toString());
        assertEquals(ServedStore.ARABIC_ONLY_NAME, top.path("name").asText());
        assertFalse(top.path("match").asBoolean());
    }

    @Test
    void contradictingPropertyLowersScoreAndForbidsMatch() throws Exception {
        JsonNode agree = reconcile("{\"q0\":{\"query\":\"Vladimir Putin\",\"properties\":[{\"pid\":\"affiliation\",\"v\":\"Russia\"}]}}");
        assertTop(agree, "q0", "wd/Q7747", true);
        JsonNode disagree = reconcile("{\"q0\":{\"query\":\"Vladimir Putin\",\"properties\":[{\"pid\":\"wikidata\",\"v\":\"Q1\"}]}}");
        JsonNode top = disagree.path("q0").path("result").get(0);
        assertFalse(top.path("match").asBoolean());
        assertEquals(80, top.path("score").asInt());
    }

    @Test
    void typeRestrictsCandidates() throws Exception {
        JsonNode r = reconcile("{\"q0\":{\"query\":\"Russia\",\"type\":\"Person\"}}");
        r.path("q0").path("result").forEach(c -> assertEquals("Person", c.path("type").get(0).path("id").asText()));
    }

    @Test
    void unknownTypeIsAClearError() throws Exception {
        HttpResponse<String> r = get("?queries=" + URLEncoder.encode("{\"q0\":{\"query\":\"x\",\"type\":\"Q5\"}}", StandardCharsets.UTF_8));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("unknown type 'Q5'"), r.body());
    }

    @Test
    void malformedQueriesAreAClearError() throws Exception {
        HttpResponse<String> r = get("?queries=" + URLEncoder.encode("{not json", StandardCharsets.UTF_8));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("not JSON"), r.body());
    }

    @Test
    void suggestCompletesAPrefixInEitherScript() throws Exception {
        JsonNode en = JSON.readTree(get("/suggest/entity?prefix=Vlad").body());
        assertTrue(en.path("result").toString().contains("wd/Q7747"), en.toString());
        JsonNode ar = JSON.readTree(get("/suggest/entity?prefix=" + URLEncoder.encode("بوت", StandardCharsets.UTF_8)).body());
        assertTrue(ar.path("result").toString().contains("wd/Q7747"), ar.toString());
    }

    @Test
    void previewIsEscapedHtml() throws Exception {
        HttpResponse<String> ok = get("/preview?id=wd/Q7747");
        assertEquals(200, ok.statusCode());
        assertTrue(ok.body().contains("Vladimir Putin"));
        HttpResponse<String> hostile = get("/preview?id=person/hostile");
        assertFalse(hostile.body().contains("<script"), hostile.body());
        assertEquals(404, get("/preview?id=wd/Q1").statusCode());
    }

    @Test
    void reconcileAllowsAnyOriginAndAnswersPreflight() throws Exception {
        assertEquals("*", get("", "Origin", "https://openrefine.example").headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        HttpRequest pre = HttpRequest.newBuilder(URI.create(served.base + "/isnad/reconcile"))
                .header("Origin", "https://openrefine.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> r = http.send(pre, HttpResponse.BodyHandlers.ofString());
        assertEquals(204, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }

    /** Regression: CORS is opened on the reconciliation endpoint only, not on the SPARQL endpoint or the pages. */
    @Test
    void otherEndpointsStillGetNoCorsHeader() throws Exception {
        HttpRequest q = HttpRequest.newBuilder(URI.create(served.base + "/isnad/sparql?query=ASK%7B%7D"))
                .header("Origin", "https://openrefine.example").build();
        assertFalse(http.send(q, HttpResponse.BodyHandlers.ofString()).headers().firstValue("Access-Control-Allow-Origin").isPresent());
        HttpRequest p = HttpRequest.newBuilder(URI.create(served.base + "/isnad/page/"))
                .header("Origin", "https://openrefine.example").build();
        assertFalse(http.send(p, HttpResponse.BodyHandlers.ofString()).headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }
}
