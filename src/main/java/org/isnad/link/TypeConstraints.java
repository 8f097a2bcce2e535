package org.isnad.link;

import org.isnad.extract.EntityType;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which Wikidata classes (P31 values) fit each kind of entity. A candidate fits only when one of its
 * P31 values is listed: a ship, a film or a family name that happens to share the name is out.
 * There is no subclass reasoning, so the lists name the classes Wikidata uses directly.
 */
final class TypeConstraints {
    private static final Map<EntityType, Set<String>> ALLOWED = Map.of(
            EntityType.PERSON, Set.of("Q5"),                                    // human
            EntityType.STATE, Set.of("Q3624078", "Q6256", "Q7275"),             // sovereign state, country, state
            EntityType.ORGANIZATION, Set.of(
                    "Q43229",      // organization
                    "Q484652",     // international organization
                    "Q245065",     // intergovernmental organization
                    "Q192283",     // news agency
                    "Q11032",      // newspaper
                    "Q15265344",   // broadcaster
                    "Q1616075",    // television station
                    "Q327333",     // government agency
                    "Q7278",       // political party
                    "Q4830453",    // business
                    "Q783794",     // company
                    "Q163740"),    // nonprofit organization
            EntityType.PLACE, Set.of("Q515", "Q1549591", "Q5119", "Q486972")); // city, big city, capital, human settlement

    private TypeConstraints() {
    }

    static boolean fits(EntityType type, List<String> instanceOf) {
        Set<String> allowed = ALLOWED.getOrDefault(type, Set.of());
        return instanceOf.stream().anyMatch(allowed::contains);
    }

    /** The property that says which country a candidate belongs to: citizenship for people, country otherwise. */
    static String countryProperty(EntityType type) {
        return type == EntityType.PERSON ? WikidataItem.CITIZENSHIP : WikidataItem.COUNTRY;
    }
}
