package org.isnad.serve.names;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finding entities by name across scripts, spellings and misspellings; when a match is certain. */
class ActorIndexTest {
    static Actor person(String iri, String en, String ar, String... aliases) {
        List<String> names = new java.util.ArrayList<>(List.of(en, ar));
        names.addAll(List.of(aliases));
        return new Actor(iri, Set.of("Person"), ar, en, null, null, null, List.of(), names, 1, 1);
    }

    static final Actor PUTIN = person("urn:putin", "Vladimir Putin", "فلاديمير بوتين", "Putin", "بوتين");
    static final Actor BIDEN = person("urn:biden", "Joe Biden", "جو بايدن", "Biden", "بايدن");
    static final Actor MBS = person("urn:mbs", "Mohammed bin Salman", "محمد بن سلمان");
    static final Actor KBS = person("urn:kbs", "Khalid bin Salman", "خالد بن سلمان");
    static final Actor KIRBY = person("urn:kirby", "جون كيربي", "جون كيربي", "كيربي");
    static final Actor ERDOGAN = person("urn:erdogan", "Recep Tayyip Erdoğan", "رجب طيب أردوغان");
    static final ActorIndex INDEX = new ActorIndex(List.of(PUTIN, BIDEN, MBS, KBS, KIRBY, ERDOGAN));

    static Candidate top(String query) {
        List<Candidate> c = INDEX.search(query, a -> true, 5);
        assertFalse(c.isEmpty(), "nothing found for " + query);
        return c.get(0);
    }

    @Test
    void exactNameScores100AndIsUnambiguous() {
        List<Candidate> c = INDEX.search("Vladimir Putin", a -> true, 5);
        assertEquals(PUTIN, c.get(0).actor());
        assertEquals(100, c.get(0).score());
        assertTrue(INDEX.unambiguous("Vladimir Putin", c));
    }

    @Test
    void arabicSpellingVariantsFoldToTheSameName() {
        // hamza on the alef and a diacritic: what Arabic newspapers write interchangeably
        assertEquals(100, top("رجب طيب اردوغان").score());
        assertEquals(100, top("بُوتين").score());
    }

    @Test
    void latinAccentsAndHyphensDoNotMatter() {
        assertEquals(ERDOGAN, top("recep tayyip erdogan").actor());
        assertEquals(100, top("Recep-Tayyip Erdogan").score());
    }

    @Test
    void latinQueryFindsAnArabicOnlyNameByItsSoundKey() {
        Candidate c = top("Kirby");
        assertEquals(KIRBY, c.actor());
        assertTrue(c.score() < 100 && c.score() >= 60, "score " + c.score());
    }

    @Test
    void latinSurnameFindsATwoWordArabicOnlyName() {
        ActorIndex index = new ActorIndex(List.of(new Actor("urn:p", Set.of("Person"), "نيكولاي باتروشيف", null, null, null, null,
                List.of(), List.of("نيكولاي باتروشيف"), 1, 1)));
        List<Candidate> c = index.search("Patrushev", a -> true, 5);
        assertEquals("urn:p", c.get(0).actor().iri());
        assertTrue(c.get(0).score() < 80, "a part of a name is no rival to an exact match: " + c.get(0).score());
    }

    @Test
    void theRightNameOutranksOthersWithTheSameConsonants() {
        // Putin, Biden: both p/b-t/d-n; the vowels tell them apart.
        assertEquals(PUTIN, top("Poutine").actor());
        assertEquals(BIDEN, top("Baiden").actor());
    }

    @Test
    void misspellingIsFoundButNeverExact() {
        Candidate c = top("Vladimir Puttin");
        assertEquals(PUTIN, c.actor());
        assertTrue(c.score() < 100);
        assertFalse(INDEX.unambiguous("Vladimir Puttin", INDEX.search("Vladimir Puttin", a -> true, 5)));
    }

    @Test
    void aNameSharedByTwoPeopleIsNotAMatch() {
        List<Candidate> c = INDEX.search("bin Salman", a -> true, 5);
        assertEquals(Set.of(MBS, KBS), Set.of(c.get(0).actor(), c.get(1).actor()));
        assertFalse(INDEX.unambiguous("bin Salman", c));
    }

    @Test
    void typeFilterKeepsOtherKindsOut() {
        assertTrue(INDEX.search("Putin", a -> a.types().contains("State"), 5).isEmpty());
    }

    @Test
    void soundKeysMeetAcrossScripts() {
        assertEquals(NameKeys.key(NameKeys.normal("Lavrov")), NameKeys.key(NameKeys.normal("لافروف")));
        assertEquals(NameKeys.key(NameKeys.normal("Kim Jong Un")), NameKeys.key(NameKeys.normal("كيم جونغ أون")));
        assertEquals(NameKeys.key(NameKeys.normal("al-Sisi")), NameKeys.key(NameKeys.normal("السيسي")));
    }
}
