package org.isnad.text;

/**
 * Folding for matching only; offsets always point into the original text. Folds the spellings that
 * Arabic newspapers use interchangeably (hamza and alef forms, taa marbuta, alef maqsura,
 * diacritics, tatweel, Arabic-Indic digits) and lower-cases Latin letters.
 */
public final class Fold {
    private Fold() {
    }

    public static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isIgnorable(c)) {
                continue;
            }
            out.append(foldChar(c));
        }
        return out.toString();
    }

    /** Diacritics, tatweel and invisible marks: dropped when folding. */
    public static boolean isIgnorable(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640'
                || (c >= '\u0610' && c <= '\u061A') || (c >= '\u06D6' && c <= '\u06ED')
                || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
    }

    /** Each char's folded form where data/text/folding.tsv folds it, else 0. */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];
    /** Chars that spell a foreign "g", and long vowels: from data/text/folding.tsv. */
    private static final boolean[] G = new boolean[Character.MAX_VALUE + 1];
    private static final boolean[] VOWEL = new boolean[Character.MAX_VALUE + 1];

    static {
        for (String[] row : TextData.rows("folding.tsv")) {
            switch (row[0]) {
                case "fold" -> row[1].chars().forEach(c -> FOLDED[c] = row[2].charAt(0));
                case "g" -> row[1].chars().forEach(c -> G[c] = true);
                case "vowel" -> row[1].chars().forEach(c -> VOWEL[c] = true);
                default -> throw new IllegalStateException("data/text/folding.tsv: unknown row " + row[0]);
            }
        }
    }

    static char foldChar(char c) {
        if (FOLDED[c] != 0) {
            return FOLDED[c];
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        return Character.toLowerCase(c);
    }

    /**
     * Key for foreign names, whose Arabic spellings vary in the letter used for "g" (the "g" row of
     * data/text/folding.tsv): two spellings of Shoigu get one key.
     */
    public static String gKey(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            out.append(G[c] ? 'G' : c);
        }
        return out.toString();
    }

    /**
     * A looser key still: {@link #gKey} without the long vowels inside the word (the "vowel" row of
     * data/text/folding.tsv), so that two spellings of Everard meet. Short skeletons collide with ordinary words, so callers use it only for
     * keys of at least {@link #MIN_SKELETON} letters.
     */
    public static String skeleton(String folded) {
        String g = gKey(folded);
        StringBuilder out = new StringBuilder(g.length());
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            boolean vowel = VOWEL[c];
            if (!vowel || i == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    public static final int MIN_SKELETON = 4;

    public static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5'
                || (c >= '\u06FA' && c <= '\u06FF');
    }

    /** Number of characters of {@code surface} that fold to its first {@code foldedLength} folded characters. */
    public static int surfaceLength(String surface, int foldedLength) {
        int seen = 0;
        int i = 0;
        while (i < surface.length() && seen < foldedLength) {
            if (!isIgnorable(surface.charAt(i))) {
                seen++;
            }
            i++;
        }
        while (i < surface.length() && isIgnorable(surface.charAt(i))) {
            i++;
        }
        return i;
    }
}
