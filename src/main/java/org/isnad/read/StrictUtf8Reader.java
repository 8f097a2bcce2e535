package org.isnad.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Streams UTF-8 strictly: a malformed byte or a NUL byte ends the read with a message naming its byte
 * offset in the file, so files of any size are checked without holding them in memory. A leading BOM
 * is dropped.
 */
final class StrictUtf8Reader extends Reader {
    /** Bad bytes, carried through parsers that only know IOException. */
    static final class BadBytes extends IOException {
        BadBytes(String message) {
            super(message);
        }
    }

    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK).flip();
    private final CharBuffer chars = CharBuffer.allocate(CHUNK).flip();
    /** File offset of bytes.array()[0]. */
    private long base;
    private long total;
    private boolean eof;
    private boolean finished;
    private boolean first = true;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    /** Bytes read from the file so far. */
    long bytesRead() {
        return total;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        return n;
    }

    private boolean fill() throws IOException {
        if (finished) {
            return false;
        }
        chars.clear();
        while (chars.position() == 0 && !finished) {
            base += bytes.position();
            bytes.compact();
            int start = bytes.position();
            int r = eof ? -1 : in.read(bytes.array(), start, bytes.remaining());
            if (r < 0) {
                eof = true;
            } else {
                total += r;
                checkNul(start, r);
                bytes.position(start + r);
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, eof);
            if (result.isError()) {
                throw new BadBytes(String.format("not valid UTF-8: byte 0x%02X at offset %d",
                        bytes.get(bytes.position()) & 0xff, base + bytes.position()));
            }
            if (eof) {
                decoder.flush(chars);
                finished = true;
            }
        }
        chars.flip();
        if (first && chars.hasRemaining()) {
            first = false;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
        return chars.hasRemaining() || !finished;
    }

    private void checkNul(int start, int count) throws BadBytes {
        byte[] a = bytes.array();
        for (int i = start; i < start + count; i++) {
            if (a[i] == 0) {
                throw new BadBytes("binary file (NUL byte at offset " + (base + i) + "), not UTF-8 text");
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
