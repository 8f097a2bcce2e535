package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of the offline gazetteer (see {@code data/gazetteer/README.md}): its names in any number
 * of languages, each a label, an alias or (for states) a nationality adjective.
 *
 * Its key is the Wikidata id, or "Type:English label" when unlinked; its labels every name in file
 * order; its affiliation the Wikidata id or English label of the state or organisation it belongs to.
 */
public final class GazetteerEntry {
    /** What a name is to its entry. */
    public enum Kind { LABEL, ALIAS, ADJECTIVE }

    /** One name: its language ("ar"), its kind, its text as written. */
    public record Label(String language, Kind kind, String text) {
    }

    private final String key;
    private final String wikidataId;
    private final EntityType type;
    private final String subtype;
    private final List<Label> labels;
    private final String affiliation;
    private final String role;
    // Read for every match and every affiliation look-up: worked out once, not per call.
    private final String labelEn;
    private final String labelAr;
    private final List<String> allNames;

    public GazetteerEntry(String key, String wikidataId, EntityType type, String subtype, List<Label> labels,
                          String affiliation, String role) {
        this.key = key;
        this.wikidataId = wikidataId;
        this.type = type;
        this.subtype = subtype;
        this.labels = List.copyOf(labels);
        this.affiliation = affiliation;
        this.role = role;
        this.labelEn = first("en");
        this.labelAr = first("ar");
        this.allNames = this.labels.stream().filter(l -> l.kind() != Kind.ADJECTIVE).map(Label::text).toList();
    }

    private String first(String language) {
        List<String> l = names(language, Kind.LABEL);
        return l.isEmpty() ? null : l.get(0);
    }

    public String key() {
        return key;
    }

    public String wikidataId() {
        return wikidataId;
    }

    public EntityType type() {
        return type;
    }

    public String subtype() {
        return subtype;
    }

    public List<Label> labels() {
        return labels;
    }

    public String affiliation() {
        return affiliation;
    }

    public String role() {
        return role;
    }

    /** This entry with more names (from a long-form labels file). */
    GazetteerEntry with(List<Label> more) {
        List<Label> all = new ArrayList<>(labels);
        more.stream().filter(l -> !all.contains(l)).forEach(all::add);
        return new GazetteerEntry(key, wikidataId, type, subtype, all, affiliation, role);
    }

    /** Names of a kind in a language, in file order. */
    public List<String> names(String language, Kind kind) {
        return labels.stream().filter(l -> l.language().equals(language) && l.kind() == kind).map(Label::text).toList();
    }

    /** Every label and alias, whatever its language: what a text may call the entity. */
    public List<String> allNames() {
        return allNames;
    }

    public String label(String language) {
        return language.equals("en") ? labelEn : language.equals("ar") ? labelAr : first(language);
    }

    public String labelEn() {
        return labelEn;
    }

    public String labelAr() {
        return labelAr;
    }

    public List<String> aliasesAr() {
        return names("ar", Kind.ALIAS);
    }

    public List<String> aliasesEn() {
        return names("en", Kind.ALIAS);
    }

    public boolean isOutlet() {
        return subtype != null && subtype.startsWith("news");
    }

    public boolean isCapital() {
        return "capital".equals(subtype);
    }
}
