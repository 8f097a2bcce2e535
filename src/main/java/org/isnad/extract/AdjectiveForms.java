package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Derives the inflected forms of a nationality adjective from its base form and the language's endings
 * (lexicon/adjective-endings.tsv), with and without the article, so that the gazetteer lists only the
 * base form. Every word of a multi-word adjective takes the same ending and article, as agreement requires.
 */
final class AdjectiveForms {
    private AdjectiveForms() {
    }

    /** @param endings the endings, "" for the bare form; @param article the article, or null */
    static List<String> of(String base, List<String> endings, String article) {
        String[] words = base.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        for (String ending : endings) {
            for (boolean definite : new boolean[]{false, true}) {
                if (definite && article == null) {
                    continue;
                }
                StringBuilder form = new StringBuilder();
                for (String w : words) {
                    if (form.length() > 0) {
                        form.append(' ');
                    }
                    if (definite) {
                        form.append(article);
                    }
                    form.append(w).append(ending);
                }
                out.add(form.toString());
            }
        }
        return out;
    }
}
