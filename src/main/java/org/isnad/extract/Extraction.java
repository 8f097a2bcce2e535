package org.isnad.extract;

import org.isnad.read.SourceDocument;

import java.util.List;

/** Everything extracted from one document. Plain data: the rdf stage maps it to triples. */
public record Extraction(SourceDocument document, String language, List<Entity> entities, List<Meeting> meetings,
                         List<Claim> claims, List<Event> events, List<Explanation> explanations) {
    public Extraction {
        entities = List.copyOf(entities);
        meetings = List.copyOf(meetings);
        claims = List.copyOf(claims);
        events = List.copyOf(events);
        explanations = List.copyOf(explanations);
    }

    public Entity entity(String id) {
        for (Entity e : entities) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no entity " + id);
    }
}
