package org.isnad.merge;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What stored documents say, remembered from one write transaction to the next. A document's graph
 * does not change while it is stored, so what merging read from it stays true until the document is
 * replaced or a write is undone; then everything is forgotten (both are rare). Without it each batch
 * read again every document of every name, event and claim it touches, and ingest slowed down as the
 * store grew. Bounded: past {@link #LIMIT} entities it starts again empty.
 */
final class DocumentMemory {
    static final int LIMIT = 400_000;

    record Key(Node document, Node node) {
    }

    final Map<Node, Facts.Document> documents = new HashMap<>();
    final Map<Key, Optional<Facts.Entity>> entities = new HashMap<>();
    /** Where each node is typed, sorted by document IRI; kept up to date as documents are added. */
    final Map<Node, List<Node>> documentsOf = new HashMap<>();
    final Map<Key, Optional<Occurrence>> occurrences = new HashMap<>();
    private final Map<Node, Set<Node>> contexts = new HashMap<>();
    /** The reader of the transaction under way, for what is read on demand (see {@link Occurrence#context}). */
    private Facts current;

    void use(Facts facts) {
        current = facts;
    }

    /** The linked entities a document names: who else is in its story. */
    Set<Node> context(Node doc) {
        return contexts.computeIfAbsent(doc, d -> current.linkedEntities(d));
    }

    /** Documents a transaction has just added: the names they describe occur in one more document. */
    void added(Map<Node, Graph> graphs) {
        if (keepWithinLimit()) {
            return;
        }
        graphs.forEach((doc, g) -> g.find(Node.ANY, Facts.TYPE, Node.ANY).forEachRemaining(t -> {
            List<Node> docs = documentsOf.get(t.getSubject());
            if (docs != null && !docs.contains(doc)) {
                docs.add(doc);
                docs.sort(Facts.BY_IRI);
            }
        }));
    }

    /** Starts again empty once past {@link #LIMIT} entities; true when it did. */
    boolean keepWithinLimit() {
        if (entities.size() <= LIMIT) {
            return false;
        }
        forget();
        return true;
    }

    void forget() {
        documents.clear();
        entities.clear();
        documentsOf.clear();
        occurrences.clear();
        contexts.clear();
    }
}
