package org.isnad.merge;

import org.apache.jena.graph.Node;

import java.util.List;
import java.util.Set;

/**
 * One unlinked entity as one document names it: the unit entity merging works on, since one name
 * (one IRI) may stand for two people in two documents.
 *
 * @param labels  its names in that document (any script)
 * @param state   the state it belongs to there (through its affiliation), or null when the text gives none
 * @param context the linked entities its document names: who else is in the story
 */
record Occurrence(Node document, Node node, Node type, List<String> labels, Node state, Set<Node> context) {
    @Override
    public String toString() {
        return labels.isEmpty() ? node.getLocalName() : labels.get(0);
    }
}
