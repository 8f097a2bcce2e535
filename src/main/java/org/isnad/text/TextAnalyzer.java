package org.isnad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text stage's entry point: tokens, sentences (a line is a paragraph; a paragraph splits at
 * a mark of data/text/punctuation.tsv followed by space) and quotation regions. Never changes the text.
 */
public final class TextAnalyzer {
    /** English abbreviations after which a period does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "col", "lt",
            "sgt", "sen", "rep", "gov", "prof", "u.s", "u.n", "u.k", "e.u", "jan", "feb", "aug", "sept", "oct",
            "nov", "dec", "no", "vs", "etc", "jr", "sr", "inc", "co", "corp", "ltd", "al");

    private TextAnalyzer() {
    }

    public static AnalyzedText analyze(String text) {
        List<int[]> raw = scan(text);
        boolean[] quoted = quotedRegions(text);
        List<Token> tokens = new ArrayList<>(raw.size());
        List<Sentence> sentences = new ArrayList<>();
        int sentenceStartToken = 0;
        int paragraph = 0;
        int sentenceStart = -1;
        for (int[] r : raw) {
            int start = r[0];
            int end = r[1];
            String surface = text.substring(start, end);
            Token.Kind kind = Token.Kind.values()[r[2]];
            boolean newLineBefore = containsNewline(text,
                    tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end(), start);
            if (newLineBefore && !tokens.isEmpty()) {
                closeSentence(sentences, tokens, sentenceStartToken, sentenceStart, paragraph);
                sentenceStartToken = tokens.size();
                sentenceStart = -1;
                paragraph += countNewlines(text, tokens.get(tokens.size() - 1).end(), start) > 0 ? 1 : 0;
            }
            if (sentenceStart < 0) {
                sentenceStart = start;
            }
            tokens.add(new Token(tokens.size(), start, end, surface, Fold.fold(surface), kind, sentences.size(),
                    quoted[start]));
            if (kind == Token.Kind.PUNCT && endsSentence(text, tokens, end)) {
                closeSentence(sentences, tokens, sentenceStartToken, sentenceStart, paragraph);
                sentenceStartToken = tokens.size();
                sentenceStart = -1;
            }
        }
        if (sentenceStartToken < tokens.size()) {
            closeSentence(sentences, tokens, sentenceStartToken, sentenceStart, paragraph);
        }
        return new AnalyzedText(text, tokens, sentences);
    }

    private static void closeSentence(List<Sentence> sentences, List<Token> tokens, int first, int start,
                                      int paragraph) {
        if (first >= tokens.size()) {
            return;
        }
        // A closing quotation mark right after the full stop belongs to the sentence it closes.
        sentences.add(new Sentence(sentences.size(), start, tokens.get(tokens.size() - 1).end(), first,
                tokens.size(), paragraph));
    }

    /** From data/text/punctuation.tsv. */
    private static final java.util.Set<String> SENTENCE_ENDS = TextData.rows("punctuation.tsv").stream()
            .filter(r -> r[0].equals("sentence-end")).flatMap(r -> java.util.Arrays.stream(r[1].split("\\|")))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static boolean endsSentence(String text, List<Token> tokens, int end) {
        String p = tokens.get(tokens.size() - 1).surface();
        if (!SENTENCE_ENDS.contains(p)) {
            return false;
        }
        if (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            return false;
        }
        if (p.equals(".") && tokens.size() >= 2) {
            Token before = tokens.get(tokens.size() - 2);
            String w = before.folded();
            if (before.end() == tokens.get(tokens.size() - 1).start()
                    && (ABBREVIATIONS.contains(w) || (w.length() == 1 && Character.isLetter(w.charAt(0))
                    && w.charAt(0) < 128))) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsNewline(String text, int from, int to) {
        return countNewlines(text, from, to) > 0;
    }

    private static int countNewlines(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n' || (text.charAt(i) == '\r' && (i + 1 >= to || text.charAt(i + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }

    /** Splits into [start, end, kind] triples: runs of letters/digits (with internal dots like U.S.), single marks. */
    private static List<int[]> scan(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Fold.isIgnorable(c) && !isWordChar(c)) {
                i++;
                continue;
            }
            if (isWordChar(c)) {
                int start = i;
                boolean digits = true;
                while (i < n && (isWordChar(text.charAt(i)) || joinsWord(text, i) && !isPossessive(text, i))) {
                    char d = text.charAt(i);
                    if (Character.isLetter(d)) {
                        digits = false;
                    }
                    i++;
                }
                out.add(new int[]{start, i, (digits ? Token.Kind.NUMBER : Token.Kind.WORD).ordinal()});
            } else if (isPossessive(text, i)) {
                out.add(new int[]{i, i + 2, Token.Kind.WORD.ordinal()});
                i += 2;
            } else {
                int start = i;
                i += Character.charCount(text.codePointAt(i));
                Token.Kind kind = isQuote(c) ? Token.Kind.QUOTE : Token.Kind.PUNCT;
                out.add(new int[]{start, i, kind.ordinal()});
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640'
                || Character.isSurrogate(c) && Character.isLetter(c);
    }

    /**
     * "Iran's", "Xi’s": the possessive is a word of its own, so that the name before it is the name a
     * gazetteer knows and a rule can read "X's minister".
     */
    private static boolean isPossessive(String text, int i) {
        char c = text.charAt(i);
        if (c != '\'' && c != '’' || i == 0 || i + 1 >= text.length() || Character.toLowerCase(text.charAt(i + 1)) != 's') {
            return false;
        }
        char before = text.charAt(i - 1);
        boolean ends = i + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 2));
        return ends && Character.isLetter(before) && before < 0x0600;
    }

    /** Inner apostrophes, hyphens and dots (Xi's, al-Assad, U.S., 3.5) stay inside a token. */
    private static boolean joinsWord(String text, int i) {
        char c = text.charAt(i);
        if (c != '\'' && c != '-' && c != '.' && c != '’' && c != ',') {
            return false;
        }
        if (i == 0 || i + 1 >= text.length()) {
            return false;
        }
        char before = text.charAt(i - 1);
        char after = text.charAt(i + 1);
        if (c == '.' || c == ',') {
            // 3.5, 1,000 — and U.S. (letters around the dot, Latin only)
            boolean number = Character.isDigit(before) && Character.isDigit(after);
            boolean initials = c == '.' && before < 128 && after < 128 && Character.isLetter(before)
                    && Character.isLetter(after) && Character.isUpperCase(after);
            return number || initials;
        }
        return Character.isLetter(before) && Character.isLetter(after) && before < 0x0600 && after < 0x0600;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„';
    }

    /**
     * Marks characters inside quotation marks. Curly and guillemet quotes pair by direction; straight
     * quotes toggle. A quote left open ends at the end of its paragraph, so one stray mark cannot
     * swallow the rest of the article.
     */
    static boolean[] quotedRegions(String text) {
        boolean[] quoted = new boolean[text.length() + 1];
        int open = -1;
        char closer = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
                continue;
            }
            if (open >= 0) {
                if (c == closer || (closer == '”' && c == '"') || (closer == '"' && c == '”')) {
                    open = -1;
                } else {
                    quoted[i] = true;
                }
            } else if (c == '“' || c == '«' || c == '"' || c == '„') {
                open = i;
                closer = c == '“' ? '”' : c == '«' ? '»' : c == '„' ? '“' : '"';
            }
        }
        return quoted;
    }
}
