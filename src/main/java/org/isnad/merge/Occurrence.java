package org.isnad.merge;

import org.apache.jena.graph.Node;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One unlinked entity as one document names it: the unit entity merging works on, since one name
 * (one IRI) may stand for two people in two documents.
 *
 * @param labels  its names in that document (any script)
 * @param state   the state it belongs to there (through its affiliation), or null when the text gives none
 * @param context the linked entities its document names (who else is in the story), read only when a
 *                name must be told between namesakes by it
 */
record Occurrence(Node document, Node node, Node type, List<String> labels, Node state, Supplier<Set<Node>> context) {
    @Override
    public boolean equals(Object o) {
        return o instanceof Occurrence x && x.document.equals(document) && x.node.equals(node);
    }

    @Override
    public int hashCode() {
        return 31 * document.hashCode() + node.hashCode();
    }

    @Override
    public String toString() {
        return labels.isEmpty() ? node.getLocalName() : labels.get(0);
    }
}
