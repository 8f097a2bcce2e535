package org.isnad.merge;

import org.apache.jena.graph.Node;
import org.isnad.text.Fold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Independent sources. Each report goes back to a source: the outlet its claim came through when the
 * text names one (a paper citing CBS goes back to CBS), else its publisher. Reports that share a
 * sentence word for word are one text reprinted (an agency's wire in several papers): they all go back
 * to the source of the earliest of them. Sources are then counted by name, once each.
 */
final class Sources {
    /** A report with what tells its source. */
    interface Sourced {
        Node iri();

        LocalDate published();

        Set<String> sentences();

        String source();
    }

    /** A sentence shorter than this is too common ("The two leaders met.") to prove a reprint. */
    static final int REPRINT_MIN_CHARS = 40;

    private Sources() {
    }

    static int chronological(LocalDate pa, Node a, LocalDate pb, Node b) {
        if (pa != null && pb != null && !pa.equals(pb)) {
            return pa.compareTo(pb);
        }
        if (pa == null && pb != null) {
            return 1;
        }
        if (pa != null && pb == null) {
            return -1;
        }
        return a.toString().compareTo(b.toString());
    }

    /** The root source of every report, by report IRI. */
    static Map<Node, String> roots(List<? extends Sourced> reports) {
        List<Sourced> ordered = new ArrayList<>(reports);
        ordered.sort((a, b) -> chronological(a.published(), a.iri(), b.published(), b.iri()));
        Map<String, Integer> firstWithSentence = new HashMap<>();
        int[] group = new int[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            group[i] = i;
            for (String s : ordered.get(i).sentences()) {
                Integer earlier = firstWithSentence.putIfAbsent(s, i);
                if (earlier != null) {
                    Groups.union(group, earlier, i);
                }
            }
        }
        Map<Node, String> out = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            out.put(ordered.get(i).iri(), ordered.get(Groups.find(group, i)).source());
        }
        return out;
    }

    static int independent(Map<Node, String> roots) {
        Set<String> keys = new HashSet<>();
        roots.values().forEach(r -> keys.add(key(r)));
        return keys.size();
    }

    static String key(String source) {
        return Fold.fold(source).strip().replaceAll("\\s+", " ");
    }

    /** A sentence as compared for reprints: folded, spaces collapsed; null when too short to tell. */
    static String sentenceKey(String sentence) {
        String k = Fold.fold(sentence).strip().replaceAll("\\s+", " ");
        return k.length() >= REPRINT_MIN_CHARS ? k : null;
    }
}
