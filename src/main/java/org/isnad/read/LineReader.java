package org.isnad.read;

import java.io.IOException;
import java.io.Reader;

/** Lines of a stream, each at most {@code max} chars; a longer one is skipped, not held in memory. */
final class LineReader implements AutoCloseable {
    /** Returned (by identity) for a line over the limit. */
    static final String TOO_LONG = new String("(line too long)");

    private final Reader in;
    private final long max;
    private final char[] buf = new char[8192];
    private int pos;
    private int len;
    private int number;
    private long skipped;

    LineReader(Reader in, long max) {
        this.in = in;
        this.max = max;
    }

    /** The next line without its line ending, {@link #TOO_LONG}, or null at the end. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        long count = 0;
        while (true) {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            char c = buf[pos++];
            if (c == '\n') {
                break;
            }
            count++;
            if (count > max) {
                tooLong = true;
                line.setLength(0);
            } else if (!tooLong) {
                line.append(c);
            }
        }
        number++;
        if (tooLong) {
            skipped = count;
            return TOO_LONG;
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return line.toString();
    }

    /** 1-based number of the line last returned. */
    int number() {
        return number;
    }

    /** Length of the last line skipped as too long. */
    long skippedChars() {
        return skipped;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
