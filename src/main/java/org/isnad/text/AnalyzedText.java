package org.isnad.text;

import java.util.List;

/** A text with its tokens and sentences; offsets are char offsets into {@link #text()}. */
public record AnalyzedText(String text, List<Token> tokens, List<Sentence> sentences) {
    public AnalyzedText {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
    }

    public Sentence sentenceOf(Token token) {
        return sentences.get(token.sentence());
    }

    public List<Token> tokensOf(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    public String span(int start, int end) {
        return text.substring(start, end);
    }
}
