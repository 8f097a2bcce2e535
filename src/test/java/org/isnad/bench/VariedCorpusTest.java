package org.isnad.bench;

import org.isnad.read.SourceDocument;
import org.isnad.text.Fold;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark corpus is what the benchmark's figures claim: reproducible, of the stated size, and varied. */
class VariedCorpusTest {
    private static VariedCorpus material;
    private static List<SourceDocument> corpus;

    @BeforeAll
    static void build() {
        material = VariedCorpus.load();
        corpus = material.documents(ExtractionBenchmark.CORPUS_SEED, VariedCorpus.DOCUMENTS);
    }

    /**
     * Rebuilt from fresh material, the first 200 documents are the same. Each document is drawn from its
     * own random stream, depending on no later one, so a source of non-determinism (iteration order, a
     * shared random, state kept between builds) would show there; rebuilding all 2,000 would only make
     * the test slower.
     */
    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnotherOne() {
        assertEquals(corpus.subList(0, 200), VariedCorpus.load().documents(ExtractionBenchmark.CORPUS_SEED, 200));
        List<SourceDocument> other = material.documents(ExtractionBenchmark.CORPUS_SEED + 1, 20);
        for (int i = 0; i < other.size(); i++) {
            assertNotEquals(corpus.get(i).text(), other.get(i).text());
        }
    }

    @Test
    void hasTheRequestedNumberOfPairwiseDistinctDocumentsOfAboutThreeKilobytes() {
        assertEquals(VariedCorpus.DOCUMENTS, corpus.size());
        assertEquals(corpus.size(), corpus.stream().map(SourceDocument::text).distinct().count());
        long bytes = 0;
        int english = 0;
        for (SourceDocument d : corpus) {
            int size = d.text().getBytes(StandardCharsets.UTF_8).length;
            assertTrue(size > 2_000 && size < 4_500, d.origin() + ": " + size + " bytes");
            bytes += size;
            english += "en".equals(d.language()) ? 1 : 0;
        }
        long mean = bytes / corpus.size();
        assertTrue(mean > 2_700 && mean < 3_300, "mean " + mean + " bytes");
        assertTrue(english > corpus.size() / 10 && english < corpus.size() / 2, english + " English documents");
    }

    /**
     * The point of the corpus: far more distinct words than the same amount of text made of the seed
     * repeated, and new words in nearly every document, as the memo of word readings would meet them.
     */
    @Test
    void vocabularyVariesFarMoreThanInTheRepeatedSeed() throws IOException {
        Set<String> types = new HashSet<>();
        long tokens = 0;
        int documentsWithNewWords = 0;
        for (SourceDocument d : corpus) {
            int fresh = 0;
            for (String w : words(d.text())) {
                tokens++;
                fresh += types.add(w) ? 1 : 0;
            }
            documentsWithNewWords += fresh >= 10 ? 1 : 0;
        }
        List<String> seedWords = words(Files.readString(Path.of("seeds/000_91e09f6812842d2b.txt"), StandardCharsets.UTF_8));
        double repeated = (double) new HashSet<>(seedWords).size() / tokens; // the seed repeated to as many words
        double varied = (double) types.size() / tokens;
        assertTrue(varied > 0.04 && varied > 50 * repeated,
                "distinct words per word: varied " + varied + ", repeated seed " + repeated);
        assertTrue(documentsWithNewWords > 0.95 * corpus.size(),
                documentsWithNewWords + " documents bring 10 words or more that no earlier one had");
    }

    /**
     * Words as written: runs of letters and marks. The memo keys words folded, which merges a few
     * spelling variants; folding here would make the test twice as slow for a difference the
     * thresholds do not feel.
     */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && (Character.isLetter(text.charAt(i)) || Fold.isIgnorable(text.charAt(i)));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
        }
        return out;
    }
}
