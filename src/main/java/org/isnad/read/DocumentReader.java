package org.isnad.read;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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

    /**
     * Lists the files that {@link #read} would open, for progress reporting. A folder that cannot be
     * listed, and a pipe or device with a document's extension, are reported and skipped; the walk
     * goes on.
     */
    public List<Path> files(List<Path> paths, Consumer<InputProblem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                problems.accept(new InputProblem(path.toString(), "no such file or folder"));
            } else if (Files.isDirectory(path)) {
                List<Path> found = new ArrayList<>();
                walk(path, found, problems);
                found.sort(null);
                files.addAll(found);
            } else if (formats.forFile(path).isEmpty()) {
                problems.accept(new InputProblem(path.toString(),
                        "unknown file type (expected one of ." + String.join(", .", formats.extensions()) + ")"));
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private void walk(Path folder, List<Path> found, Consumer<InputProblem> problems) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.getFileName().toString().startsWith(".") || formats.forFile(file).isEmpty()) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (Files.isRegularFile(file)) {
                        found.add(file);
                    } else if (!Files.isDirectory(file)) {
                        problems.accept(new InputProblem(file.toString(), "not a regular file (a named pipe, device, "
                                + "socket or broken link): skipped"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.accept(new InputProblem(file.toString(), "cannot read folder: " + StrictText.reason(e)
                            + "; skipped"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.accept(new InputProblem(folder.toString(), "cannot list folder: " + StrictText.reason(e)));
        }
    }

    /**
     * Reads one file; its documents get this reader's defaults. Running out of memory on one file is
     * reported as that file's failure: what it held is garbage by then, and the next file goes on.
     */
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
        } catch (OutOfMemoryError e) {
            problems.accept(new InputProblem(file.toString(), "out of memory while reading it (Java heap "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB): skipped; give Java more memory to read it"));
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
