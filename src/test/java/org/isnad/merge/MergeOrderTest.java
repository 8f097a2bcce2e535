package org.isnad.merge;

import org.isnad.testutil.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The events graph is a function of the stored documents: the same whatever order they come in and
 * however they are batched, the same after ingesting them again, and the same as a rebuild from nothing.
 */
class MergeOrderTest {
    static final String EVENTS = "https://w3id.org/isnad/graph/events";

    @TempDir
    static Path reference;
    static List<String> expected;

    @BeforeAll
    static void ingestInOneBatch() {
        Cli.ok("ingest", "--db", reference, "--published", "2023-09-05", Cli.SEED, CrossDocSet.ARTICLES);
        expected = eventsGraph(reference);
        assertTrue(expected.size() > 500, "the set should give a sizeable events graph, got " + expected.size());
    }

    @ParameterizedTest(name = "order drawn with seed {0}, batches of {1}")
    @CsvSource({"1, 1", "2, 4"})
    void shuffledOrderGivesTheSameEventsGraph(long seed, int batch, @TempDir Path db) throws IOException {
        List<Object> args = new ArrayList<>(List.of("ingest", "-q", "--db", db, "--published", "2023-09-05",
                "--no-bulk", "--batch", batch));
        args.addAll(shuffled(seed));
        Cli.ok(args.toArray());
        assertEquals(expected, eventsGraph(db));
    }

    @Test
    void ingestingAgainChangesNothing() {
        Cli.Result again = Cli.ok("ingest", "--db", reference, "--published", "2023-09-05", Cli.SEED, CrossDocSet.ARTICLES);
        assertTrue(again.out().contains("0 document(s) stored, 22 unchanged"), again.describe());
        assertEquals(expected, eventsGraph(reference));
    }

    @Test
    void rebuildingFromNothingGivesTheSameEventsGraph(@TempDir Path db) {
        Cli.ok("ingest", "-q", "--db", db, "--no-merge", "--published", "2023-09-05", Cli.SEED, CrossDocSet.ARTICLES);
        Cli.Result none = Cli.run("export", "--db", db, "--format", "nquads", "--graph", EVENTS);
        assertTrue(none.err().contains("has no graph"), "--no-merge wrote an events graph: " + none.describe());
        Cli.Result r = Cli.ok("merge", "--db", db);
        assertTrue(r.out().contains("merged across documents"), r.describe());
        assertEquals(expected, eventsGraph(db));
    }

    /** The seed and every article of the set, in an order drawn from {@code seed}. */
    static List<Path> shuffled(long seed) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Cli.SEED);
        try (Stream<Path> s = Files.list(CrossDocSet.ARTICLES)) {
            s.sorted().forEach(files::add);
        }
        Collections.shuffle(files, new Random(seed));
        return files;
    }

    /** The events graph as sorted N-Quads lines. */
    static List<String> eventsGraph(Path db) {
        String nq = Cli.ok("export", "--db", db, "--format", "nquads", "--graph", EVENTS).out();
        return nq.lines().filter(l -> !l.isBlank()).sorted().toList();
    }
}
