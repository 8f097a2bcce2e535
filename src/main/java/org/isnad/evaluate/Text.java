package org.isnad.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The article as the shared scorer reads it: the file's text with line ends made {@code \n}, indexed
 * by code point (the offsets the RDF gives), and cut into the 0-based lines the gold counts.
 */
final class Text {
    private final int[] codePoints;
    /** Each line's [start, end) in code points, without its newline. */
    private final List<int[]> lines = new ArrayList<>();

    Text(String text) {
        codePoints = text.codePoints().toArray();
        int start = 0;
        for (int i = 0; i <= codePoints.length; i++) {
            if (i == codePoints.length || codePoints[i] == '\n') {
                lines.add(new int[] {start, i});
                start = i + 1;
            }
        }
    }

    /** Read as the scorer reads it (universal newlines), not as the extractor does, so spans and lines agree with it. */
    static Text read(Path file) {
        try {
            return new Text(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The span's text; offsets past the end are cut to it. */
    String slice(Observation.Span s) {
        int b = Math.max(0, Math.min(s.begin(), codePoints.length));
        int e = Math.max(b, Math.min(s.end(), codePoints.length));
        return new String(codePoints, b, e - b);
    }

    /** The first line the span overlaps, or -1 when it overlaps none. */
    int lineOf(Observation.Span s) {
        for (int i = 0; i < lines.size(); i++) {
            if (s.begin() < lines.get(i)[1] && s.end() > lines.get(i)[0]) {
                return i;
            }
        }
        return -1;
    }
}
