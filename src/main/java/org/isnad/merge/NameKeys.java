package org.isnad.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keys that let one name meet its other spellings: the same person written in Arabic and in Latin
 * letters, or transliterated two ways, gets one key (data/merge/transliteration.tsv says how).
 * A key is lossy on purpose (Hassan and Hussein share one), so a key match is only a candidate:
 * {@link EntityResolver} decides with affiliations and the other names in the documents.
 */
final class NameKeys {
    static final NameKeys STANDARD = new NameKeys(MergeData.rows("transliteration.tsv"));

    private final Map<Character, Character> classes = new HashMap<>();
    private final Map<String, Character> digraphs = new HashMap<>();
    private final List<String> articles = new ArrayList<>();

    NameKeys(List<String[]> rows) {
        for (String[] r : rows) {
            switch (r[0]) {
                case "class" -> r[2].chars().forEach(c -> classes.put((char) c, r[1].charAt(0)));
                case "digraph" -> digraphs.put(r[1], r[2].charAt(0));
                case "drop" -> { } // letters in no class are dropped anyway; the row documents them
                case "article" -> articles.add(r[1]);
                default -> throw new IllegalStateException("data/merge/transliteration.tsv: unknown row " + r[0]);
            }
        }
    }

    /** The words of a name, lower-cased, split at spaces. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Keys already worked out: merging asks for the same names' keys at every batch that touches them. */
    private final Memo<String, String> keyMemo = new Memo<>();
    private final Memo<String, String> keyWithoutArticlesMemo = new Memo<>();
    private final Memo<String, String> lastWordKeyMemo = new Memo<>();

    /** The key of the whole name, articles kept (al-Burhan meets its Arabic spelling, article written on). */
    String key(String name) {
        return keyMemo.get(name, this::computeKey);
    }

    private String computeKey(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : words(name)) {
            out.append(wordKey(w));
        }
        return out.toString();
    }

    /** The key of the whole name with every article dropped (Sudani meets al-Sudani, in either script). */
    String keyWithoutArticles(String name) {
        return keyWithoutArticlesMemo.get(name, this::computeKeyWithoutArticles);
    }

    private String computeKeyWithoutArticles(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : words(name)) {
            out.append(wordKey(stripArticle(w)));
        }
        return out.toString();
    }

    /** The key of the last word without its article: a surname, for a short name that refers back. */
    String lastWordKey(String name) {
        return lastWordKeyMemo.get(name, this::computeLastWordKey);
    }

    private String computeLastWordKey(String name) {
        List<String> ws = words(name);
        return ws.isEmpty() ? "" : wordKey(stripArticle(ws.get(ws.size() - 1)));
    }

    /**
     * A word without its article: a Latin article stands alone or before a hyphen (al-Sudani, el Sisi);
     * an article in another script is written onto the word.
     */
    String stripArticle(String word) {
        for (String a : articles) {
            if (word.equals(a)) {
                return "";
            }
            if (word.startsWith(a + "-")) {
                return word.substring(a.length() + 1);
            }
            if (!isLatin(a.charAt(0)) && word.startsWith(a) && word.length() - a.length() >= 2) {
                return word.substring(a.length());
            }
        }
        return word;
    }

    String wordKey(String word) {
        StringBuilder out = new StringBuilder();
        char last = 0;
        for (int i = 0; i < word.length(); i++) {
            Character k = null;
            if (i + 1 < word.length()) {
                k = digraphs.get(word.substring(i, i + 2));
                if (k != null) {
                    i++;
                }
            }
            if (k == null) {
                k = classes.get(word.charAt(i));
            }
            if (k != null && k != last) {
                out.append(k.charValue());
            }
            if (k != null) {
                last = k;
            }
        }
        return out.toString();
    }

    /** A key without its H: a Latin h is often silent (John, Sarah) where the Arabic has no letter. */
    static String withoutH(String key) {
        return key.replace("H", "");
    }

    /** Whether a name is written in Latin letters (its first letter decides). */
    static boolean isLatin(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                return isLatin(c);
            }
        }
        return false;
    }

    private static boolean isLatin(char c) {
        return c < 0x0250;
    }
}
