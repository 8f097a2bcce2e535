package org.isnad.link;

import org.isnad.testutil.Cli;
import org.isnad.testutil.WikidataStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code isnad link} end to end, against a loopback stand-in for Wikidata that replays recorded
 * answers: a small article is ingested, then its unlinked entities are linked.
 */
class LinkCommandTest {
    static final Path ARTICLE = Path.of("src/test/resources/wikidata/kirby_article.txt");
    static final String KIRBY = "جون كيربي";
    static final String WD_GRAPH = "https://w3id.org/isnad/graph/wikidata";

    @TempDir
    Path tmp;
    Path db;
    Path cache;
    WikidataStub stub;

    @BeforeEach
    void ingest() {
        db = tmp.resolve("db");
        cache = tmp.resolve("cache");
        Cli.ok("ingest", "--db", db, ARTICLE);
        stub = new WikidataStub().search(KIRBY, "wikidata/search_kirby_ar.json");
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private Cli.Result link(Object... extra) {
        List<Object> args = new java.util.ArrayList<>(List.of("link", "--db", db, "--online", "--api", stub.api(),
                "--cache", cache, "--timeout", "5"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray());
    }

    private List<Map<String, String>> select(String sparql) {
        return Cli.select(db, Cli.queryFile(tmp, "q.rq", Cli.PREFIXES
                + "PREFIX owl: <http://www.w3.org/2002/07/owl#>\n" + sparql).toString());
    }

    private String kirbyIri() {
        List<Map<String, String>> rows = select("SELECT ?e WHERE { ?e a isnad:Person ; rdfs:label \"" + KIRBY + "\"@ar }");
        assertEquals(1, rows.size(), rows::toString);
        return rows.get(0).get("e");
    }

    /** Triples per document graph (every graph but the link graph). */
    private Map<String, String> documentGraphSizes() {
        return select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <" + WD_GRAPH + ">) } GROUP BY ?g")
                .stream().collect(Collectors.toMap(r -> r.get("g"), r -> r.get("n"), (a, b) -> a, TreeMap::new));
    }

    @Test
    void linksAPersonOutsideTheGazetteerAndLeavesDocumentGraphsAlone() {
        Map<String, String> before = documentGraphSizes();
        Cli.Result r = link();
        assertEquals(0, r.code(), r::describe);
        assertTrue(r.out().contains("-> Q900001"), r::describe);
        String kirby = kirbyIri();

        List<Map<String, String>> sameAs = select("SELECT ?wd WHERE { GRAPH <" + WD_GRAPH + "> { <" + kirby + "> owl:sameAs ?wd } }");
        assertEquals(List.of(Map.of("wd", "http://www.wikidata.org/entity/Q900001")), sameAs);
        assertEquals(before, documentGraphSizes(), "document graphs must say only what the documents said");

        // The requests were polite: our User-Agent, maxlag on every API call, one search per label.
        assertTrue(stub.requests().stream().allMatch(q -> q.userAgent().startsWith("Isnad/0.1 (https://w3id.org/isnad")));
        assertTrue(stub.requests().stream().allMatch(q -> "5".equals(q.params().get("maxlag"))));
        assertTrue(stub.requests().stream().anyMatch(q -> KIRBY.equals(q.params().get("search"))
                && "ar".equals(q.params().get("language")) && "item".equals(q.params().get("type"))
                && "10".equals(q.params().get("limit"))));
    }

    @Test
    void aNamesakeOfTheWrongTypeIsRejected() {
        assertEquals(0, link().code());
        List<Map<String, String>> ship = select("SELECT ?score ?accepted WHERE { <" + kirbyIri() + "> isnad:candidate ?c . "
                + "?c isnad:candidateEntity <http://www.wikidata.org/entity/Q900002> ; isnad:score ?score ; isnad:accepted ?accepted }");
        assertEquals(1, ship.size(), ship::toString);
        assertEquals(0.0, Double.parseDouble(ship.get(0).get("score")));
        assertEquals("false", ship.get(0).get("accepted"));
    }

    @Test
    void enrichmentAddsLabelsAffiliationAndPositionInTheLinkGraph() {
        assertEquals(0, link().code());
        String k = "<" + kirbyIri() + ">";
        List<Map<String, String>> rows = select("SELECT ?label ?aff ?affLabel ?class ?position ?role WHERE { GRAPH <" + WD_GRAPH + "> {"
                + k + " rdfs:label ?label ; isnad:affiliation ?aff ; isnad:instanceOf ?class ; isnad:positionHeld ?position ; isnad:role ?role ."
                + " ?aff rdfs:label ?affLabel . FILTER(LANG(?label) = 'en' && LANG(?affLabel) = 'en') } }");
        assertEquals(1, rows.size(), rows::toString);
        Map<String, String> row = rows.get(0);
        assertEquals("John Kirby", row.get("label"));
        assertEquals("https://w3id.org/isnad/id/wd/Q30", row.get("aff"), "the same node the extractor uses for the United States");
        assertEquals("United States", row.get("affLabel"));
        assertEquals("http://www.wikidata.org/entity/Q5", row.get("class"));
        assertEquals("http://www.wikidata.org/entity/Q900010", row.get("position"));
        assertEquals("National Security Council spokesperson", row.get("role"));
        assertEquals(0, Cli.run("validate", "--db", db).code(), "the store still conforms to the shapes");
    }

    @Test
    void aCloseCallIsLeftUnlinkedButListedForReview() {
        stub.entities("wikidata/entities_close_call.json"); // the namesake is American too: no context separates them
        Cli.Result r = link();
        assertEquals(0, r.code(), r::describe);
        assertTrue(select("SELECT ?x WHERE { <" + kirbyIri() + "> owl:sameAs ?x }").isEmpty(), "a guess is not a link");

        List<Map<String, String>> review = Cli.select(db, "link-review", "--lang", "ar"); // labels in Arabic, as KIRBY is
        List<Map<String, String>> kirby = review.stream().filter(m -> KIRBY.equals(m.get("label"))).toList();
        assertEquals(3, kirby.size(), review::toString);
        assertEquals(1.0, Double.parseDouble(kirby.get(0).get("score")));
        assertEquals(1.0, Double.parseDouble(kirby.get(1).get("score")), "a tie: no margin");
        assertTrue(kirby.stream().allMatch(m -> m.get("accepted").equals("false")));
    }

    @Test
    void anEmptySearchResultLeavesTheEntityUnlinked() {
        assertEquals(0, link().code());
        // The National Security Council is not in the gazetteer and the stub finds nothing for it.
        List<Map<String, String>> nsc = select("SELECT ?e ?link ?c WHERE { ?e a isnad:Organization ; "
                + "rdfs:label \"United States National Security Council\"@en . OPTIONAL { ?e owl:sameAs ?link } OPTIONAL { ?e isnad:candidate ?c } }");
        assertEquals(1, nsc.size(), nsc::toString);
        assertFalse(nsc.get(0).containsKey("link"));
        assertFalse(nsc.get(0).containsKey("c"));
    }

    @Test
    void aSecondRunAsksNothingAndChangesNothing() {
        assertEquals(0, link().code());
        long quads = Cli.quadCount(db, tmp);
        int requests = stub.requests().size();
        assertTrue(requests > 0);

        Cli.Result again = link();
        assertEquals(0, again.code(), again::describe);
        assertEquals(requests, stub.requests().size(), "every answer must come from the cache");
        assertTrue(again.out().contains("0 request(s)"), again::describe);
        assertEquals(quads, Cli.quadCount(db, tmp));

        // And without --online, from the cache alone, it works too.
        Cli.Result offline = Cli.run("link", "--db", db, "--api", stub.api(), "--cache", cache);
        assertEquals(0, offline.code(), offline::describe);
        assertEquals(requests, stub.requests().size());
    }

    @Test
    void anUnreachableServerIsReportedAndChangesNothing() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        long quads = Cli.quadCount(db, tmp);
        Cli.Result r = Cli.run("link", "--db", db, "--online", "--api", "http://127.0.0.1:" + closedPort + "/w/api.php",
                "--cache", cache);
        assertEquals(4, r.code(), r::describe);
        assertTrue(r.err().contains("cannot reach http://127.0.0.1:" + closedPort) && r.err().contains("offline"), r::describe);
        assertEquals(quads, Cli.quadCount(db, tmp));
    }

    @Test
    void malformedJsonIsAClearErrorAndLosesNothing() throws IOException {
        assertEquals(0, link().code());
        long quads = Cli.quadCount(db, tmp);
        List<Path> cached;
        try (Stream<Path> s = Files.list(cache)) {
            cached = s.toList();
        }

        // A new article brings a new entity to look up; Wikidata's answer to it is cut short.
        Path other = tmp.resolve("other.txt");
        Files.writeString(other, "لقاء في بيروت\nقال المتحدث باسم الخارجية اللبنانية سامر الحلبي إن اللقاء كان مثمرا.\n");
        Cli.ok("ingest", "--db", db, other);
        long afterIngest = Cli.quadCount(db, tmp);
        stub.then(WikidataStub.Scripted.of(200, "{\"searchinfo\":{\"search\":\"سامر"));
        Cli.Result r = link();
        assertEquals(4, r.code(), r::describe);
        assertTrue(r.err().contains("not valid JSON") && r.err().contains("nothing was changed"), r::describe);
        assertEquals(afterIngest, Cli.quadCount(db, tmp), "the earlier links and the new document are all still there");
        assertTrue(afterIngest > quads);
        try (Stream<Path> s = Files.list(cache)) {
            assertEquals(cached.size(), s.count(), "a malformed answer is never cached");
        }
    }

    @Test
    void withoutOnlineOnlyTheCacheIsUsed() {
        Cli.Result r = Cli.run("link", "--db", db, "--api", stub.api(), "--cache", cache);
        assertEquals(4, r.code(), r::describe);
        assertTrue(r.err().contains("--online"), r::describe);
        assertTrue(stub.requests().isEmpty());
    }
}
