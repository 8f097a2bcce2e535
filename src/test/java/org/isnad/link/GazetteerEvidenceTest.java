package org.isnad.link;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every Wikidata id in the gazetteer must have a row of public evidence in
 * {@code data/evidence/wikidata.tsv}, every evidence row must still name an id the gazetteer
 * uses, and no id listed in {@code data/evidence/removed.tsv} may come back (a wrong link is
 * worse than none). See {@code data/evidence/README.md}.
 */
class GazetteerEvidenceTest {
    static final Path GAZETTEER = Path.of("data/gazetteer");
    static final Path EVIDENCE = Path.of("data/evidence/wikidata.tsv");
    static final Path REMOVED = Path.of("data/evidence/removed.tsv");
    static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    static final Set<String> VERDICTS = Set.of("CONFIRMED", "FIXED");

    /** One place an id occurs: file, line number, column (1-based) and the entry's label. */
    record Use(String file, int line, int column, String id, String label) {
        @Override
        public String toString() {
            return file + ":" + line + " column " + column + " " + id + " (" + label + ")";
        }
    }

    /** The data lines of a tab-separated file, with their 1-based line numbers; comments and blank lines skipped. */
    static Map<Integer, String[]> rows(Path file) throws IOException {
        Map<Integer, String[]> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.put(i + 1, line.split("\t", -1));
        }
        return rows;
    }

    static List<Path> gazetteerFiles() throws IOException {
        try (Stream<Path> files = Files.list(GAZETTEER)) {
            List<Path> tsv = files.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
            assertFalse(tsv.isEmpty(), "no gazetteer files under " + GAZETTEER.toAbsolutePath());
            return tsv;
        }
    }

    /** Wikidata ids in column 1 (and, with {@code withAffiliation}, column 9) of every gazetteer file. */
    static List<Use> gazetteerIds(boolean withAffiliation) throws IOException {
        List<Use> uses = new ArrayList<>();
        for (Path file : gazetteerFiles()) {
            for (Map.Entry<Integer, String[]> row : rows(file).entrySet()) {
                String[] c = row.getValue();
                String label = c.length > 3 ? c[3] : String.join(" ", c);
                if (QID.matcher(c[0].strip()).matches()) {
                    uses.add(new Use(file.toString(), row.getKey(), 1, c[0].strip(), label));
                }
                if (withAffiliation && c.length > 8 && QID.matcher(c[8].strip()).matches()) {
                    uses.add(new Use(file.toString(), row.getKey(), 9, c[8].strip(), label));
                }
            }
        }
        return uses;
    }

    /** Ids of a file of evidence ({@code wikidata.tsv}) or of removals ({@code removed.tsv}), from column 1. */
    static Map<String, Integer> listedIds(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file), "missing " + file.toAbsolutePath());
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (Map.Entry<Integer, String[]> row : rows(file).entrySet()) {
            ids.putIfAbsent(row.getValue()[0].strip(), row.getKey());
        }
        return ids;
    }

    @Test
    void everyGazetteerIdHasEvidence() throws IOException {
        Set<String> evidenced = listedIds(EVIDENCE).keySet();
        List<String> missing = new ArrayList<>();
        for (Use use : gazetteerIds(false)) {
            if (!evidenced.contains(use.id())) {
                missing.add(use.toString());
            }
        }
        assertTrue(missing.isEmpty(), "gazetteer ids with no row in " + EVIDENCE + " (add evidence or set the id to \"-\"):\n  "
                + String.join("\n  ", missing));
    }

    @Test
    void everyEvidenceRowIsWellFormedAndStillUsed() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Use use : gazetteerIds(false)) {
            used.add(use.id());
        }
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Map.Entry<Integer, String[]> row : rows(EVIDENCE).entrySet()) {
            String[] c = row.getValue();
            String where = EVIDENCE + ":" + row.getKey() + " " + c[0];
            if (c.length != 5) {
                problems.add(where + ": expected 5 tab-separated columns (id file label_en evidence verdict), found " + c.length);
                continue;
            }
            String id = c[0].strip();
            if (!QID.matcher(id).matches()) {
                problems.add(where + ": not a Wikidata id");
            }
            if (!seen.add(id)) {
                problems.add(where + ": second row for the same id");
            }
            if (c[3].isBlank()) {
                problems.add(where + ": empty evidence");
            }
            if (!VERDICTS.contains(c[4].strip())) {
                problems.add(where + ": verdict must be CONFIRMED or FIXED, found \"" + c[4] + "\"");
            }
            if (!used.contains(id)) {
                problems.add(where + " (" + c[2] + "): id is no longer in column 1 of any data/gazetteer/*.tsv");
            }
        }
        assertTrue(problems.isEmpty(), "problems in " + EVIDENCE + ":\n  " + String.join("\n  ", problems));
    }

    @Test
    void removedIdsDoNotComeBack() throws IOException {
        Map<String, Integer> removed = listedIds(REMOVED);
        assertFalse(removed.isEmpty(), REMOVED + " lists no ids");
        List<String> back = new ArrayList<>();
        for (Use use : gazetteerIds(true)) {
            if (removed.containsKey(use.id())) {
                back.add(use + ", removed at " + REMOVED + ":" + removed.get(use.id()));
            }
        }
        Set<String> evidenced = listedIds(EVIDENCE).keySet();
        for (Map.Entry<String, Integer> r : removed.entrySet()) {
            if (evidenced.contains(r.getKey())) {
                back.add(REMOVED + ":" + r.getValue() + " " + r.getKey() + " also has an evidence row in " + EVIDENCE);
            }
        }
        assertTrue(back.isEmpty(), "removed ids back in use:\n  " + String.join("\n  ", back));
    }

    @Test
    void affiliationIdsPointAtGazetteerEntries() throws IOException {
        Set<String> entries = new TreeSet<>();
        for (Use use : gazetteerIds(false)) {
            entries.add(use.id());
        }
        List<String> dangling = new ArrayList<>();
        for (Use use : gazetteerIds(true)) {
            if (use.column() == 9 && !entries.contains(use.id())) {
                dangling.add(use.toString());
            }
        }
        assertTrue(dangling.isEmpty(), "column-9 affiliation ids that are no entry's column-1 id:\n  "
                + String.join("\n  ", dangling));
    }
}
