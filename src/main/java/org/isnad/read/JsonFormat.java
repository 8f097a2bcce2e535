package org.isnad.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A JSON file holding one document object or an array of them. The file is read twice, streaming:
 * first checked whole (so a file that is not strict JSON is refused whole, without any of its
 * documents stored), then read one element at a time (so an array of any size fits in memory).
 */
final class JsonFormat implements DocumentFormat {
    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public void read(Path file, Consumer<SourceDocument> documents, Consumer<InputProblem> problems) throws InputProblem {
        String origin = file.toString();
        pass(file, origin, null, problems);
        pass(file, origin, documents, problems);
    }

    /** Checks the file ({@code documents} null) or reads its documents. */
    private static void pass(Path file, String origin, Consumer<SourceDocument> documents,
                             Consumer<InputProblem> problems) throws InputProblem {
        boolean build = documents != null;
        StrictUtf8Reader in = new StrictUtf8Reader(StrictText.open(file, origin));
        JsonParser p = null;
        try (in) {
            p = StrictJson.parser(in);
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new InputProblem(origin, "empty file");
            }
            if (first == JsonToken.START_ARRAY) {
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    JsonNode element = StrictJson.value(p, build);
                    if (build) {
                        try {
                            documents.accept(JsonDocuments.fromJson(element, origin + "[" + i + "]"));
                        } catch (InputProblem bad) {
                            problems.accept(bad);
                        }
                    }
                    i++;
                }
                StrictJson.end(p);
            } else {
                JsonNode root = StrictJson.value(p, build);
                StrictJson.end(p);
                if (build) {
                    documents.accept(JsonDocuments.fromJson(root, origin));
                }
            }
        } catch (JsonProcessingException e) {
            throw new InputProblem(origin, "malformed JSON " + StrictJson.describe(e, p));
        } catch (StrictUtf8Reader.BadBytes e) {
            throw new InputProblem(origin, e.getMessage());
        } catch (IOException e) {
            throw new InputProblem(origin, "cannot read: " + StrictText.reason(e));
        }
    }
}
