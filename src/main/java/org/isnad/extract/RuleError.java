package org.isnad.extract;

/**
 * A mistake in a language's rule files (or event types): its message starts with "file:line:" and
 * says what is wrong. Thrown when an extractor is built, so a bad rule stops start-up.
 */
public final class RuleError extends IllegalArgumentException {
    RuleError(String where, String message) {
        super(where + ": " + message);
    }
}
