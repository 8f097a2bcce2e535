package org.isnad.extract;

import org.isnad.text.Fold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The entities of one document while they are being found: one node per real-world entity. */
final class EntityRegistry {
    /** An entity under construction. */
    static final class Node {
        final String id;
        final String key;
        final EntityType type;
        final GazetteerEntry entry;
        String subtype;
        String labelAr;
        String labelEn;
        String role;
        Node affiliation;
        boolean anonymous;
        final TreeSet<Mention> mentions = new TreeSet<>();

        Node(String id, String key, EntityType type, GazetteerEntry entry) {
            this.id = id;
            this.key = key;
            this.type = type;
            this.entry = entry;
        }

        String wikidataId() {
            return entry == null ? null : entry.wikidataId();
        }

        boolean isOutlet() {
            return subtype != null && subtype.startsWith("news");
        }

        boolean isCapital() {
            return entry != null && entry.isCapital();
        }

        /** The actor this mention stands for: a capital named as a government (mūskw nft) is its state. */
        Node asActor() {
            return isCapital() && affiliation != null ? affiliation : this;
        }

        boolean isActor() {
            return type.isActor();
        }

        @Override
        public String toString() {
            return id + "(" + (labelAr != null ? labelAr : labelEn) + ")";
        }
    }

    private final LanguagePack pack;
    private final Map<String, Node> byKey = new LinkedHashMap<>();
    private int anonymousCount;

    EntityRegistry(LanguagePack pack) {
        this.pack = pack;
    }

    Node forEntry(GazetteerEntry e) {
        Node existing = byKey.get("gaz:" + e.key());
        if (existing != null) {
            return existing;
        }
        Node n = create("gaz:" + e.key(), e.type(), e);
        n.subtype = e.subtype();
        n.labelAr = e.labelAr();
        n.labelEn = e.labelEn();
        n.role = e.role();
        if (e.affiliation() != null && !e.affiliation().equals(e.key())) {
            GazetteerEntry a = pack.entry(e.affiliation());
            if (a != null) {
                n.affiliation = forEntry(a);
            }
        }
        return n;
    }

    /** An entity found by a rule, not in the gazetteer: one node per type and name. */
    Node forName(EntityType type, String label) {
        String key = type.label() + ":" + Fold.skeleton(Fold.fold(label).replace(" ", ""));
        Node existing = byKey.get(key);
        if (existing != null) {
            return existing;
        }
        Node n = create(key, type, null);
        if (isLatin(label)) {
            n.labelEn = label;
        } else {
            n.labelAr = label;
        }
        return n;
    }

    Node anonymous(String label, boolean person) {
        Node n = create("anon:" + (++anonymousCount), EntityType.SOURCE, null);
        n.anonymous = true;
        n.labelAr = isLatin(label) ? null : label;
        n.labelEn = isLatin(label) ? label : null;
        n.subtype = person ? "person" : "source";
        return n;
    }

    private Node create(String key, EntityType type, GazetteerEntry entry) {
        Node n = new Node("e" + (byKey.size() + 1), key, type, entry);
        byKey.put(key, n);
        return n;
    }

    List<Node> nodes() {
        return new ArrayList<>(byKey.values());
    }

    List<Entity> build() {
        List<Entity> out = new ArrayList<>();
        for (Node n : byKey.values()) {
            out.add(new Entity(n.id, n.type, n.subtype, n.labelAr, n.labelEn, n.wikidataId(),
                    new ArrayList<>(n.mentions), n.role, n.affiliation == null ? null : n.affiliation.id, n.anonymous));
        }
        return out;
    }

    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return s.charAt(i) < 0x0250;
            }
        }
        return false;
    }
}
