package org.isnad.merge;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.isnad.extract.Extractor;
import org.isnad.rdf.RdfMapper;
import org.isnad.read.DocumentReader;
import org.isnad.read.SourceDocument;
import org.isnad.store.IsnadStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Merging remembers what stored documents say from one batch to the next. A batch whose write is
 * undone must leave nothing behind in that memory: the documents of later batches are merged as if
 * it had never been tried.
 */
class MergeAfterAbortTest {
    static final Extractor EXTRACTOR = Extractor.standard();

    @Test
    void aBatchUndoneLeavesNoTraceInLaterMerges(@TempDir Path tried, @TempDir Path clean) throws Exception {
        List<IsnadStore.DocumentGraph> docs = graphs();
        // Every story of the set has articles in each part, so the undone batch names what the others name.
        List<IsnadStore.DocumentGraph> first = everyThird(docs, 0);
        List<IsnadStore.DocumentGraph> undone = everyThird(docs, 1);
        List<IsnadStore.DocumentGraph> last = everyThird(docs, 2);
        CrossDocument merging = CrossDocument.standard();
        try (IsnadStore store = IsnadStore.open(tried)) {
            store.store(first, merging);
            assertThrows(IllegalStateException.class, () -> store.store(undone, failingAfter(merging)));
            store.store(last, merging);
        }
        try (IsnadStore store = IsnadStore.open(clean)) {
            store.store(first, CrossDocument.standard());
            store.store(last, CrossDocument.standard());
        }
        assertEquals(MergeOrderTest.eventsGraph(clean), MergeOrderTest.eventsGraph(tried));
    }

    private static List<IsnadStore.DocumentGraph> everyThird(List<IsnadStore.DocumentGraph> docs, int from) {
        List<IsnadStore.DocumentGraph> out = new ArrayList<>();
        for (int i = from; i < docs.size(); i += 3) {
            out.add(docs.get(i));
        }
        return out;
    }

    /** Merges, then fails as a commit might: the transaction is undone after merging ran. */
    private static IsnadStore.AfterWrite failingAfter(CrossDocument merging) {
        return new IsnadStore.AfterWrite() {
            @Override
            public void afterWrite(DatasetGraph dsg, Map<Node, Graph> changed) {
                merging.afterWrite(dsg, changed);
                throw new IllegalStateException("the commit failed");
            }

            @Override
            public void afterAbort() {
                merging.afterAbort();
            }
        };
    }

    /** The cross-document set's articles, each as the graph ingest would store. */
    private static List<IsnadStore.DocumentGraph> graphs() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(CrossDocSet.ARTICLES)) {
            files = s.sorted().toList();
        }
        List<IsnadStore.DocumentGraph> out = new ArrayList<>();
        for (Path f : files) {
            List<SourceDocument> read = new ArrayList<>();
            DocumentReader.create().readFile(f, read::add, p -> {
                throw new IllegalStateException(p.getMessage());
            });
            for (SourceDocument d : read) {
                out.add(new IsnadStore.DocumentGraph(RdfMapper.documentIri(d), RdfMapper.toModel(EXTRACTOR.extract(d))));
            }
        }
        return out;
    }
}
