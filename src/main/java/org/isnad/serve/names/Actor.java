package org.isnad.serve.names;

import java.util.List;
import java.util.Set;

/**
 * An entity as the search and the reconciliation service see it: its names from every document
 * (labels, the words each mention used, the gazetteer's aliases) and what identifies it.
 *
 * @param types       Isnad class local names (Person, Organization, State, Place)
 * @param names       every distinct name, as written
 * @param affiliation the affiliated entity's IRI, or null
 * @param affiliationNames labels of the affiliated entity
 */
public record Actor(String iri, Set<String> types, String labelAr, String labelEn, String wikidataId, String role,
                    String affiliation, List<String> affiliationNames, List<String> names, int mentions, int documents) {

    /** The label to show in a language ("ar" or "en"), falling back on the other one and then the IRI. */
    public String label(String language) {
        String first = "ar".equals(language) ? labelAr : labelEn;
        String second = "ar".equals(language) ? labelEn : labelAr;
        return first != null ? first : second != null ? second : iri;
    }

    public boolean isActor() {
        return types.contains("Person") || types.contains("Organization") || types.contains("State");
    }

    /** The first Isnad type that says what it is, for display. */
    public String type() {
        for (String t : List.of("Person", "Organization", "State", "Place")) {
            if (types.contains(t)) {
                return t;
            }
        }
        return "Entity";
    }
}
