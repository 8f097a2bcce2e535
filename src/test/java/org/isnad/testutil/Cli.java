package org.isnad.testutil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.isnad.cli.IsnadCli;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs the CLI in-process with its output captured through the CommandLine's writers. */
public final class Cli {
    public static final Path SEEDS = Path.of("seeds");
    public static final Path SEED = SEEDS.resolve("000_91e09f6812842d2b.txt");
    public static final Path INPUTS = Path.of("src/test/resources/inputs");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Cli() {
    }

    /** Exit code and everything written to out and err. */
    public record Result(int code, String out, String err) {
        public String describe() {
            return "exit " + code + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }

    public static Result run(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = IsnadCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        String[] a = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = String.valueOf(args[i]);
        }
        int code = cl.execute(a);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs and asserts exit code 0. */
    public static Result ok(Object... args) {
        Result r = run(args);
        assertEquals(0, r.code(), () -> "expected exit 0 for " + List.of(args) + "\n" + r.describe());
        return r;
    }

    /** Runs a SELECT query with --format json and returns its rows as variable -> lexical value. */
    public static List<Map<String, String>> select(Path db, String query, String... extra) {
        List<Object> args = new ArrayList<>(List.of("query", "--db", db, "--format", "json"));
        args.addAll(List.of(extra));
        args.add(query);
        Result r = ok(args.toArray());
        return rows(r.out());
    }

    public static List<Map<String, String>> rows(String sparqlJson) {
        try {
            JsonNode root = JSON.readTree(sparqlJson);
            List<Map<String, String>> rows = new ArrayList<>();
            for (JsonNode b : root.path("results").path("bindings")) {
                Map<String, String> row = new LinkedHashMap<>();
                b.fields().forEachRemaining(f -> row.put(f.getKey(), f.getValue().path("value").asText()));
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("not SPARQL results JSON:\n" + sparqlJson, e);
        }
    }

    /** Writes a query file into dir and returns its path. */
    public static Path queryFile(Path dir, String name, String sparql) {
        try {
            Path f = dir.resolve(name);
            Files.writeString(f, sparql, StandardCharsets.UTF_8);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final String PREFIXES = """
            PREFIX isnad: <https://w3id.org/isnad/ns#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <https://schema.org/>
            """;

    /** Number of quads across all named graphs. */
    public static long quadCount(Path db, Path scratch) {
        Path q = queryFile(scratch, "count-quads.rq", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        return Long.parseLong(select(db, q.toString()).get(0).get("n"));
    }

    /** Every stored document with its text and (optional) URL. */
    public static List<Map<String, String>> documents(Path db, Path scratch) {
        Path q = queryFile(scratch, "documents.rq", PREFIXES
                + "SELECT ?doc ?text ?url WHERE { ?doc a isnad:Document ; isnad:text ?text . OPTIONAL { ?doc schema:url ?url } }");
        return select(db, q.toString());
    }

    /** Ingests the seed into db and returns the result (asserting exit 0). */
    public static Result ingestSeed(Path db) {
        return ok("ingest", "--db", db, SEEDS);
    }
}
