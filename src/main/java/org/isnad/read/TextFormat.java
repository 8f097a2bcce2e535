package org.isnad.read;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Plain text: the whole file is the document, its first line the title. */
final class TextFormat implements DocumentFormat {
    @Override
    public List<String> extensions() {
        return List.of("txt");
    }

    @Override
    public void read(Path file, Consumer<SourceDocument> documents, Consumer<InputProblem> problems) throws InputProblem {
        String origin = file.toString();
        String text = StrictText.read(file, origin);
        documents.accept(new SourceDocument(text, firstLine(text), null, null, null, null, origin));
    }

    static String firstLine(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        String line = text.substring(0, end).strip();
        return line.isEmpty() ? null : line;
    }
}
