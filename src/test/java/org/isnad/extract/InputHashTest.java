package org.isnad.extract;

import org.isnad.read.SourceDocument;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** What the input hash of re-ingest covers: every field extraction reads, not where the document came from. */
class InputHashTest {
    static final Extractor X = Extractor.standard();
    static final SourceDocument DOC = new SourceDocument("Putin met Xi in Moscow.", "A title", "https://news.example/1",
            LocalDate.of(2024, 5, 1), "Example News", "en", "a.txt");

    @Test
    void originDoesNotCount() {
        SourceDocument moved = new SourceDocument(DOC.text(), DOC.title(), DOC.url(), DOC.published(), DOC.publisher(),
                DOC.language(), "elsewhere/b.jsonl:7");
        assertEquals(X.inputHash(DOC), X.inputHash(moved));
    }

    @Test
    void everyOtherFieldCounts() {
        String h = X.inputHash(DOC);
        assertNotEquals(h, X.inputHash(new SourceDocument("Putin met Xi in Beijing.", "A title", DOC.url(), DOC.published(), DOC.publisher(), "en", "a")));
        assertNotEquals(h, X.inputHash(new SourceDocument(DOC.text(), null, DOC.url(), DOC.published(), DOC.publisher(), "en", "a")));
        assertNotEquals(h, X.inputHash(new SourceDocument(DOC.text(), DOC.title(), null, DOC.published(), DOC.publisher(), "en", "a")));
        assertNotEquals(h, X.inputHash(new SourceDocument(DOC.text(), DOC.title(), DOC.url(), LocalDate.of(2024, 5, 2), DOC.publisher(), "en", "a")));
        assertNotEquals(h, X.inputHash(new SourceDocument(DOC.text(), DOC.title(), DOC.url(), DOC.published(), null, "en", "a")));
        assertNotEquals(h, X.inputHash(new SourceDocument(DOC.text(), DOC.title(), DOC.url(), DOC.published(), DOC.publisher(), null, "a")));
    }

    @Test
    void fieldsDoNotRunTogether() {
        SourceDocument a = new SourceDocument("text", "ab", "c", null, null, null, "a");
        SourceDocument b = new SourceDocument("text", "a", "bc", null, null, null, "a");
        SourceDocument empty = new SourceDocument("text", "", null, null, null, null, "a");
        SourceDocument none = new SourceDocument("text", null, "", null, null, null, "a");
        assertNotEquals(X.inputHash(a), X.inputHash(b));
        assertNotEquals(X.inputHash(empty), X.inputHash(none));
    }

    @Test
    void fingerprintIsStableAndChangesWithExtraData(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        assertEquals(X.fingerprint(), Extractor.standard().fingerprint());
        java.nio.file.Path extra = tmp.resolve("extra.tsv");
        java.nio.file.Files.writeString(extra, "Q900201\tPlace\tcity\tNew Town\t-\t-\tNewtown\t-\t-\t-\n");
        assertNotEquals(X.fingerprint(), new Extractor(Gazetteer.with(java.util.List.of(extra))).fingerprint());
    }
}
