package org.isnad.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fuseki's query UI on serve: at /, read-only, with Isnad's queries and prefixes; UTF-8 declared on text. */
class QueryUiTest {
    static ServedStore served;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        served = ServedStore.start();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(served.base + path));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void rootServesTheFusekiUi() throws Exception {
        HttpResponse<String> r = get("/", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Fuseki"), r.body());
        assertTrue(contentType(r).toLowerCase().contains("charset=utf-8"), contentType(r));
    }

    @Test
    void serverDescriptionListsTheIsnadDataset() throws Exception {
        HttpResponse<String> r = get("/$/server", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"/isnad\""), r.body());
    }

    @Test
    void queryPageOffersEveryBundledQueryAndTheIsnadPrefix() throws Exception {
        String index = get("/static/" + entryScript(), null).body();
        Matcher m = Pattern.compile("Query-[A-Za-z0-9_-]+\\.js").matcher(index);
        assertTrue(m.find(), "no query page in the UI's entry script");
        String page = get("/static/" + m.group(), null).body();
        for (String name : org.isnad.serve.ui.QueryUi.bundledQueries().keySet()) {
            assertTrue(page.contains("\"text\":\"" + name + "\""), "example query " + name + " missing");
        }
        assertTrue(page.contains("{\"text\":\"isnad\",\"uri\":\"https://w3id.org/isnad/ns#\"}")
                || page.contains("{\"uri\":\"https://w3id.org/isnad/ns#\",\"text\":\"isnad\"}"), "isnad prefix missing");
        assertTrue(org.isnad.serve.ui.QueryUi.bundledQueries().size() >= 8);
    }

    private static String entryScript() throws Exception {
        Matcher m = Pattern.compile("static/(index-[A-Za-z0-9_-]+\\.js)").matcher(get("/", null).body());
        assertTrue(m.find());
        return m.group(1);
    }

    @Test
    void datasetsCannotBeCreatedFromTheUi() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(served.base + "/$/datasets"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("dbName=evil&dbType=mem")).build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() >= 400, "status " + r.statusCode());
        assertFalse(get("/$/server", null).body().contains("evil"));
    }

    /** Regression: Turtle from /isnad/get came without a charset and browsers garbled its Arabic. */
    @Test
    void graphStoreTurtleDeclaresUtf8() throws Exception {
        HttpResponse<String> r = get("/isnad/get?graph=union", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).toLowerCase().replace(" ", "").contains("charset=utf-8"), contentType(r));
        assertTrue(r.body().contains("كيم جونغ أون"));
    }

    @Test
    void sparqlJsonResultsDeclareUtf8() throws Exception {
        HttpResponse<String> r = get("/isnad/sparql?query=" + java.net.URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).toLowerCase().replace(" ", "").contains("charset=utf-8"), contentType(r));
    }
}
