package org.isnad.serve;

import org.isnad.store.IsnadStore;
import org.isnad.testutil.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded Fuseki over real HTTP: read-only, no CORS by default, no SERVICE calls. */
class FusekiServeTest {
    static final String PUTIN_QUERY = "SELECT ?p WHERE { ?p <http://www.w3.org/2002/07/owl#sameAs> "
            + "<http://www.wikidata.org/entity/Q7747> }";

    @TempDir
    static Path db;
    static IsnadStore store;
    static SparqlServer server;
    static String base;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        Cli.ingestSeed(db);
        store = IsnadStore.open(db);
        server = SparqlServer.start(store.dataset(), "127.0.0.1", 0, 10, List.of());
        base = "http://127.0.0.1:" + server.port() + SparqlServer.DATASET;
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static String form(String key, String value) {
        return key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpRequest request = b.build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException staleConnection) {
            // The client may reuse a kept-alive connection the server has just closed (after refusing an
            // earlier request unread); as a browser does, send a query once more on a new one.
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private static HttpResponse<String> query(String sparql, String... headers) throws Exception {
        String[] h = new String[headers.length + 2];
        h[0] = "Accept";
        h[1] = "application/sparql-results+json";
        System.arraycopy(headers, 0, h, 2, headers.length);
        return post("/sparql", form("query", sparql), h);
    }

    @Test
    void queryOverHttpFindsPutin() throws Exception {
        HttpResponse<String> r = query(PUTIN_QUERY);
        assertEquals(200, r.statusCode(), r.body());
        List<java.util.Map<String, String>> rows = Cli.rows(r.body());
        assertEquals(List.of("https://w3id.org/isnad/id/wd/Q7747"), rows.stream().map(m -> m.get("p")).distinct().toList());
    }

    @Test
    void queryEndpointSeesTheUnionOfDocumentGraphs() throws Exception {
        HttpResponse<String> r = query("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/isnad/ns#Meeting> }");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(Integer.parseInt(Cli.rows(r.body()).get(0).get("n")) >= 1, r.body());
    }

    @Test
    void updateOnSparqlEndpointIsRefused() throws Exception {
        long before = store.size();
        HttpResponse<String> r = post("/sparql", form("update",
                "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"injected\" } }"));
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        assertEquals(before, store.size());
    }

    @Test
    void updateEndpointDoesNotExist() throws Exception {
        long before = store.size();
        HttpResponse<String> r = post("/update", form("update",
                "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"injected\" } }"));
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        assertEquals(before, store.size());
    }

    @Test
    void updateSentAsRawSparqlUpdateBodyIsRefused() throws Exception {
        long before = store.size();
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        assertEquals(before, store.size());
    }

    @Test
    void graphStorePutIsRefused() throws Exception {
        long before = store.size();
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/get?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> .")).build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        assertEquals(before, store.size());
    }

    private static HttpResponse<String> getTurtle(String pathAndQuery) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .header("Accept", "text/turtle").GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static org.apache.jena.rdf.model.Model parseTurtle(String body) {
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(body, org.apache.jena.riot.Lang.TURTLE).parse(m);
        return m;
    }

    @Test
    void graphStoreGetDefaultReturnsTurtle() throws Exception {
        HttpResponse<String> r = getTurtle("/get?default");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), r.headers().toString());
        parseTurtle(r.body());
    }

    /** serve --help documents ?graph=union as the graph of all documents. */
    @Test
    void graphStoreGetUnionServesEveryDocument() throws Exception {
        HttpResponse<String> r = getTurtle("/get?graph=union");
        org.apache.jena.rdf.model.Model m = parseTurtle(r.body());
        assertTrue(m.contains(m.createResource("https://w3id.org/isnad/id/wd/Q7747"), null),
                "GET /isnad/get?graph=union has " + m.size() + " triples and no Putin");
    }

    @Test
    void graphStoreGetOfOneDocumentGraphReturnsItsTriples() throws Exception {
        String doc = Cli.rows(query("SELECT ?d WHERE { ?d a <https://w3id.org/isnad/ns#Document> }").body()).get(0).get("d");
        HttpResponse<String> r = getTurtle("/get?graph=" + URLEncoder.encode(doc, StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        org.apache.jena.rdf.model.Model m = parseTurtle(r.body());
        assertEquals(store.graphSize(doc), m.size());
    }

    @Test
    void foreignOriginGetsNoCorsHeader() throws Exception {
        HttpResponse<String> r = query(PUTIN_QUERY, "Origin", "https://evil.example");
        assertFalse(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
    }

    @Test
    void corsPreflightFromForeignOriginIsNotAllowed() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/sparql"))
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertFalse(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
    }

    @Test
    void serviceClauseIsRefused() throws Exception {
        HttpResponse<String> r = query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }");
        assertFalse(r.statusCode() >= 200 && r.statusCode() < 300, "SERVICE query answered " + r.statusCode() + ": " + r.body());
    }

    @Test
    void serviceSilentDoesNotCallOut() throws Exception {
        // SILENT would hide a refusal as an empty result: either way, no row may come from elsewhere.
        HttpResponse<String> r = query("SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:1/sparql> { ?s ?p ?o } }");
        if (r.statusCode() == 200) {
            assertTrue(Cli.rows(r.body()).stream().allMatch(java.util.Map::isEmpty), r.body());
        }
    }
}
