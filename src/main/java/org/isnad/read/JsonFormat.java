package org.isnad.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** A JSON file holding one document object or an array of them. */
final class JsonFormat implements DocumentFormat {
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public void read(Path file, Consumer<SourceDocument> documents, Consumer<InputProblem> problems) throws InputProblem {
        String origin = file.toString();
        JsonNode root;
        try {
            root = mapper.readTree(StrictText.read(file, origin));
        } catch (JsonProcessingException e) {
            throw new InputProblem(origin, "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                try {
                    documents.accept(JsonDocuments.fromJson(root.get(i), origin + "[" + i + "]"));
                } catch (InputProblem p) {
                    problems.accept(p);
                }
            }
        } else {
            documents.accept(JsonDocuments.fromJson(root, origin));
        }
    }
}
