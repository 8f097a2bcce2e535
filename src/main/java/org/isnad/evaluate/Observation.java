package org.isnad.evaluate;

import java.util.List;
import java.util.Set;

/**
 * What an extraction says, seen as the shared scorer sees it through SPARQL: nodes by IRI, in the
 * order the store first returns them (the scorer's matching is greedy, so order can change which
 * extracted meeting or claim is paired with which gold one), with spans as code-point offsets.
 */
public record Observation(List<Entity> entities, List<Meeting> meetings, List<Claim> claims) {
    public Observation {
        entities = List.copyOf(entities);
        meetings = List.copyOf(meetings);
        claims = List.copyOf(claims);
    }

    /** A [begin, end) span in code points. */
    public record Span(int begin, int end) {
    }

    /**
     * @param types local names of the node's classes among Person, Organization, State, Place
     * @param qids  the Wikidata ids of its owl:sameAs
     */
    public record Entity(String iri, Set<String> types, Set<String> qids, Set<Span> mentions) {
        public Entity {
            types = Set.copyOf(types);
            qids = Set.copyOf(qids);
            mentions = Set.copyOf(mentions);
        }
    }

    /** @param statuses lower-case local names of isnad:status (one, unless the graph says more) */
    public record Meeting(String iri, Set<String> participants, Set<String> statuses, Set<Span> evidence) {
        public Meeting {
            participants = Set.copyOf(participants);
            statuses = Set.copyOf(statuses);
            evidence = Set.copyOf(evidence);
        }
    }

    public record Claim(String iri, Set<String> claimants, Set<String> stances, Set<Span> evidence, Set<String> vias) {
        public Claim {
            claimants = Set.copyOf(claimants);
            stances = Set.copyOf(stances);
            evidence = Set.copyOf(evidence);
            vias = Set.copyOf(vias);
        }
    }
}
