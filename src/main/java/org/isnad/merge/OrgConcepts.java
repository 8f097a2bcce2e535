package org.isnad.merge;

import org.isnad.text.Fold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Organisation names keyed by what they name rather than by their letters (data/merge/name-words.tsv):
 * a foreign ministry is one concept in every language, and which state's it is comes from the state
 * named in it or its affiliation.
 */
final class OrgConcepts {
    static final OrgConcepts STANDARD = new OrgConcepts(MergeData.rows("name-words.tsv"));
    /** Words beside the concept phrase that a name may have (the state's name or adjective). */
    private static final int MAX_OTHER_WORDS = 2;

    private record Phrase(String concept, List<String> words) {
    }

    private final List<Phrase> phrases = new ArrayList<>();
    private final Memo<String, java.util.Optional<String>> memo = new Memo<>();

    OrgConcepts(List<String[]> rows) {
        for (String[] r : rows) {
            for (String p : r[1].split("\\|")) {
                phrases.add(new Phrase(r[0], words(p)));
            }
        }
        phrases.sort(Comparator.comparingInt((Phrase p) -> -p.words().size()));
    }

    /** The concept a name is made of, or null when it is not one of them with at most two words beside. */
    String concept(String name) {
        return memo.get(name, this::find).orElse(null);
    }

    private java.util.Optional<String> find(String name) {
        return java.util.Optional.ofNullable(findConcept(name));
    }

    private String findConcept(String name) {
        List<String> ws = words(name);
        for (Phrase p : phrases) {
            int at = indexOf(ws, p.words());
            if (at >= 0 && ws.size() - p.words().size() <= MAX_OTHER_WORDS) {
                return p.concept();
            }
        }
        return null;
    }

    private static int indexOf(List<String> ws, List<String> phrase) {
        for (int i = 0; i + phrase.size() <= ws.size(); i++) {
            if (ws.subList(i, i + phrase.size()).equals(phrase)) {
                return i;
            }
        }
        return -1;
    }

    /** Folded words, a possessive 's dropped ("Egypt's" is "egypt"). */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : Fold.fold(s).split("[\\s\\-]+")) {
            String x = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
            if (!x.isEmpty()) {
                out.add(x);
            }
        }
        return out;
    }
}
