package org.isnad.cli;

import org.isnad.testutil.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help, usage errors and parameter binding. */
class UsageTest {
    static final String INJECTION = "x\" } ; DROP ALL #";

    @TempDir
    static Path db;
    @TempDir
    static Path scratch;

    @BeforeAll
    static void ingest() {
        Cli.ingestSeed(db);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "extract", "query", "export", "serve", "validate", "help"})
    void helpOnEverySubcommandPrintsUsage(String sub) {
        Cli.Result r = Cli.ok(sub, "--help");
        assertTrue(r.out().contains("Usage:") && r.out().contains(sub), r.describe());
    }

    @Test
    void topLevelHelpListsSubcommandsAndExitCodes() {
        Cli.Result r = Cli.ok("--help");
        for (String sub : List.of("ingest", "extract", "query", "export", "serve", "validate")) {
            assertTrue(r.out().contains(sub), sub + " missing from\n" + r.out());
        }
        assertTrue(r.out().contains("Exit codes"), r.out());
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result r = Cli.run();
        assertEquals(2, r.code(), r.describe());
        assertTrue(r.err().contains("command is required"), r.describe());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Result r = Cli.run("query", "--db", db, "--no-such-option", "meetings");
        assertEquals(2, r.code(), r.describe());
        assertTrue(r.err().contains("--no-such-option"), r.describe());
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        Cli.Result r = Cli.run("frobnicate");
        assertEquals(2, r.code(), r.describe());
    }

    @Test
    void badFormatValueIsAUsageError() {
        Cli.Result r = Cli.run("query", "--db", db, "--format", "xml", "meetings");
        assertEquals(2, r.code(), r.describe());
    }

    @Test
    void batchBelowOneIsAUsageError() {
        Cli.Result r = Cli.run("ingest", "--db", db, "--batch", "0", Cli.SEEDS);
        assertEquals(2, r.code(), r.describe());
    }

    @Test
    void unknownQueryNameListsTheBundledQueries() {
        Cli.Result r = Cli.run("query", "--db", db, "no-such-query");
        assertEquals(2, r.code(), r.describe());
        for (String name : List.of("meetings", "claims", "claims-by", "actors", "sources", "mentions")) {
            assertTrue(r.err().contains(name), name + " not listed\n" + r.describe());
        }
    }

    /** Every name the CLI advertises as a bundled query (in its error message and help) must run. */
    @Test
    void everyAdvertisedBundledQueryExists() {
        Cli.Result r = Cli.run("query", "--db", db, "no-such-query");
        Matcher m = Pattern.compile("\\(bundled: (.*)\\)").matcher(r.err());
        assertTrue(m.find(), r.describe());
        List<String> failing = new ArrayList<>();
        for (String entry : m.group(1).split(",\\s*")) {
            String name = entry.replaceAll("\\s*\\(.*", "").strip();
            List<Object> args = new ArrayList<>(List.of("query", "--db", db));
            if (name.equals("claims-by")) {
                args.addAll(List.of("--param", "actor=Q7747"));
            }
            args.add(name);
            Cli.Result q = Cli.run(args.toArray());
            if (q.code() != 0) {
                failing.add(name + " (exit " + q.code() + ": " + q.err().strip() + ")");
            }
        }
        assertTrue(failing.isEmpty(), "advertised bundled queries that do not run: " + failing);
    }

    @Test
    void syntacticallyBadQueryFileIsAUsageError() throws Exception {
        Path bad = Cli.queryFile(scratch, "bad.rq", "SELECT ?s WHERE { ?s ?p ");
        Cli.Result r = Cli.run("query", "--db", db, bad);
        assertEquals(2, r.code(), r.describe());
        assertTrue(r.err().contains("does not parse"), r.describe());
        assertFalse(r.err().contains("\tat "), r.describe());
    }

    @Test
    void badParameterNameIsAUsageError() {
        Cli.Result r = Cli.run("query", "--db", db, "--param", "not a var=1", "meetings");
        assertEquals(2, r.code(), r.describe());
    }

    @Test
    void unreadableLiteralParameterIsAUsageError() {
        Cli.Result r = Cli.run("query", "--db", db, "--param", "actor=\"unterminated", "claims-by");
        assertEquals(2, r.code(), r.describe());
    }

    @Test
    void dbThatIsAFileIsAStoreError() throws Exception {
        Path file = Files.writeString(scratch.resolve("not-a-store"), "hello");
        Cli.Result r = Cli.run("query", "--db", file, "meetings");
        assertEquals(3, r.code(), r.describe());
        assertTrue(r.err().contains("is a file"), r.describe());
    }

    @Test
    void injectionInParameterRunsAsPlainLiteralWithNoRows() {
        Cli.Result r = Cli.ok("query", "--db", db, "--format", "json", "--param", "actor=" + INJECTION, "claims-by");
        assertEquals(List.of(), Cli.rows(r.out()));
    }

    @Test
    void injectionInParameterLeavesStoreUnchanged() {
        long before = Cli.quadCount(db, scratch);
        Cli.ok("query", "--db", db, "--param", "actor=" + INJECTION, "claims-by");
        assertEquals(before, Cli.quadCount(db, scratch));
    }

    @Test
    void injectionInParameterIsBoundVerbatim() {
        Path echo = Cli.queryFile(scratch, "echo.rq", "SELECT ?echo WHERE { BIND(STR(?v) AS ?echo) }");
        List<Map<String, String>> rows = Cli.select(db, echo.toString(), "--param", "v=" + INJECTION);
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(INJECTION, rows.get(0).get("echo"));
    }

    @Test
    void wikidataIdParameterIsBoundAsIri() {
        Path echo = Cli.queryFile(scratch, "isiri.rq", "SELECT ?iri WHERE { BIND(isIRI(?v) AS ?iri) }");
        assertEquals("true", Cli.select(db, echo.toString(), "--param", "v=Q7747").get(0).get("iri"));
    }

    @Test
    void updateRequestAsQueryFileIsRefused() {
        long before = Cli.quadCount(db, scratch);
        Path upd = Cli.queryFile(scratch, "drop.rq", "DROP ALL");
        Cli.Result r = Cli.run("query", "--db", db, upd);
        assertEquals(2, r.code(), r.describe());
        assertEquals(before, Cli.quadCount(db, scratch));
    }
}
