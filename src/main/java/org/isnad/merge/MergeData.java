package org.isnad.merge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The merging stage's data (data/merge/*.tsv, bundled into the jar). */
final class MergeData {
    private MergeData() {
    }

    /** Rows of a bundled table, tab-separated, without comments; a missing table is a broken build. */
    static List<String[]> rows(String name) {
        String path = "isnad/data/merge/" + name;
        InputStream in = MergeData.class.getClassLoader().getResourceAsStream(path);
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
