package org.isnad.cli;

import org.isnad.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store written by ingest conforms to the bundled SHACL shapes. */
class ValidateTest {
    @TempDir
    Path db;

    @Test
    void seedStoreConformsToShapes() {
        Cli.ingestSeed(db);
        Cli.Result r = Cli.run("validate", "--db", db);
        assertEquals(0, r.code(), "SHACL violations:\n" + r.describe());
        assertTrue(r.out().startsWith("conforms:"), r.describe());
    }

    @Test
    void validateChecksEveryTripleOfTheStore(@TempDir Path scratch) {
        Cli.ingestSeed(db);
        Cli.Result r = Cli.ok("validate", "--db", db);
        Matcher m = Pattern.compile("conforms: (\\d+) triples").matcher(r.out());
        assertTrue(m.find(), r.out());
        long triples = Long.parseLong(Cli.select(db, Cli.queryFile(scratch, "n.rq",
                "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }").toString())
                .get(0).get("n"));
        assertEquals(triples, Long.parseLong(m.group(1)));
    }

    @Test
    void storeOfSeveralDocumentsConforms(@TempDir Path articles) throws Exception {
        // The evaluation articles' .txt files only: their .gold.json files are annotations, not documents.
        try (var files = java.nio.file.Files.list(Path.of("src/test/resources/articles"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                java.nio.file.Files.copy(f, articles.resolve(f.getFileName()));
            }
        }
        Cli.ok("ingest", "--db", db, Cli.SEEDS, Cli.INPUTS.resolve("good_en.txt"),
                Cli.INPUTS.resolve("replace_v1.json"), articles);
        Cli.Result r = Cli.run("validate", "--db", db);
        assertEquals(0, r.code(), "SHACL violations:\n" + r.describe());
    }

    /** Regression (issue 12): an empty store says so instead of "conforms". */
    @Test
    void emptyStoreSaysItIsEmpty() {
        Cli.run("ingest", "--db", db, Cli.INPUTS.resolve("notes.md")); // creates the store, stores nothing
        Cli.Result r = Cli.run("validate", "--db", db);
        assertEquals(0, r.code(), r.describe());
        assertTrue(r.out().contains("the store is empty"), r.describe());
    }
}
