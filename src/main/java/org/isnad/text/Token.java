package org.isnad.text;

/**
 * A word, number or punctuation mark.
 *
 * @param index    position in the token list
 * @param start    first char offset in the original text
 * @param end      char offset just past it
 * @param surface  the original characters
 * @param folded   {@link Fold#fold folded} form used for matching
 * @param kind     what sort of token it is
 * @param sentence index of its sentence
 * @param quoted   whether it lies inside quotation marks
 */
public record Token(int index, int start, int end, String surface, String folded, Kind kind, int sentence,
                    boolean quoted) {
    public enum Kind { WORD, NUMBER, PUNCT, QUOTE }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean is(String foldedPunct) {
        return kind != Kind.WORD && folded.equals(foldedPunct);
    }
}
