package org.isnad.extract;

import org.isnad.read.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression: extraction never crashes or hangs, whatever the text. Articles are mutated with a
 * fixed seed per case (so a failure is reproducible from its case number): cut anywhere, bidi
 * controls and tatweel sprinkled in, punctuation removed (one endless sentence), text repeated,
 * scripts mixed, quotes left open.
 */
class MutatedArticleRobustnessTest {
    private static final Extractor EXTRACTOR = Extractor.strict();
    // A hang detector, not a timing test: generous so a loaded CI machine does not fail it.
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String[] NOISE = {"\u200F", "\u200E", "\u202B", "\u202C", "\u2067", "\u2069", "\u0640",
            "\u064B", "“", "”", "«", "\"", "\t", "\r\n", "\u00A0", "Obama", "123", "١٢٣", "؟", "😀", "\uFEFF"};

    static Stream<Integer> cases() {
        return IntStream.range(0, 40).boxed();
    }

    @ParameterizedTest(name = "mutation seed {0}")
    @MethodSource("cases")
    void mutatedArticlesAreExtractedWithConsistentOffsets(int seed) throws IOException {
        String text = mutate(sources().get(seed % sources().size()), new Random(seed));
        Extraction x = assertTimeoutPreemptively(LIMIT, () -> EXTRACTOR.extract(doc(text)));
        for (Entity e : x.entities()) {
            for (Mention m : e.mentions()) {
                assertEquals(text.substring(m.start(), m.end()), m.text());
            }
        }
        x.meetings().forEach(m -> assertTrue(m.participants().size() >= 2));
    }

    @Test
    void oneSentenceOfTwentyThousandWordsFinishes() throws IOException {
        String words = sources().get(0).replaceAll("[.!?؟\\n]", " ");
        StringBuilder b = new StringBuilder();
        while (b.length() < 150_000) {
            b.append(words).append(' ');
        }
        String text = b.toString();
        // A bound against runaway (quadratic) work, not a speed test: generous, because a loaded 2-core
        // machine takes a minute where an idle one takes fifteen seconds.
        Extraction x = assertTimeoutPreemptively(Duration.ofMinutes(4), () -> EXTRACTOR.extract(doc(text)));
        assertTrue(x.entities().size() > 0);
    }

    @Test
    void textWithoutArabicGivesNoArabicEntities() {
        String text = "Lorem ipsum dolor sit amet. 12345 !!! ??? \u202E reversed \u202C";
        Extraction x = assertTimeoutPreemptively(LIMIT, () -> EXTRACTOR.extract(doc(text)));
        assertTrue(x.meetings().isEmpty() && x.claims().isEmpty(), x.toString());
    }

    @Test
    void onlyPunctuationAndControlsIsHandled() {
        String text = "\u200F\u200F،،،\n\n\"\"“”«»...\u0640\u0640";
        Extraction x = assertTimeoutPreemptively(LIMIT, () -> EXTRACTOR.extract(doc(text)));
        assertTrue(x.entities().stream().allMatch(e -> e.mentions().isEmpty()), x.entities().toString());
    }

    private static String mutate(String text, Random r) {
        String t = text;
        switch (r.nextInt(5)) {
            case 0 -> t = t.substring(r.nextInt(t.length() / 2), t.length() - r.nextInt(t.length() / 3));
            case 1 -> t = t.replaceAll("[.!?؟،,:]", "");
            case 2 -> t = t.repeat(2 + r.nextInt(6));
            case 3 -> t = t.replace("”", "").replace("»", "");
            default -> { }
        }
        StringBuilder b = new StringBuilder(t);
        int inserts = r.nextInt(200);
        for (int i = 0; i < inserts; i++) {
            b.insert(r.nextInt(b.length() + 1), NOISE[r.nextInt(NOISE.length)]);
        }
        return b.toString();
    }

    private static SourceDocument doc(String text) {
        return new SourceDocument(text, null, null, java.time.LocalDate.of(2023, 9, 5), null, null, "mutated");
    }

    private static List<String> cached;

    private static List<String> sources() throws IOException {
        if (cached == null) {
            List<String> texts = new ArrayList<>();
            texts.add(Files.readString(Path.of("seeds/000_91e09f6812842d2b.txt"), StandardCharsets.UTF_8));
            try (Stream<Path> s = Files.list(Path.of("src/test/resources/articles"))) {
                for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
            cached = texts;
        }
        return cached;
    }
}
