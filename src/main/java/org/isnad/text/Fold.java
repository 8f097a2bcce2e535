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

    static char foldChar(char c) {
        switch (c) {
            case 'أ': case 'إ': case 'آ': case 'ٱ':
                return 'ا';
            case 'ة':
                return 'ه';
            case 'ى':
                return 'ي';
            case 'ؤ':
                return 'و';
            case 'ئ':
                return 'ي';
            case 'ک':
                return 'ك';
            case 'ی': case 'ے':
                return 'ي';
            case '“': case '”': case '«': case '»': case '„': case '″':
                return '"';
            case '‘': case '’': case '‚': case '′':
                return '\'';
            default:
                break;
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
     * Key for foreign names, whose Arabic spellings vary in the letter used for "g" (غ ج ق ك گ):
     * شويغو and شويجو get one key.
     */
    public static String gKey(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            out.append(c == 'غ' || c == 'ج' || c == 'ق' || c == 'ك' || c == 'گ' ? 'G' : c);
        }
        return out.toString();
    }

    /**
     * A looser key still: {@link #gKey} without the long vowels inside the word, so that
     * إيفيرارد = ايفرارد. Short skeletons collide with ordinary words, so callers use it only for
     * keys of at least {@link #MIN_SKELETON} letters.
     */
    public static String skeleton(String folded) {
        String g = gKey(folded);
        StringBuilder out = new StringBuilder(g.length());
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            boolean vowel = c == 'ا' || c == 'و' || c == 'ي' || c == 'ء';
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
