package org.isnad.read;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * One input format. Formats are found by file extension through {@link DocumentFormats}, so adding
 * one is a class and a line in the registry.
 */
public interface DocumentFormat {
    /** Lower-case extensions without the dot, e.g. {@code "txt"}. */
    java.util.List<String> extensions();

    /**
     * Reads every document in the file. A format whose file holds several documents reports a bad
     * one to {@code problems} and goes on with the rest; a file that cannot be read at all throws.
     */
    void read(Path file, Consumer<SourceDocument> documents, Consumer<InputProblem> problems) throws InputProblem;
}
