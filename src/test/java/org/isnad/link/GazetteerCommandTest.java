package org.isnad.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.QueryFactory;
import org.isnad.testutil.Cli;
import org.isnad.testutil.WikidataStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code isnad gazetteer list} and {@code isnad gazetteer build}. */
class GazetteerCommandTest {
    static final Path ARTICLE = Path.of("src/test/resources/wikidata/safi_article.txt");

    @TempDir
    Path tmp;

    @Test
    void listShowsIdsTypesLabelsAndAliases() {
        String tsv = Cli.ok("gazetteer", "list", "--type", "Person").out();
        List<String> lines = tsv.lines().toList();
        assertEquals("id\ttype\tlabel_ar\tlabel_en\taliases_ar\taliases_en", lines.get(0));
        assertTrue(lines.contains("Q7747\tPerson\tفلاديمير بوتين\tVladimir Putin\tبوتين|فلاديمير فلاديميروفيتش بوتين\tPutin|Vladimir Vladimirovich Putin"),
                tsv.substring(0, 400));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.split("\t")[1].equals("Person")));
    }

    @Test
    void listAsJsonIncludesExtraFiles() throws Exception {
        Path extra = tmp.resolve("extra.tsv");
        Files.writeString(extra, "Q900201\tPlace\tcity\tNew Town\tالمدينة الجديدة\t-\tNewtown\t-\t-\t-\n");
        JsonNode json = new ObjectMapper().readTree(Cli.ok("gazetteer", "list", "--format", "json", "--type", "Place",
                "--gazetteer", extra).out());
        JsonNode mine = null;
        for (JsonNode e : json) {
            assertEquals("Place", e.get("type").asText());
            if ("Q900201".equals(e.get("id").asText())) {
                mine = e;
            }
        }
        assertTrue(mine != null, "the extra file's entry is listed");
        assertEquals("المدينة الجديدة", mine.get("labels").get("ar").asText());
        assertEquals("Newtown", mine.get("aliases").get("en").get(0).asText());
    }

    @Test
    void everyBuildQueryIsValidSparql() {
        for (GazetteerClass c : GazetteerClass.values()) {
            QueryFactory.create(c.query());
        }
    }

    @Test
    void aBuiltGazetteerIsUsedByTheExtractor() throws Exception {
        Path db = tmp.resolve("db");
        Path before = tmp.resolve("db-before");
        Path file = tmp.resolve("heads.tsv");
        try (WikidataStub stub = new WikidataStub().sparql("wikidata/sparql_heads.json")) {
            Cli.Result r = Cli.ok("gazetteer", "build", "--endpoint", stub.endpoint(), "--class", "heads",
                    "-o", file, "--cache", tmp.resolve("cache"));
            assertTrue(r.out().contains("2 heads written"), r::describe);
            WikidataStub.Request q = stub.requests().get(0);
            assertEquals("application/sparql-results+json", q.accept());
            assertTrue(q.params().get("query").contains("wdt:P35"), "the heads query asks for heads of state");
        }
        List<String> rows = Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of(
                "Q900101\tPerson\thead-of-government\tNabil al-Safi\tنبيل الصافي\tالصافي\tNabil Safi|al-Safi\t-\tQ79\tHead of government of Egypt",
                "Q900102\tPerson\thead-of-state\tSalma Haddad\tسلمى حداد\t-\t-\t-\tQ822\tHead of state of Lebanon"), rows,
                "10 columns; the item without an Arabic label is left out");

        Cli.ok("ingest", "--db", before, ARTICLE);
        Cli.ok("ingest", "--db", db, "--gazetteer", file, ARTICLE);
        String q = Cli.queryFile(tmp, "safi.rq", Cli.PREFIXES + "PREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
                + "SELECT ?e ?wd WHERE { ?e a isnad:Person ; rdfs:label \"نبيل الصافي\"@ar . OPTIONAL { ?e owl:sameAs ?wd } }").toString();
        List<Map<String, String>> without = Cli.select(before, q);
        assertEquals(1, without.size());
        assertFalse(without.get(0).containsKey("wd"), "not known without the built gazetteer");
        List<Map<String, String>> with = Cli.select(db, q);
        assertEquals(List.of(Map.of("e", "https://w3id.org/isnad/id/wd/Q900101", "wd", "http://www.wikidata.org/entity/Q900101")), with);
    }

    @Test
    void buildAgainstAnUnreachableEndpointWritesNothing() {
        Path file = tmp.resolve("x.tsv");
        Cli.Result r = Cli.run("gazetteer", "build", "--endpoint", "http://127.0.0.1:1/sparql", "-o", file,
                "--cache", tmp.resolve("cache"));
        assertEquals(4, r.code(), r::describe);
        assertTrue(r.err().contains("cannot reach"), r::describe);
        assertFalse(Files.exists(file));
    }
}
