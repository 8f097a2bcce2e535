package org.isnad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.isnad.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code isnad export --format nquads --split N}: shards of N quads and a manifest, for bulk loaders. */
class SplitExportTest {
    @TempDir
    Path db;
    @TempDir
    Path out;

    @BeforeEach
    void store() {
        Cli.ok("ingest", "--db", db, Cli.SEEDS, Cli.INPUTS.resolve("good_en.txt"));
    }

    @Test
    void theShardsTogetherAreTheWholeExportAndTheManifestListsThem() throws Exception {
        Path whole = out.resolve("whole.nq");
        Cli.ok("export", "--db", db, "--format", "nquads", "-o", whole);
        Path dir = out.resolve("shards");
        Cli.ok("export", "--db", db, "--format", "nquads", "--split", "500", "-o", dir);

        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(whole.toString());
        DatasetGraph together = DatasetGraphFactory.create();
        long total = 0;
        int files = 0;
        for (JsonNode s : manifest.path("shards")) {
            Path f = dir.resolve(s.path("file").asText());
            byte[] bytes = Files.readAllBytes(f);
            assertEquals(s.path("bytes").asLong(), bytes.length, f + " size");
            assertEquals(s.path("sha256").asText(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            DatasetGraph part = RDFDataMgr.loadDatasetGraph(f.toString());
            long n = part.stream().count();
            assertEquals(s.path("quads").asLong(), n, f + " quads");
            assertTrue(n <= 500, f + " holds " + n + " quads");
            part.find().forEachRemaining(together::add);
            total += n;
            files++;
        }
        long expectedQuads = expected.stream().count();
        assertEquals(expectedQuads, total, "no quad is lost or repeated across shards");
        assertEquals(expectedQuads, manifest.path("quads").asLong());
        assertEquals((expectedQuads + 499) / 500, files);
        assertEquals(files + 1, Files.list(dir).count(), "the shards and the manifest, nothing else");
        assertEquals(expectedQuads, together.stream().count());
        expected.find().forEachRemaining(q -> assertTrue(together.contains(q), () -> "missing " + q));
    }

    @Test
    void splitNeedsNQuadsAndAnEmptyFolder() throws Exception {
        Cli.Result turtle = Cli.run("export", "--db", db, "--format", "turtle", "--split", "10", "-o", out.resolve("a"));
        assertEquals(2, turtle.code(), turtle.describe());
        assertTrue(turtle.err().contains("--format nquads"), turtle.err());

        Files.writeString(out.resolve("old.nq"), "");
        Cli.Result notEmpty = Cli.run("export", "--db", db, "--format", "nquads", "--split", "10", "-o", out);
        assertEquals(2, notEmpty.code(), notEmpty.describe());
        assertTrue(notEmpty.err().contains("not empty"), notEmpty.err());

        Cli.Result noDir = Cli.run("export", "--db", db, "--format", "nquads", "--split", "10");
        assertEquals(2, noDir.code(), noDir.describe());
    }
}
