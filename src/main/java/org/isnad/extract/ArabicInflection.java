package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Derives the forms of a nisba adjective (روسي → روسية، الروسي، الروسية، الروس…، كوري شمالي →
 * الكوريين الشماليين) so that the gazetteer lists only the base form. Every word of a multi-word
 * adjective takes the same ending and article, as Arabic agreement requires.
 */
final class ArabicInflection {
    /** Feminine, duals, sound plurals, and the indefinite accusative (مصدرا عراقيا). */
    private static final List<String> ENDINGS = List.of("", "ة", "ان", "ين", "ون", "تان", "تين", "ات", "ا");

    private ArabicInflection() {
    }

    static List<String> nisbaForms(String base, String article) {
        String[] words = base.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        for (String ending : ENDINGS) {
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
