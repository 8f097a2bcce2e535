package org.isnad.push;

/**
 * The remote store could not be reached, or it refused what was sent. Every batch before the one
 * that failed is at the remote and recorded in the local ledger, so running the push again resumes.
 */
public final class PushProblem extends Exception {
    public PushProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
