package org.isnad.merge;

import org.apache.jena.graph.Node;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * One document's claim, as merging compares it with the claims of other documents.
 *
 * @param claimantKeys who said it, as merging compares them: a canonical entity, or for an unnamed source
 *                     its kind, affiliation and channel ("a US official, via CBS")
 * @param claimants    canonical nodes of the named claimants
 * @param words        content words, folded, for comparing wordings in one language
 * @param about        canonical entities and events (across documents) it concerns
 * @param aboutReports the event reports of its own document it concerns
 */
record ClaimReport(Node iri, Node document, String stance, Set<String> claimantKeys, Set<Node> claimants,
                   Node via, String content, String language, Set<String> words, Set<Node> about,
                   Set<Node> aboutReports, Map<Node, String> names, LocalDate published, Set<String> sentences,
                   String source) implements Sources.Sourced {

    static int chronological(ClaimReport a, ClaimReport b) {
        return Sources.chronological(a.published, a.iri, b.published, b.iri);
    }

    String name(Node n) {
        return names.getOrDefault(n, n.isURI() ? n.getLocalName() : n.toString());
    }
}
