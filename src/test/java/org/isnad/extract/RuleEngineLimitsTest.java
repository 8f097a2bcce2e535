package org.isnad.extract;

import org.isnad.read.SourceDocument;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Regression: the rule engine's backtracking is bounded, so no sentence can exhaust the stack or hang it. */
class RuleEngineLimitsTest {
    private static final Extractor EXTRACTOR = Extractor.strict();

    private static Extraction extract(String text, String language) {
        return EXTRACTOR.extract(new SourceDocument(text, null, null, null, null, language, "limits"));
    }

    @Test
    void aThreeThousandWordSentenceEndingInAReportingFrameDoesNotOverflowTheStack() {
        String text = "Title\n" + "the delegation arrived in Riyadh ".repeat(600) + ", according to Reuters.\n";
        Extraction x = extract(text, "en");
        assertEquals("en", x.language()); // it finished; the frame is too far from the sentence start to be read
    }

    @Test
    void anArabicSentenceOfThousandsOfWordsFinishes() {
        String text = "عنوان\n" + "وصل الوفد إلى الرياض ".repeat(800) + "، بحسب وكالة رويترز.\n";
        assertEquals("ar", extract(text, "ar").language());
    }

    @Test
    void aReportingFrameWithinReachIsStillRead() {
        String text = "Title\n" + "the delegation arrived in Riyadh ".repeat(30) + ", according to Reuters.\n";
        Extraction x = extract(text, "en");
        assertTrue(x.explanations().stream().anyMatch(e -> e.rule().equals("claims/according-to-after")), x.claims().toString());
    }
}
