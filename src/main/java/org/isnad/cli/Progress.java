package org.isnad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A progress bar on the error stream for long runs: redrawn in place on a terminal, a line every
 * tenth of the way otherwise (so logs stay readable). Silent for short runs. It counts documents, with
 * rate and time left, and says when the work waits on a commit.
 */
final class Progress implements AutoCloseable {
    private static final int MIN_ITEMS = 20;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final long total;
    private final String label;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private long done;
    private long lastDecile = -1;

    Progress(PrintWriter err, long total, String label) {
        this.err = err;
        this.total = total;
        this.label = label;
    }

    /**
     * How many documents a file holds, as far as can be known without parsing it: a JSON Lines file
     * one a non-blank line (so that one big file moves the bar), any other file one.
     */
    static long documentsIn(Path file) {
        return isJsonLines(file) ? Math.max(1, nonBlankLines(file)) : 1;
    }

    static boolean isJsonLines(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static long nonBlankLines(Path f) {
        long lines = 0;
        boolean content = false;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f)) {
            // a chunk at a time: a call per byte was a sixth of a re-ingest that skips every document
            for (int n; (n = in.read(buffer)) != -1; ) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        lines += content ? 1 : 0;
                        content = false;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        content = true;
                    }
                }
            }
        } catch (IOException e) {
            return 1; // reading it for real will report the problem
        }
        return lines + (content ? 1 : 0);
    }

    /** One more document done. */
    void step() {
        advanceTo(done + 1);
    }

    /** At least {@code n} done: after a file whose documents were fewer than counted (bad lines), catch up. */
    void advanceTo(long n) {
        if (n <= done) {
            return;
        }
        done = Math.min(n, total);
        draw("");
    }

    /** Says that {@code documents} are being committed, which can take a while with nothing else moving. */
    void committing(int documents) {
        if (total < MIN_ITEMS) {
            return;
        }
        if (terminal) {
            draw(" committing " + documents + " document(s)...");
        } else {
            err.printf("%s: committing %d document(s)%n", label, documents);
            err.flush();
        }
    }

    /** Says what the run is doing once every document is read (building indexes, merging), which can take a while. */
    void working(String what) {
        if (total < MIN_ITEMS) {
            return;
        }
        if (terminal) {
            draw(" " + what + "...");
        } else {
            err.printf("%s: %s%n", label, what);
            err.flush();
        }
    }

    private void draw(String status) {
        if (total < MIN_ITEMS) {
            return;
        }
        long decile = done * 10 / total;
        if (terminal) {
            int filled = (int) (done * WIDTH / total);
            // Padding wipes what a longer status line left behind.
            err.printf("\r%s [%s%s] %d/%d %s%s%s", label, "#".repeat(filled), " ".repeat(WIDTH - filled), done, total,
                    rate(), status, " ".repeat(status.isEmpty() ? 36 : 0));
        } else if (decile != lastDecile) {
            err.printf("%s: %d/%d %s%n", label, done, total, rate());
            lastDecile = decile;
        }
        err.flush();
    }

    private String rate() {
        double seconds = (System.nanoTime() - started) / 1e9;
        if (seconds <= 0 || done == 0) {
            return "";
        }
        double perSecond = done / seconds;
        long left = Math.round((total - done) / perSecond);
        return String.format("(%.0f/s, %s left)", perSecond, left >= 3600 ? left / 3600 + " h " + left % 3600 / 60 + " min"
                : left >= 60 ? left / 60 + " min " + left % 60 + " s" : left + " s");
    }

    @Override
    public void close() {
        if (terminal && total >= MIN_ITEMS) {
            err.println();
            err.flush();
        }
    }
}
