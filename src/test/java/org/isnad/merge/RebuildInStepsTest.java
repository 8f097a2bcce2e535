package org.isnad.merge;

import org.isnad.store.IsnadStore;
import org.isnad.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code isnad merge} merges the stored documents a step at a time, as ingest's batches do; the events
 * graph must be the one ingest gives, however small the steps.
 */
class RebuildInStepsTest {
    @Test
    void smallStepsGiveTheEventsGraphOfIngest(@TempDir Path ingested, @TempDir Path rebuilt) throws Exception {
        Cli.ok("ingest", "-q", "--db", ingested, "--published", "2023-09-05", Cli.SEED, CrossDocSet.ARTICLES);
        Cli.ok("ingest", "-q", "--db", rebuilt, "--no-merge", "--published", "2023-09-05", Cli.SEED, CrossDocSet.ARTICLES);
        try (IsnadStore store = IsnadStore.openExisting(rebuilt)) {
            store.write(dsg -> CrossDocument.standard().rebuild(dsg, 4));
        }
        assertEquals(MergeOrderTest.eventsGraph(ingested), MergeOrderTest.eventsGraph(rebuilt));
    }
}
