package org.isnad.cli;

import org.isnad.testutil.Cli;
import org.isnad.testutil.Jvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Regressions of the command-line stumbles in issues 12 and 13, each one behaviour. */
class CliFixesTest {
    @TempDir
    Path db;
    @TempDir
    Path dir;

    @Test
    void serveOnAPortOutOfRangeIsAUsageError() {
        Cli.Result r = Cli.run("serve", "--db", db, "--port", "99999");
        assertEquals(2, r.code(), r.describe());
        assertTrue(r.err().contains("0 to 65535") && !r.err().contains("Exception"), r.describe());
    }

    @Test
    void serveOnAnotherMachinesAddressWithoutCredentialsIsAUsageError() {
        Cli.ingestSeed(db);
        Cli.Result r = Cli.run("serve", "--db", db, "--host", "0.0.0.0", "--port", "0");
        assertEquals(2, r.code(), r.describe());
        assertTrue(r.err().contains("--password-file"), r.describe());
    }

    @Test
    void mistypedDbIsAnErrorForEveryCommandButIngestAndCreatesNothing() {
        Path typo = dir.resolve("tbd2");
        for (List<Object> command : List.<List<Object>>of(List.of("query", "meetings"), List.of("export"),
                List.of("validate"), List.of("link"), List.of("merge"), List.of("compact"), List.of("stats"),
                List.of("serve", "--port", "0"))) {
            List<Object> args = new java.util.ArrayList<>(List.of(command.get(0), "--db", typo));
            args.addAll(command.subList(1, command.size()));
            Cli.Result r = Cli.run(args.toArray());
            assertEquals(3, r.code(), command + "\n" + r.describe());
            assertTrue(r.err().contains("no store at " + typo), command + "\n" + r.describe());
            assertFalse(Files.exists(typo), command + " created " + typo);
        }
    }

    @Test
    void aFolderThatIsNotAStoreIsAnError() throws Exception {
        Files.writeString(db.resolve("notes.txt"), "my notes");
        Cli.Result r = Cli.run("query", "--db", db, "meetings");
        assertEquals(3, r.code(), r.describe());
        assertTrue(r.err().contains("not an Isnad store"), r.describe());
    }

    @Test
    void queryTextOnTheCommandLine() {
        Cli.ingestSeed(db);
        Cli.Result r = Cli.ok("query", "--db", db, "--format", "csv", "-e",
                "SELECT (COUNT(*) AS ?n) WHERE { ?m a <https://w3id.org/isnad/ns#Meeting> }");
        assertTrue(r.out().startsWith("n\r\n") && Integer.parseInt(r.out().split("\r\n")[1]) >= 1, r.describe());
    }

    @Test
    void queryAndExpressionTogetherIsAUsageError() {
        Cli.Result r = Cli.run("query", "--db", db, "-e", "ASK {}", "meetings");
        assertEquals(2, r.code(), r.describe());
    }

    @Test
    void missingDeclaredParamIsAnErrorNamingIt() {
        Cli.ingestSeed(db);
        Cli.Result r = Cli.run("query", "--db", db, "claims-by");
        assertEquals(2, r.code(), r.describe());
        assertTrue(r.err().contains("--param actor="), r.describe());
    }

    @Test
    void misspelledParamIsAnErrorNamingTheParameters() {
        Cli.ingestSeed(db);
        Cli.Result r = Cli.run("query", "--db", db, "--param", "actr=Q7747", "claims-by");
        assertEquals(2, r.code(), r.describe());
        assertTrue(r.err().contains("no parameter ?actr") && r.err().contains("takes actor"), r.describe());
    }

    @Test
    void paramNamingNoVariableOfAUserQueryIsAnError() {
        Cli.ingestSeed(db);
        Cli.Result r = Cli.run("query", "--db", db, "--param", "who=Q7747", "-e", "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1");
        assertEquals(2, r.code(), r.describe());
        assertTrue(r.err().contains("?who") && r.err().contains("s, p, o"), r.describe());
    }

    @Test
    void serviceIsRefusedOnTheCommandLineAsOnTheServer() {
        Cli.ingestSeed(db);
        Cli.Result r = Cli.run("query", "--db", db, "-e", "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }");
        assertEquals(2, r.code(), r.describe());
        assertTrue(r.err().contains("SERVICE") && r.err().contains("refused"), r.describe());
    }

    @Test
    void terminalControlCharactersInDocumentsAreEscapedInOutput() throws Exception {
        Path f = Files.writeString(dir.resolve("esc.json"),
                "{\"text\": \"Vladimir Putin met Kim Jong Un in Vladivostok.\\u001b]0;pwned\\u0007\\u001b[2J\", \"title\": \"t\\u001b[31m\"}");
        Cli.ok("ingest", "--db", db, f);
        Cli.Result r = Cli.ok("query", "--db", db, "-e",
                "SELECT ?t WHERE { ?d <https://w3id.org/isnad/ns#text> ?t }");
        assertFalse(r.out().contains("\u001b") || r.out().contains("\u0007"), "raw control characters in output");
        assertTrue(r.out().contains("\\u001B[2J"), r.out());
    }

    @Test
    void terminalControlCharactersInFileNamesAreEscapedInErrors() throws Exception {
        Path f = Files.writeString(dir.resolve("bad\u001b[2J.txt"), "");
        Cli.Result r = Cli.run("ingest", "--db", db, f);
        assertEquals(1, r.code(), r.describe());
        assertFalse(r.err().contains("\u001b"), "raw ESC on stderr");
        assertTrue(r.err().contains("bad\\u001B[2J.txt"), r.describe());
    }

    @Test
    void exportRefusesToWriteOverAFolder() throws Exception {
        Cli.ingestSeed(db);
        Path folder = Files.createDirectories(dir.resolve("out.ttl"));
        Cli.Result r = Cli.run("export", "--db", db, "-o", folder);
        assertEquals(2, r.code(), r.describe());
        assertTrue(Files.isDirectory(folder) && r.err().contains("a folder"), r.describe());
    }

    @Test
    @Timeout(120)
    void exportRefusesToWriteIntoANamedPipe() throws Exception {
        Cli.ingestSeed(db);
        Path pipe = dir.resolve("out.nq");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0);
        Cli.Result r = Cli.run("export", "--db", db, "--format", "nquads", "-o", pipe);
        assertEquals(2, r.code(), r.describe());
        assertTrue(r.err().contains("not a regular file"), r.describe());
    }

    @Test
    void exportedFileFollowsTheUmaskAndLeavesNoTemporaryFile() throws Exception {
        Cli.ingestSeed(db);
        Path out = dir.resolve("store.nq");
        Cli.ok("export", "--db", db, "--format", "nquads", "-o", out);
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(out);
        Path probe = Files.createFile(dir.resolve("probe"));
        assertEquals(Files.getPosixFilePermissions(probe), perms, "an exported file gets the permissions of any new file");
        try (var files = Files.list(dir)) {
            assertEquals(List.of("probe", "store.nq"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void exportOverAnExistingFileKeepsItsPermissions() throws Exception {
        Cli.ingestSeed(db);
        Path out = Files.writeString(dir.resolve("store.ttl"), "old");
        Files.setPosixFilePermissions(out, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ));
        Cli.ok("export", "--db", db, "-o", out);
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ),
                Files.getPosixFilePermissions(out));
        assertTrue(Files.size(out) > 1000);
    }

    @Test
    void exportToStandardOutputIsTheWholeStore() throws Exception {
        Cli.ingestSeed(db);
        Cli.Result r = Cli.ok("export", "--db", db, "--format", "nquads");
        org.apache.jena.sparql.core.DatasetGraph parsed = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        org.apache.jena.riot.RDFParser.fromString(r.out(), org.apache.jena.riot.Lang.NQUADS).parse(parsed);
        assertEquals(Cli.quadCount(db, dir), parsed.stream().count());
    }

    /**
     * Damage past the open check: TDB2 logged it and left variables unbound, so the query "succeeded"
     * with wrong rows (exit 0). The last document's terms are the last in the node table and sort last,
     * beyond the quads the open check samples.
     */
    @Test
    void damageFoundWhileAnsweringExits3() throws Exception {
        Cli.ingestSeed(db);
        for (String a : List.of("01_saudi_iran_beijing", "02_erdogan_tamim_ankara", "04_macron_algeria")) {
            Cli.ok("ingest", "--db", db, Path.of("src/test/resources/articles/" + a + ".txt"));
        }
        assertTrue(Cli.quadCount(db, dir) > 3000, "enough quads that the open check does not reach the last document");
        Path nodes = db.resolve("Data-0001/nodes-data.obj");
        try (RandomAccessFile f = new RandomAccessFile(nodes.toFile(), "rw")) {
            f.seek(f.length() - 400);
            f.write(new byte[200]);
            for (int i = 0; i < 200; i++) {
                f.seek(f.length() - 400 + i);
                f.write(0xFF);
            }
        }
        Cli.Result r = Jvm.run(List.of("-Xmx256m"), "query", "--db", db, "--format", "csv", "-e",
                "SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(3, r.code(), r.describe().substring(0, Math.min(3000, r.describe().length())));
        assertTrue(r.err().contains("damaged") && !r.err().contains("\tat "), r.err());
        assertFalse(r.err().contains("cannot be opened"), "caught by the open check, not while answering: " + r.err());
    }
}
