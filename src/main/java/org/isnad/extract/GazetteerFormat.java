package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The gazetteer's file format, read and written here only (data/gazetteer/README.md). An entry line
 * has ten tab-separated columns; a labels line ("long form") has four — id, language, kind, text —
 * and gives an entry a name in any language: {@code Q183	fr	label	Allemagne}.
 */
public final class GazetteerFormat {
    public static final String HEADER = "# id\ttype\tsubtype\tlabel_en\tlabel_ar\taliases_ar\taliases_en\tadjective_ar\taffiliation\trole_en";
    public static final String LABELS_HEADER = "# id\tlanguage\tlabel|alias|adjective\ttext";

    private GazetteerFormat() {
    }

    /** Whether a row is a labels line (long form) rather than an entry line. */
    static boolean isLabelRow(String[] row) {
        return row.length == 4 && List.of("label", "alias", "adjective").contains(row[2]);
    }

    static GazetteerEntry readEntry(String[] row, String source) {
        if (row.length < 5) {
            throw new IllegalArgumentException(source + ": gazetteer line with " + row.length
                    + " columns, expected 10 (or 4 for a labels line): " + String.join(" | ", row));
        }
        String qid = Tables.cell(row, 0);
        EntityType type = EntityType.parse(row[1]);
        String labelEn = Tables.cell(row, 3);
        List<GazetteerEntry.Label> labels = new ArrayList<>();
        add(labels, "ar", GazetteerEntry.Kind.LABEL, Tables.cell(row, 4));
        Tables.list(row, 5).forEach(a -> add(labels, "ar", GazetteerEntry.Kind.ALIAS, a));
        add(labels, "en", GazetteerEntry.Kind.LABEL, labelEn);
        Tables.list(row, 6).forEach(a -> add(labels, "en", GazetteerEntry.Kind.ALIAS, a));
        Tables.list(row, 7).forEach(a -> add(labels, "ar", GazetteerEntry.Kind.ADJECTIVE, a));
        String key = qid != null ? qid : type.label() + ":" + labelEn;
        return new GazetteerEntry(key, qid, type, Tables.cell(row, 2), labels, Tables.cell(row, 8), Tables.cell(row, 9));
    }

    /** The entry key a labels line names, and its label. */
    static String labelKey(String[] row) {
        return row[0];
    }

    static GazetteerEntry.Label readLabel(String[] row) {
        return new GazetteerEntry.Label(row[1], GazetteerEntry.Kind.valueOf(row[2].toUpperCase(java.util.Locale.ROOT)), row[3]);
    }

    private static void add(List<GazetteerEntry.Label> labels, String language, GazetteerEntry.Kind kind, String text) {
        if (text != null) {
            labels.add(new GazetteerEntry.Label(language, kind, text));
        }
    }

    /** An entry line: the Arabic and English names in their columns (names in other languages need a labels line). */
    public static String entryLine(GazetteerEntry e) {
        return String.join("\t", orDash(e.wikidataId()), e.type().label(), orDash(e.subtype()), orDash(e.labelEn()),
                orDash(e.labelAr()), list(e.aliasesAr()), list(e.aliasesEn()),
                list(e.names("ar", GazetteerEntry.Kind.ADJECTIVE)), orDash(e.affiliation()), orDash(e.role()));
    }

    /** Labels lines for the names an entry line cannot hold (languages other than Arabic and English). */
    public static List<String> labelLines(GazetteerEntry e) {
        List<String> out = new ArrayList<>();
        for (GazetteerEntry.Label l : e.labels()) {
            if (!l.language().equals("ar") && !l.language().equals("en")) {
                out.add(String.join("\t", e.key(), l.language(), l.kind().name().toLowerCase(java.util.Locale.ROOT), cell(l.text())));
            }
        }
        return out;
    }

    private static String orDash(String s) {
        return s == null ? "-" : cell(s);
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "-" : String.join("|", items.stream().map(GazetteerFormat::cell).toList());
    }

    /** A TSV cell: no tabs, line breaks or list separators inside. */
    static String cell(String s) {
        String c = s.replaceAll("[\\t\\r\\n|]+", " ").strip();
        return c.isEmpty() ? "-" : c;
    }
}
