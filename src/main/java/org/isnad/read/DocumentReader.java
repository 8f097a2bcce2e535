package org.isnad.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The read stage's entry point: turns files and folders into {@link SourceDocument}s.
 * <pre>
 *   DocumentReader.create().published(date).language("ar").read(paths, docs::add, problems::add);
 * </pre>
 * Folders are walked in name order so that runs are repeatable; files of unknown types inside a
 * folder are skipped silently, but a file named on the command line must have a known type.
 */
public final class DocumentReader {
    private DocumentFormats formats = DocumentFormats.standard();
    private LocalDate published;
    private String language;

    private DocumentReader() {
    }

    public static DocumentReader create() {
        return new DocumentReader();
    }

    public DocumentReader formats(DocumentFormats formats) {
        this.formats = formats;
        return this;
    }

    /** Publication date for documents that carry none. */
    public DocumentReader published(LocalDate published) {
        this.published = published;
        return this;
    }

    /** Language for documents that carry none; null means detect from the text. */
    public DocumentReader language(String language) {
        this.language = language;
        return this;
    }

    /** Lists the files that {@link #read} would open, for progress reporting. */
    public List<Path> files(List<Path> paths, Consumer<InputProblem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                problems.accept(new InputProblem(path.toString(), "no such file or folder"));
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> formats.forFile(p).isPresent())
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    problems.accept(new InputProblem(path.toString(), "cannot list folder: " + e.getMessage()));
                }
            } else if (formats.forFile(path).isEmpty()) {
                problems.accept(new InputProblem(path.toString(),
                        "unknown file type (expected one of ." + String.join(", .", formats.extensions()) + ")"));
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** Reads one file; its documents get this reader's defaults. */
    public void readFile(Path file, Consumer<SourceDocument> documents, Consumer<InputProblem> problems) {
        DocumentFormat format = formats.forFile(file).orElse(null);
        if (format == null) {
            problems.accept(new InputProblem(file.toString(), "unknown file type"));
            return;
        }
        try {
            format.read(file, doc -> documents.accept(doc.withDefaults(published, language)), problems);
        } catch (InputProblem p) {
            problems.accept(p);
        }
    }

    public void read(List<Path> paths, Consumer<SourceDocument> documents, Consumer<InputProblem> problems) {
        for (Path file : files(paths, problems)) {
            readFile(file, documents, problems);
        }
    }

    /** Reads standard input or a single file as one plain-text or JSON document. */
    public SourceDocument readOne(byte[] bytes, String origin) throws InputProblem {
        String text = StrictText.decode(bytes, origin);
        return new SourceDocument(text, TextFormat.firstLine(text), null, null, null, null, origin)
                .withDefaults(published, language);
    }
}
