package org.isnad.merge;

import org.isnad.text.TextData;

import java.util.List;

/** The merging stage's data (data/merge/*.tsv, bundled into the jar). */
final class MergeData {
    private MergeData() {
    }

    /** Rows of a table of data/merge, tab-separated, without comments. */
    static List<String[]> rows(String name) {
        return TextData.table("isnad/data/merge/" + name);
    }
}
