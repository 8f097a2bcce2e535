package org.isnad.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file as strict UTF-8: no replacement characters, and a message that names the bad byte. */
final class StrictText {
    /** Larger files are refused rather than read into memory; news articles are a few KB. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private StrictText() {
    }

    static String read(Path file, String origin) throws InputProblem {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputProblem(origin, "file is " + size + " bytes, over the limit of " + MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputProblem(origin, "cannot read: " + e.getMessage());
        }
        return decode(bytes, origin);
    }

    static String decode(byte[] bytes, String origin) throws InputProblem {
        if (bytes.length == 0) {
            throw new InputProblem(origin, "empty file");
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            throw new InputProblem(origin, "binary file (NUL byte at offset " + nul + "), not UTF-8 text");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new InputProblem(origin, String.format(
                    "not valid UTF-8: byte 0x%02X at offset %d", bytes[at] & 0xff, at));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InputProblem(origin, "empty file (only whitespace)");
        }
        return text;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
