package org.isnad.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * JSON Lines: one document object a line, streamed, so a file of any size is read in the memory of
 * its longest line; a line over the heap's document limit is skipped without being held. A bad line
 * is reported and the others are still read.
 */
final class JsonLinesFormat implements DocumentFormat {
    @Override
    public List<String> extensions() {
        return List.of("jsonl", "ndjson");
    }

    @Override
    public void read(Path file, Consumer<SourceDocument> documents, Consumer<InputProblem> problems) throws InputProblem {
        String origin = file.toString();
        long limit = InputLimits.maxDocumentBytes();
        try (LineReader lines = new LineReader(new StrictUtf8Reader(StrictText.open(file, origin)), limit)) {
            for (String line; (line = lines.next()) != null; ) {
                String lineOrigin = origin + ":" + lines.number();
                if (line == LineReader.TOO_LONG) {
                    problems.accept(new InputProblem(lineOrigin, "line of " + lines.skippedChars() + "+ characters: "
                            + InputLimits.tooLarge(lines.skippedChars())));
                } else if (!line.isBlank()) {
                    document(line, lineOrigin, documents, problems);
                }
            }
        } catch (StrictUtf8Reader.BadBytes e) {
            throw new InputProblem(origin, e.getMessage() + " (the lines before it were read)");
        } catch (IOException e) {
            throw new InputProblem(origin, "cannot read: " + StrictText.reason(e));
        }
    }

    private static void document(String line, String origin, Consumer<SourceDocument> documents,
                                 Consumer<InputProblem> problems) throws IOException {
        JsonParser p = StrictJson.parser(line);
        try (p) {
            p.nextToken();
            var node = StrictJson.value(p, true);
            StrictJson.end(p);
            documents.accept(JsonDocuments.fromJson(node, origin));
        } catch (JsonProcessingException e) {
            problems.accept(new InputProblem(origin, "malformed JSON " + StrictJson.describe(e, p)
                    .replaceFirst("^at line 1, column", "at column")));
        } catch (InputProblem bad) {
            problems.accept(bad);
        }
    }
}
