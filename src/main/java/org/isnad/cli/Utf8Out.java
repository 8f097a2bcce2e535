package org.isnad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An OutputStream of UTF-8 bytes into the command line's writer, so that writers that want a stream
 * (Jena's RDF writers) go to standard output piece by piece instead of through one big buffer.
 */
final class Utf8Out extends OutputStream {
    private final PrintWriter out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);

    Utf8Out(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, bytes.remaining());
            bytes.put(b, off, n);
            off += n;
            len -= n;
            drain(false);
        }
    }

    private void drain(boolean end) {
        bytes.flip();
        decoder.decode(bytes, chars, end);
        bytes.compact();
        chars.flip();
        out.append(chars);
        chars.clear();
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {
        drain(true);
        out.flush();
    }
}
