package org.isnad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The SPARQL queries shipped in {@code sparql/}, found by name, or a user's .rq file. */
final class BundledQueries {
    static final String NAMES = "meetings, agreements, claims, claims-by (param actor), actors, sources, mentions, link-review, "
            + "events, event-timeline (param event or actor), corroboration, who-reports (param actor), merge-review";

    private BundledQueries() {
    }

    static String load(String ref) throws IOException {
        Path file = Path.of(ref);
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        String name = ref.endsWith(".rq") ? ref.substring(0, ref.length() - 3) : ref;
        if (name.matches("[a-z0-9-]+")) {
            try (InputStream in = BundledQueries.class.getClassLoader().getResourceAsStream("isnad/sparql/" + name + ".rq")) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new UsageProblem("no query file or bundled query named '" + ref + "' (bundled: " + NAMES + ")");
    }
}
