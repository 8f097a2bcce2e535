package org.isnad.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** JSON Lines: one document object a line; a bad line is reported and the others are still read. */
final class JsonLinesFormat implements DocumentFormat {
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public List<String> extensions() {
        return List.of("jsonl", "ndjson");
    }

    @Override
    public void read(Path file, Consumer<SourceDocument> documents, Consumer<InputProblem> problems) throws InputProblem {
        String origin = file.toString();
        String[] lines = StrictText.read(file, origin).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String lineOrigin = origin + ":" + (i + 1);
            try {
                documents.accept(JsonDocuments.fromJson(mapper.readTree(lines[i]), lineOrigin));
            } catch (JsonProcessingException e) {
                problems.accept(new InputProblem(lineOrigin, "malformed JSON at column "
                        + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()));
            } catch (InputProblem p) {
                problems.accept(p);
            }
        }
    }
}
