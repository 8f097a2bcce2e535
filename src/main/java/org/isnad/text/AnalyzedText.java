package org.isnad.text;

import java.util.List;

/** A text with its tokens and sentences; offsets are char offsets into {@link #text()}. */
public record AnalyzedText(String text, List<Token> tokens, List<Sentence> sentences) {
    public AnalyzedText {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
    }
}
