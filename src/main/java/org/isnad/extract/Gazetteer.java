package org.isnad.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The offline gazetteer: every {@code *.tsv} under {@code data/gazetteer/}, plus any extra files given. */
public final class Gazetteer {
    private final Map<String, GazetteerEntry> byKey = new LinkedHashMap<>();

    private Gazetteer() {
    }

    public static Gazetteer bundled() {
        Gazetteer g = new Gazetteer();
        for (String name : Tables.bundledIndex("gazetteer")) {
            g.addRows(Tables.bundled("gazetteer/" + name), name);
        }
        return g;
    }

    /** The bundled gazetteer extended (and overridden, entry by entry) by the given files or folders. */
    public static Gazetteer with(List<Path> extra) {
        Gazetteer g = bundled();
        for (Path p : extra) {
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".tsv")).sorted().forEach(files::add);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            } else {
                files.add(p);
            }
            for (Path f : files) {
                g.addRows(Tables.file(f), f.toString());
            }
        }
        return g;
    }

    private void addRows(List<String[]> rows, String source) {
        for (String[] row : rows) {
            if (row.length < 5) {
                throw new IllegalArgumentException(source + ": gazetteer line with " + row.length
                        + " columns, expected 10: " + String.join(" | ", row));
            }
            String qid = Tables.cell(row, 0);
            EntityType type = EntityType.parse(row[1]);
            String labelEn = Tables.cell(row, 3);
            String key = qid != null ? qid : type.label() + ":" + labelEn;
            byKey.put(key, new GazetteerEntry(key, qid, type, Tables.cell(row, 2), labelEn, Tables.cell(row, 4),
                    Tables.list(row, 5), Tables.list(row, 6), Tables.list(row, 7), Tables.cell(row, 8),
                    Tables.cell(row, 9)));
        }
    }

    public Collection<GazetteerEntry> entries() {
        return byKey.values();
    }

    public Optional<GazetteerEntry> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Finds an entry by Wikidata id or English label, as used in the affiliation column. */
    public Optional<GazetteerEntry> resolve(String ref) {
        if (ref == null) {
            return Optional.empty();
        }
        GazetteerEntry e = byKey.get(ref);
        if (e != null) {
            return Optional.of(e);
        }
        return byKey.values().stream().filter(x -> ref.equalsIgnoreCase(x.labelEn())).findFirst();
    }
}
