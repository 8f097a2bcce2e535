package org.isnad.cli;

import org.isnad.merge.CrossDocument;
import org.isnad.store.IsnadStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code isnad merge}: merges the whole store across documents again, from nothing. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Rebuilds the cross-document graph (https://w3id.org/isnad/graph/events): events with "
                + "every document's report, propositions with every claim, entities merged across names and "
                + "languages, near misses for review. Ingest keeps it up to date by itself; run this after "
                + "'ingest --no-merge', or after changing the merging data.",
                "The result is the same as ingesting the documents one by one, in any order."})
final class MergeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws Exception {
        try (IsnadStore db = IsnadStore.openExisting(store.db)) {
            db.write(CrossDocument.standard()::rebuild);
            long quads = db.graphSize(org.isnad.rdf.Vocab.EVENTS_GRAPH);
            spec.commandLine().getOut().printf("merged across documents: %d triples in %s -> %s%n", quads,
                    org.isnad.rdf.Vocab.EVENTS_GRAPH, store.db);
            spec.commandLine().getOut().flush();
        }
        return IsnadCli.OK;
    }
}
