package org.isnad.extract;

import java.util.List;

/**
 * One real-world entity as found in one document, with every mention of it.
 *
 * @param id          document-local id ("e3"), used by meetings and claims to refer to it
 * @param type        what it is
 * @param subtype     finer class from the gazetteer or the rule that found it (news-outlet, capital…), or null
 * @param labelAr     Arabic label, or null
 * @param labelEn     English label, or null
 * @param wikidataId  "Q…" when linked, else null
 * @param mentions    every occurrence, in text order
 * @param role        role the text gives (English), or null
 * @param affiliation id of the entity (in this extraction) it belongs to, or null
 * @param anonymous   true for an unnamed source
 */
public record Entity(String id, EntityType type, String subtype, String labelAr, String labelEn, String wikidataId,
                     List<Mention> mentions, String role, String affiliation, boolean anonymous) {
    public Entity {
        mentions = List.copyOf(mentions);
    }

    /** The label to show: in Arabic for an Arabic document, else the Latin-script label first. */
    public String label(String language) {
        if ("ar".equals(language)) {
            return labelAr != null ? labelAr : labelEn;
        }
        return labelEn != null ? labelEn : labelAr;
    }
}
