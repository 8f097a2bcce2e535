package org.isnad.extract;

import org.isnad.read.SourceDocument;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression (issue 13): one long sentence with thousands of speech verbs made each claim carry the
 * rest of the sentence as content and the whole sentence as evidence, so output grew with the square
 * of the input and a 262 KB sentence exhausted the heap. Claims now cite bounded stretches.
 */
class LinearOutputTest {
    private static final Extractor EXTRACTOR = Extractor.strict();
    private static final String[] SPEAKERS = {"أحمد صالح", "جون كيربي", "سامح شكري", "سيرغي لافروف"};

    /** One sentence of {@code n} clauses "and X said that the talks will go on, number i". */
    private static String sentence(int n, long seed) {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder("عنوان\n\n");
        for (int i = 0; i < n; i++) {
            b.append("وقال ").append(SPEAKERS[random.nextInt(SPEAKERS.length)])
                    .append(" إن المحادثات ستستمر رقم ").append(i).append(' ');
        }
        return b.append(".\n").toString();
    }

    private static long citedChars(Extraction x) {
        long n = 0;
        for (Claim c : x.claims()) {
            n += c.evidence().text().length() + (c.content() == null ? 0 : c.content().text().length());
            n += c.about().size();
        }
        return n;
    }

    @Test
    void claimsInOneLongSentenceCiteBoundedStretchesSoOutputIsLinear() {
        Extraction small = EXTRACTOR.extract(new SourceDocument(sentence(250, 1), null, null, null, null, "ar", "small"));
        Extraction large = EXTRACTOR.extract(new SourceDocument(sentence(1000, 2), null, null, null, null, "ar", "large"));
        assertEquals(250, small.claims().size(), "every clause is a claim");
        assertEquals(1000, large.claims().size(), "every clause is a claim");
        double ratio = (double) citedChars(large) / citedChars(small);
        // Four times the input: about four times the output (a quadratic growth would give sixteen).
        assertTrue(ratio < 5.0, "output grew " + ratio + "x for 4x the input");
        for (Claim c : large.claims()) {
            assertTrue(c.evidence().text().length() < 4_000, "evidence of " + c.id() + " is "
                    + c.evidence().text().length() + " chars");
        }
    }

    @Test
    void aShortSentenceIsStillCitedWhole() {
        String text = "عنوان\n\nوقال جون كيربي إن المحادثات ستستمر.\n";
        Extraction x = EXTRACTOR.extract(new SourceDocument(text, null, null, null, null, "ar", "short"));
        assertEquals(1, x.claims().size());
        assertEquals("وقال جون كيربي إن المحادثات ستستمر.", x.claims().get(0).evidence().text());
    }
}
