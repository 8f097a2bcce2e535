package org.isnad.cli;

import java.io.PrintWriter;

/**
 * A progress bar on the error stream for long runs: redrawn in place on a terminal, a line every
 * tenth of the way otherwise (so logs stay readable). Silent for short runs.
 */
final class Progress implements AutoCloseable {
    private static final int MIN_ITEMS = 20;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final String label;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private int done;
    private int lastDecile = -1;

    Progress(PrintWriter err, int total, String label) {
        this.err = err;
        this.total = total;
        this.label = label;
    }

    void step() {
        done++;
        if (total < MIN_ITEMS) {
            return;
        }
        int decile = done * 10 / total;
        if (terminal) {
            int filled = done * WIDTH / total;
            err.printf("\r%s [%s%s] %d/%d %s", label, "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, rate());
        } else if (decile != lastDecile) {
            err.printf("%s: %d/%d %s%n", label, done, total, rate());
            lastDecile = decile;
        }
        err.flush();
    }

    private String rate() {
        double seconds = (System.nanoTime() - started) / 1e9;
        return seconds > 0 ? String.format("(%.0f/s)", done / seconds) : "";
    }

    @Override
    public void close() {
        if (terminal && total >= MIN_ITEMS) {
            err.println();
            err.flush();
        }
    }
}
