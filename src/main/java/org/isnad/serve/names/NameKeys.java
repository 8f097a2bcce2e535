package org.isnad.serve.names;

import org.isnad.text.Fold;
import org.isnad.text.TextData;

import java.text.Normalizer;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * How a name is compared: its normal form (script folding, punctuation as spaces), its words, and
 * its cross-script sound key (data/text/name-keys.tsv), which lets a Latin spelling find an Arabic one
 * ("Kirby", "Lavrov" and their Arabic spellings share a key).
 */
public final class NameKeys {
    private static final char[] CLASS = new char[Character.MAX_VALUE + 1];
    private static final char[] VOWEL = new char[Character.MAX_VALUE + 1];
    private static final List<String> ARTICLES = new ArrayList<>();
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    static {
        for (String[] row : rows()) {
            switch (row[0]) {
                case "class" -> row[1].chars().forEach(c -> CLASS[c] = row[2].charAt(0));
                case "vowel" -> row[1].chars().forEach(c -> VOWEL[c] = row[2].charAt(0));
                case "article" -> ARTICLES.add(Fold.fold(row[1]));
                default -> throw new IllegalStateException("data/text/name-keys.tsv: unknown row " + row[0]);
            }
        }
    }

    private NameKeys() {
    }

    /** Folded, lower-cased, every run of non-letters and non-digits one space, trimmed. */
    public static String normal(String name) {
        // Latin accents go too (Erdoğan, Erdogan); Arabic marks were already dropped by folding.
        String folded = ACCENTS.matcher(Normalizer.normalize(Fold.fold(name), Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int n = out.length();
        return (n > 0 && out.charAt(n - 1) == ' ') ? out.substring(0, n - 1) : out.toString();
    }

    /** The normal form without spaces: "Kim Jong-un" and "Kim Jong Un" meet here. */
    public static String compact(String normal) {
        return normal.replace(" ", "");
    }

    public static List<String> words(String normal) {
        return normal.isEmpty() ? List.of() : List.of(normal.split(" "));
    }

    /** The sound key of a normalised name: one key per word (articles dropped), space-separated. */
    public static String key(String normal) {
        return key(normal, false);
    }

    /** The sound key with vowels written: ranks the names that share a {@link #key}. */
    public static String fineKey(String normal) {
        return key(normal, true);
    }

    private static String key(String normal, boolean vowels) {
        StringBuilder out = new StringBuilder();
        for (String w : words(normal)) {
            if (ARTICLES.contains(w)) {
                continue;
            }
            String k = wordKey(withoutArticle(w), vowels);
            if (!k.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(k);
            }
        }
        return out.toString();
    }

    static String withoutArticle(String word) {
        for (String a : ARTICLES) {
            if (word.length() > a.length() + 2 && word.startsWith(a)) {
                return word.substring(a.length());
            }
        }
        return word;
    }

    static String wordKey(String word, boolean vowels) {
        StringBuilder out = new StringBuilder(word.length());
        char last = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char k = Character.isDigit(c) ? c : CLASS[c] != 0 ? CLASS[c] : vowels ? VOWEL[c] : 0;
            if (k != 0 && k != last) {
                out.append(k);
            }
            if (k != 0) {
                last = k;
            }
        }
        return out.toString();
    }

    /** Similarity of two strings, 0 to 1: one minus their edit distance over the longer length. */
    public static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1.0 : 1.0 - (double) editDistance(a, b) / max;
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static List<String[]> rows() {
        return TextData.table("isnad/data/text/name-keys.tsv");
    }
}
