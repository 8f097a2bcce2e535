package org.isnad.store;

import java.nio.file.Path;

/** The store cannot be used: locked by another process, damaged, or not a store at all. */
public final class StoreProblem extends Exception {
    public StoreProblem(String message) {
        super(message);
    }

    public StoreProblem(String message, Throwable cause) {
        super(message, cause);
    }

    /** Turns what TDB2 throws on open into a message a user can act on. */
    static StoreProblem explain(Path dir, Exception e) {
        String detail = String.valueOf(e.getMessage());
        String lower = detail.toLowerCase(java.util.Locale.ROOT);
        if (lower.matches("(?s).*\\block\\b.*")) {
            return new StoreProblem("store " + dir + " is in use by another process (" + detail
                    + "); stop that process (e.g. a running 'isnad serve') and try again", e);
        }
        return new StoreProblem("store " + dir + " cannot be opened: it looks damaged or is not a TDB2 store ("
                + e.getClass().getSimpleName() + ": " + detail + "); ingest into a new folder with --db, "
                + "or restore it from an export", e);
    }
}
