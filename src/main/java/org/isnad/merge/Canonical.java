package org.isnad.merge;

import org.apache.jena.graph.Node;
import org.isnad.rdf.Vocab;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The node that stands for an entity across documents, as the events graph records it: the entity's
 * own IRI unless merging wrote an isnad:canonicalEntity for it; where a name has several (namesakes),
 * the one derived from the document at hand. Read after {@link EntityStage} has written its part.
 */
final class Canonical {
    private record Key(Node document, Node entity) {
    }

    private final Facts facts;
    private final Map<Key, Node> memo = new HashMap<>();

    Canonical(Facts facts) {
        this.facts = facts;
    }

    Node of(Node document, Node entity) {
        return memo.computeIfAbsent(new Key(document, entity), k -> lookup(document, entity));
    }

    private Node lookup(Node document, Node entity) {
        List<Node> candidates = facts.all(Facts.EVENTS, entity, Vocab.canonicalEntity.asNode());
        for (Node c : candidates) {
            if (facts.contains(Facts.EVENTS, c, Facts.DERIVED, document)) {
                return c;
            }
        }
        return entity;
    }

    /** Forget what was read: the entity stage has just rewritten some of it. */
    void clear() {
        memo.clear();
    }
}
