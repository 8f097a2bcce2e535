package org.isnad.extract;

import java.util.List;

/**
 * One entry of the offline gazetteer (see {@code data/gazetteer/README.md}).
 *
 * @param key          stable key: the Wikidata id, or "type:english label" when unlinked
 * @param wikidataId   "Q…" or null
 * @param affiliation  Wikidata id or English label of the state or organisation it belongs to, or null
 */
public record GazetteerEntry(String key, String wikidataId, EntityType type, String subtype, String labelEn,
                             String labelAr, List<String> aliasesAr, List<String> aliasesEn,
                             List<String> adjectivesAr, String affiliation, String role) {
    public GazetteerEntry {
        aliasesAr = List.copyOf(aliasesAr);
        aliasesEn = List.copyOf(aliasesEn);
        adjectivesAr = List.copyOf(adjectivesAr);
    }

    public boolean isOutlet() {
        return subtype != null && subtype.startsWith("news");
    }

    public boolean isCapital() {
        return "capital".equals(subtype);
    }
}
