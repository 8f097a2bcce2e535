package org.isnad.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Escapes terminal control characters in everything the CLI prints: a document, label or file name
 * holding ESC sequences (clear the screen, rewrite the title, fake a prompt) is shown as {@code \u001B},
 * not obeyed by the user's terminal. Tab, line feed and carriage return (the progress bar's redraw)
 * pass; so does all text, Arabic and bidirectional marks included. Inside Turtle and N-Quads
 * strings the escape means the same character, so exported data keeps its meaning.
 */
final class TerminalSafeWriter extends FilterWriter {
    TerminalSafeWriter(Writer out) {
        super(out);
    }

    static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    @Override
    public void write(int c) throws IOException {
        if (isControl((char) c)) {
            out.write(String.format("\\u%04X", c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (isControl(buf[i])) {
                out.write(buf, start, i - start);
                write(buf[i]);
                start = i + 1;
            }
        }
        out.write(buf, start, off + len - start);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        write(s.toCharArray(), off, len);
    }
}
