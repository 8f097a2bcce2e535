package org.isnad.store;

/**
 * The store failed while in use (its disk full, its files damaged): unchecked so that it passes
 * through callbacks, and mapped to the same exit code as {@link StoreProblem}.
 */
public final class StoreFailure extends RuntimeException {
    public StoreFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
