package org.isnad.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Notices damage that TDB2 reports only in its log. Reading a damaged node while answering a query,
 * TDB2 logs an ERROR (with a stack trace) and leaves the variable unbound, so the query "succeeds"
 * with wrong rows. Standing in for standard error, this swallows those log records, remembers that
 * they happened, and lets {@link IsnadCli#main} exit 3 with one line a user can act on.
 */
final class StoreDamageWatch extends OutputStream {
    private final PrintStream err;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean inRecord;
    private String first;
    private String cause;

    StoreDamageWatch(PrintStream err) {
        this.err = err;
    }

    /** The first damage report seen, or null. */
    synchronized String damage() {
        return first == null ? null : cause == null ? first : first + ": " + cause;
    }

    @Override
    public synchronized void write(int b) {
        line.write(b);
        if (b == '\n') {
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            if (isStoreError(text)) {
                inRecord = true;
                if (first == null) {
                    first = text.substring(text.indexOf("ERROR ") + 6).strip();
                }
            } else if (inRecord && isTrace(text)) {
                if (cause == null && text.startsWith("org.apache.")) {
                    cause = text.strip();
                }
            } else {
                inRecord = false;
                err.print(text);
            }
        }
    }

    private static boolean isStoreError(String text) {
        return text.startsWith("[") && (text.contains("] ERROR org.apache.jena.tdb2") || text.contains("] ERROR org.apache.jena.dboe"));
    }

    private static boolean isTrace(String text) {
        return text.startsWith("\t") || text.startsWith("Caused by") || text.startsWith("org.apache.")
                || text.matches("\\s*\\.\\.\\. \\d+ more\\s*");
    }

    @Override
    public synchronized void flush() {
        if (line.size() > 0 && !inRecord) {
            err.print(line.toString(StandardCharsets.UTF_8));
            line.reset();
        }
        err.flush();
    }
}
