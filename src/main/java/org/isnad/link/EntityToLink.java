package org.isnad.link;

import org.isnad.extract.EntityType;

import java.util.Map;
import java.util.Set;

/**
 * An entity of the store that has no Wikidata link yet.
 *
 * @param labels  language ("ar", "en") to the labels the documents gave it
 * @param context Q-ids of the countries around it: its affiliation and the states named in its documents
 */
public record EntityToLink(String iri, EntityType type, Map<String, Set<String>> labels, Set<String> context) {
    public String label() {
        for (String lang : new String[] {"en", "ar"}) {
            Set<String> l = labels.get(lang);
            if (l != null && !l.isEmpty()) {
                return l.iterator().next();
            }
        }
        return labels.values().stream().flatMap(Set::stream).findFirst().orElse(iri);
    }
}
