package org.isnad.link;

import java.time.Duration;

/** Waits between requests; tests pass one that only records, so back-off never slows them down. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;

    Sleeper REAL = d -> Thread.sleep(d.toMillis());
}
