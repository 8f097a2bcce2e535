package org.isnad.read;

/** A document that could not be read; the message names the file and, where known, the byte or line. */
public final class InputProblem extends Exception {
    private final String origin;

    public InputProblem(String origin, String message) {
        super(origin + ": " + message);
        this.origin = origin;
    }

    public String origin() {
        return origin;
    }
}
