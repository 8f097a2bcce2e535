package org.isnad.evaluate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a span is compared with a gold form: the shared scorer's normalisation, clitics and slack. */
class NameMatchTest {
    @Test
    void caseQuotesPossessiveAndArticleDoNotMatter() {
        assertTrue(NameMatch.sameName("\u201cThe Kremlin's", "kremlin"));
    }

    @Test
    void aLeadingCliticGroupIsDroppedWhenThreeLettersRemain() {
        // wa-al-Qahira ("and Cairo") against al-Qahira
        assertEquals(NameMatch.bare("\u0627\u0644\u0642\u0627\u0647\u0631\u0629"),
                NameMatch.bare("\u0648\u0627\u0644\u0642\u0627\u0647\u0631\u0629"));
    }

    @Test
    void hamzaFormsOfAlifAreOne() {
        assertEquals(NameMatch.norm("\u0627\u064a\u0631\u0627\u0646"), NameMatch.norm("\u0625\u064a\u0631\u0627\u0646"));
    }

    @Test
    void aFormInsideASpanMatchesWithAtMostThreeLettersToSpare() {
        assertTrue(NameMatch.sameName("Putins", "Putin"));
        assertFalse(NameMatch.sameName("Putinistas", "Putin"));
    }

    @Test
    void aSpanInsideAFormNeedsThreeLetters() {
        assertTrue(NameMatch.sameName("Kim", "Kims"));
        assertFalse(NameMatch.sameName("Ki", "Kim"));
    }
}
