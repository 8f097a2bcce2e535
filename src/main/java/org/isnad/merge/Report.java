package org.isnad.merge;

import org.apache.jena.graph.Node;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * One document's account of an event (its isnad:Meeting, isnad:Agreement… node), as merging compares it.
 *
 * @param participants the canonical nodes of everyone it names as taking part
 * @param parties      the sides compared across reports: a head of state or government stands for his state
 * @param places       canonical nodes of where it is held
 * @param placeStates  the states those places are in
 * @param names        a label for every participant, party and place, for explanations
 * @param sentences    its evidence sentences, folded: reports that share one are one wire reprinted
 * @param source       whom it goes back to: the outlet a claim about it came through, else the publisher
 */
record Report(Node iri, Node document, String type, String status, String mode, String date, TimeWindow window,
              Set<Node> participants, Set<Node> parties, Set<Node> places, Set<Node> placeStates,
              Map<Node, String> names, LocalDate published, String language, Set<String> sentences, String source)
        implements Sources.Sourced {

    /** Order of the timeline: by publication (undated last), then by IRI so that ties always fall the same way. */
    static int chronological(Report a, Report b) {
        return Sources.chronological(a.published, a.iri, b.published, b.iri);
    }

    String name(Node n) {
        return names.getOrDefault(n, n.isURI() ? n.getLocalName() : n.toString());
    }
}
