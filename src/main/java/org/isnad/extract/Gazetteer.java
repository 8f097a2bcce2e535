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
    /** The extra files or folders read after the bundled ones, for the extractor's fingerprint. */
    private final List<Path> extraSources = new ArrayList<>();

    private Gazetteer() {
    }

    public static Gazetteer bundled() {
        Gazetteer g = new Gazetteer();
        for (String name : Tables.bundledIndex("gazetteer")) {
            g.addRows(Tables.bundled("gazetteer/" + name), name);
        }
        g.applyLabels();
        return g;
    }

    /** The bundled gazetteer extended (and overridden, entry by entry) by the given files or folders. */
    public static Gazetteer with(List<Path> extra) {
        Gazetteer g = bundled();
        g.extraSources.addAll(extra);
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
        g.applyLabels();
        return g;
    }

    List<Path> extraSources() {
        return List.copyOf(extraSources);
    }

    /** Labels lines wait until every file is read: they may name an entry of any file. */
    private final List<Object[]> pendingLabels = new ArrayList<>();

    private void addRows(List<String[]> rows, String source) {
        for (String[] row : rows) {
            if (GazetteerFormat.isLabelRow(row)) {
                pendingLabels.add(new Object[] {row, source});
                continue;
            }
            GazetteerEntry e = GazetteerFormat.readEntry(row, source);
            byKey.put(e.key(), e);
        }
    }

    private void applyLabels() {
        for (Object[] pending : pendingLabels) {
            String[] row = (String[]) pending[0];
            GazetteerEntry e = byKey.get(GazetteerFormat.labelKey(row));
            if (e == null) {
                throw new IllegalArgumentException(pending[1] + ": a label for " + row[0]
                        + ", which no gazetteer line defines (a labels line names its entry by id)");
            }
            byKey.put(e.key(), e.with(List.of(GazetteerFormat.readLabel(row))));
        }
        pendingLabels.clear();
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
