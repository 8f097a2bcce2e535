package org.isnad.serve.page;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The pages' own Arabic words, read from isnad/web/words.tsv. */
final class Words {
    private static final Map<String, String> WORDS = load();

    private Words() {
    }

    static String get(String key) {
        String w = WORDS.get(key);
        if (w == null) {
            throw new IllegalStateException("isnad/web/words.tsv has no " + key);
        }
        return w;
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = Words.class.getResourceAsStream("/isnad/web/words.tsv")) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks isnad/web/words.tsv: rebuild with mvn package");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] kv = line.split("\t", 2);
                    out.put(kv[0], kv[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
