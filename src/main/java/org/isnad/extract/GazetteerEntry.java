package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of the offline gazetteer (see {@code data/gazetteer/README.md}): its names in any number
 * of languages, each a label, an alias or (for states) a nationality adjective.
 *
 * @param key          stable key: the Wikidata id, or "type:english label" when unlinked
 * @param wikidataId   "Q…" or null
 * @param labels       every name, in file order
 * @param affiliation  Wikidata id or English label of the state or organisation it belongs to, or null
 */
public record GazetteerEntry(String key, String wikidataId, EntityType type, String subtype, List<Label> labels,
                             String affiliation, String role) {
    /** What a name is to its entry. */
    public enum Kind { LABEL, ALIAS, ADJECTIVE }

    /** One name: "ar", LABEL, "روسيا". */
    public record Label(String language, Kind kind, String text) {
    }

    public GazetteerEntry {
        labels = List.copyOf(labels);
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
        return labels.stream().filter(l -> l.kind() != Kind.ADJECTIVE).map(Label::text).toList();
    }

    public String label(String language) {
        List<String> l = names(language, Kind.LABEL);
        return l.isEmpty() ? null : l.get(0);
    }

    public String labelEn() {
        return label("en");
    }

    public String labelAr() {
        return label("ar");
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
