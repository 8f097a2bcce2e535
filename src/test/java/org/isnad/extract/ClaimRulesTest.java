package org.isnad.extract;

import org.isnad.read.SourceDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One rule of the claim finder per test, on sentences written for the test (not from any article). */
class ClaimRulesTest {
    private static final Extractor EXTRACTOR = Extractor.strict();

    private static Extraction extract(String text, String language) {
        return EXTRACTOR.extract(new SourceDocument(text, null, null, null, null, language, "test"));
    }

    /** Both labels, so that a test can look for the Arabic or the English name. */
    private static String labelOf(Extraction x, String id) {
        Entity e = x.entity(id);
        return e.labelAr() + " / " + e.labelEn();
    }

    @Test
    void englishAttributionAtTheEndOfTheSentenceNamesTheSpeaker() {
        Extraction x = extract("Talks\nThe two ministers will meet again in Geneva next month, the State Department said.\n", "en");
        assertEquals(1, x.claims().size(), x.claims().toString());
        assertTrue(labelOf(x, x.claims().get(0).claimants().get(0)).contains("State"), x.claims().toString());
    }

    @Test
    void outletQuotingASourceMakesTheSourceTheClaimantAndTheOutletTheChannel() {
        Extraction x = extract("عنوان\nونقلت وكالة رويترز عن وزير الخارجية الفرنسي جان نويل بارو قوله إن باريس ستستضيف المؤتمر.\n", "ar");
        Claim c = x.claims().get(0);
        assertTrue(labelOf(x, c.claimants().get(0)).contains("بارو"), x.claims().toString());
        assertTrue(labelOf(x, c.via()).contains("رويترز"), x.claims().toString());
    }

    @Test
    void aReportingNounAfterAPrepositionIsNoClaim() {
        Extraction x = extract("عنوان\nولم تعلق الحكومة الأردنية على نفي دمشق للخبر.\n", "ar");
        assertTrue(x.claims().isEmpty(), x.claims().toString());
    }

    @Test
    void anUnnamedSourceWithANationalityKeepsItAsAffiliation() {
        Extraction x = extract("عنوان\nوقال مسؤول تركي لوكالة الأناضول إن المحادثات ستستأنف الأسبوع المقبل.\n", "ar");
        Claim c = x.claims().get(0);
        Entity source = x.entity(c.claimants().get(0));
        assertTrue(source.anonymous(), source.toString());
        assertEquals("Q43", x.entity(source.affiliation()).wikidataId(), source.toString());
    }

    @Test
    void aSecondVerbWithoutSubjectBelongsToTheLastSpeaker() {
        Extraction x = extract("عنوان\nوقال رئيس الوزراء الإسباني بيدرو سانشيز إن بلاده تدعم الاتفاق.\nوأضاف أن مدريد ستعمل مع شركائها.\n", "ar");
        List<Claim> claims = x.claims();
        assertEquals(2, claims.size(), claims.toString());
        assertEquals(claims.get(0).claimants(), claims.get(1).claimants());
    }
}
