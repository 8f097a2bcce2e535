package org.isnad.evaluate;

import java.nio.file.Path;

/** A gold file (or the article it names) that cannot be used; the message names the file and what is wrong. */
public final class GoldProblem extends RuntimeException {
    private final transient Path file;

    public GoldProblem(Path file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
