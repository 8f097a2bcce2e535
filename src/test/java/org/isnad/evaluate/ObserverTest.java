package org.isnad.evaluate;

import org.isnad.extract.Extraction;
import org.isnad.extract.Extractor;
import org.isnad.read.DocumentReader;
import org.isnad.read.SourceDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The observation is the extraction as the store returns it: same meetings and claims, spans in code points. */
class ObserverTest {
    static final Path SEED = Path.of("seeds/000_91e09f6812842d2b.txt");
    static Extraction extraction;
    static Observation seen;

    @BeforeAll
    static void observeTheSeed() {
        List<SourceDocument> docs = new ArrayList<>();
        DocumentReader.create().readFile(SEED, docs::add, p -> {
            throw new AssertionError(p.getMessage());
        });
        extraction = Extractor.standard().extract(docs.get(0));
        seen = Observer.observe(extraction);
    }

    @Test
    void everyMeetingAndClaimIsObservedOnce() {
        assertEquals(extraction.meetings().size(), seen.meetings().size());
        assertEquals(extraction.claims().size(), seen.claims().size());
    }

    @Test
    void mentionSpansAreCodePointsOfTheText() {
        Text text = Text.read(SEED);
        List<String> mentioned = new ArrayList<>();
        extraction.entities().forEach(e -> e.mentions().forEach(m -> mentioned.add(m.text())));
        assertFalse(seen.entities().isEmpty());
        for (Observation.Entity e : seen.entities()) {
            e.mentions().forEach(s -> assertTrue(mentioned.contains(text.slice(s)), text.slice(s)));
        }
    }
}
