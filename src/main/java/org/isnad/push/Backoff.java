package org.isnad.push;

import java.time.Duration;

/**
 * How often and how patiently a batch is sent again after a transient failure (the remote was not
 * reachable, reset the connection, or said it is unavailable): waits double from {@code first}.
 */
public record Backoff(int retries, Duration first, Sleeper sleeper) {
    /** Waits between tries; tests pass one that does not wait. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    public static final Sleeper REAL = d -> Thread.sleep(d.toMillis());

    public Backoff {
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative");
        }
    }

    Duration wait(int attempt) {
        return first.multipliedBy(1L << Math.min(attempt, 16));
    }
}
