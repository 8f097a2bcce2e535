package org.isnad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Bundled tables (data/…/*.tsv in the jar). The text stage's own say how scripts fold and which marks end
 * a sentence; later stages read theirs through {@link #table}.
 */
public final class TextData {
    private TextData() {
    }

    /** Rows of a table of data/text, tab-separated, without comments. */
    static List<String[]> rows(String name) {
        return table("isnad/data/text/" + name);
    }

    /** Rows of a bundled table, tab-separated, without comments; a missing table is a broken build. */
    public static List<String[]> table(String path) {
        InputStream in = TextData.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the jar lacks " + path + ": rebuild with mvn package");
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return out;
    }
}
