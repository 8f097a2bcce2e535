package org.isnad.text;

/**
 * A sentence: char offsets into the original text, and its tokens as a half-open index range.
 *
 * @param paragraph index of the line (paragraph) it is in
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken, int paragraph) {
    public int tokenCount() {
        return endToken - firstToken;
    }
}
