package org.isnad.cli;

/** The user asked for something that cannot be done as asked (unknown query name, bad parameter). */
final class UsageProblem extends RuntimeException {
    UsageProblem(String message) {
        super(message);
    }
}
