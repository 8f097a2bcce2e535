package org.isnad.evaluate;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The scorer's rules on a tiny hand-made article and a hand-built observation, so that each test
 * changes one thing and no extractor behaviour is involved.
 */
class ScorerTest {
    static final String TEXT = """
            Leaders meet in Moscow
            Vladimir Putin met Kim Jong Un in Moscow on Tuesday.
            Putin said the talks were useful.
            Kim warned of new sanctions, KCNA reported.
            """;
    static final String NS = "https://w3id.org/isnad/id/";
    static final String PUTIN = NS + "wd/Q7747";
    static final String KIM = NS + "wd/Q56226";
    static final String MOSCOW = NS + "wd/Q649";
    static final String KCNA = NS + "organization/kcna";

    static GoldFile gold(List<GoldFile.Claim> claims, String status) {
        List<GoldFile.Entity> entities = List.of(
                new GoldFile.Entity("Person", "Q7747", List.of(), "Vladimir Putin", List.of("Vladimir Putin", "Putin")),
                new GoldFile.Entity("Person", "Q56226", List.of(), "Kim Jong Un", List.of("Kim Jong Un", "Kim")),
                new GoldFile.Entity("Place", "Q649", List.of("Q159"), "Moscow", List.of("Moscow")),
                new GoldFile.Entity("Organization", null, List.of(), "KCNA", List.of("KCNA")));
        List<GoldFile.Meeting> meetings = List.of(
                new GoldFile.Meeting("M1", List.of("Vladimir Putin", "Kim Jong Un"), status, List.of(1)));
        return new GoldFile(Path.of("tiny.gold.json"), Path.of("tiny.txt"), "en", null, entities, meetings, claims,
                List.of());
    }

    static final List<GoldFile.Claim> CLAIMS = List.of(
            new GoldFile.Claim("C1", 2, List.of("Vladimir Putin"), "assert", null),
            new GoldFile.Claim("C2", 3, List.of("Kim Jong Un"), "warn", "KCNA"));

    static Observation.Span span(String words) {
        int at = TEXT.indexOf(words);
        return new Observation.Span(at, at + words.length());
    }

    static Observation.Span span(String words, int from) {
        int at = TEXT.indexOf(words, from);
        return new Observation.Span(at, at + words.length());
    }

    static Observation.Entity entity(String iri, String type, Set<String> qids, Observation.Span... mentions) {
        return new Observation.Entity(iri, Set.of(type), qids, Set.of(mentions));
    }

    static List<Observation.Entity> entities() {
        return List.of(
                entity(PUTIN, "Person", Set.of("Q7747"), span("Vladimir Putin"), span("Putin said")),
                entity(KIM, "Person", Set.of("Q56226"), span("Kim Jong Un"), span("Kim warned")),
                entity(MOSCOW, "Place", Set.of("Q649"), span("Moscow"), span("Moscow", TEXT.indexOf("Moscow") + 1)),
                entity(KCNA, "Organization", Set.of(), span("KCNA")));
    }

    static Observation.Meeting meeting(String status) {
        return new Observation.Meeting(NS + "doc/t1/meeting/m1", Set.of(PUTIN, KIM), Set.of(status),
                Set.of(span("Vladimir Putin met Kim Jong Un in Moscow on Tuesday.")));
    }

    static Observation.Claim claim(String id, String claimant, String stance, String sentence, Set<String> vias) {
        return new Observation.Claim(NS + "doc/t1/claim/" + id, Set.of(claimant), Set.of(stance), Set.of(span(sentence)), vias);
    }

    static List<Observation.Claim> claims() {
        return List.of(claim("c1", PUTIN, "assert", "Putin said the talks were useful.", Set.of()),
                claim("c2", KIM, "warn", "Kim warned of new sanctions, KCNA reported.", Set.of(KCNA)));
    }

    static ArticleScore score(GoldFile gold, Observation seen) {
        return Scorer.score(gold, TEXT, seen, "en");
    }

    @Test
    void perfectObservationScoresOneEverywhere() {
        ArticleScore s = score(gold(CLAIMS, "occurred"), new Observation(entities(), List.of(meeting("occurred")), claims()));
        assertEquals(1.0, s.entities().precision());
        assertEquals(1.0, s.entities().recall());
        assertEquals(1.0, s.entityF1());
        assertEquals(new ArticleScore.Count(3, 3), s.links());
        assertEquals(1.0, s.meetings().f1());
        assertEquals(new ArticleScore.Count(1, 1), s.statuses());
        assertEquals(1.0, s.claims().f1());
        assertEquals(1.0, s.attribution().fraction());
        assertEquals(new ArticleScore.Count(2, 2), s.stance());
        assertEquals(new ArticleScore.Count(1, 1), s.via());
    }

    @Test
    void aMissingClaimLowersClaimRecallOnly() {
        ArticleScore s = score(gold(CLAIMS, "occurred"),
                new Observation(entities(), List.of(meeting("occurred")), claims().subList(0, 1)));
        assertEquals(0.5, s.claims().recall());
        assertEquals(1.0, s.claims().precision());
        assertEquals(new ArticleScore.Count(1, 2), s.attribution());
    }

    @Test
    void aWrongStatusCountsAgainstStatusesButNotMeetingF1() {
        ArticleScore s = score(gold(CLAIMS, "planned"), new Observation(entities(), List.of(meeting("occurred")), claims()));
        assertEquals(1.0, s.meetings().f1());
        assertEquals(new ArticleScore.Count(0, 1), s.statuses());
    }

    @Test
    void errorsNameTheMissedClaimAndTheWrongStatus() {
        ArticleScore s = score(gold(CLAIMS, "planned"),
                new Observation(entities(), List.of(meeting("occurred")), claims().subList(0, 1)));
        assertEquals(List.of("meeting M1 planned [Vladimir Putin, Kim Jong Un]: found as [occurred]",
                "claim C2 (line 3) by [Kim Jong Un]: missed"), s.errors());
    }

    @Test
    void aPerfectObservationHasNoErrors() {
        ArticleScore s = score(gold(CLAIMS, "occurred"), new Observation(entities(), List.of(meeting("occurred")), claims()));
        assertEquals(List.of(), s.errors());
    }

    @Test
    void aWrongStanceCountsAgainstStance() {
        List<Observation.Claim> claims = List.of(claims().get(0),
                claim("c2", KIM, "assert", "Kim warned of new sanctions, KCNA reported.", Set.of(KCNA)));
        ArticleScore s = score(gold(CLAIMS, "occurred"), new Observation(entities(), List.of(meeting("occurred")), claims));
        assertEquals(new ArticleScore.Count(1, 2), s.stance());
        assertEquals(1.0, s.claims().f1());
    }

    @Test
    void aClaimRelayedByAnotherOutletCountsAgainstVia() {
        List<Observation.Claim> claims = List.of(claims().get(0),
                claim("c2", KIM, "warn", "Kim warned of new sanctions, KCNA reported.", Set.of(MOSCOW)));
        ArticleScore s = score(gold(CLAIMS, "occurred"), new Observation(entities(), List.of(meeting("occurred")), claims));
        assertEquals(new ArticleScore.Count(0, 1), s.via());
    }

    @Test
    void stanceDoesNotDependOnTheOrderClaimsComeIn() {
        // Two reporting acts on one line: the first-come pairing would pair them crosswise in one of the orders.
        List<GoldFile.Claim> twoOnALine = List.of(new GoldFile.Claim("C1", 3, List.of("Kim Jong Un"), "warn", null),
                new GoldFile.Claim("C2", 3, List.of("Kim Jong Un"), "assert", null));
        List<Observation.Claim> seen = new ArrayList<>(List.of(
                claim("c1", KIM, "assert", "Kim warned of new sanctions, KCNA reported.", Set.of()),
                claim("c2", KIM, "warn", "Kim warned of new sanctions, KCNA reported.", Set.of())));
        ArticleScore forward = score(gold(twoOnALine, "occurred"), new Observation(entities(), List.of(), seen));
        Collections.reverse(seen);
        ArticleScore backward = score(gold(twoOnALine, "occurred"), new Observation(entities(), List.of(), seen));
        assertEquals(new ArticleScore.Count(2, 2), forward.stance());
        assertEquals(forward.stance(), backward.stance());
    }

    @Test
    void anAnonymousGoldClaimantIsMatchedByANodeThatIsNoGoldEntity() {
        List<GoldFile.Claim> anonymous = List.of(new GoldFile.Claim("C1", 2, List.of("anonymous officials"), "assert", null));
        String source = NS + "doc/t1/source/e9";
        List<Observation.Claim> seen = List.of(claim("c1", source, "assert", "Putin said the talks were useful.", Set.of()));
        ArticleScore s = score(gold(anonymous, "occurred"), new Observation(entities(), List.of(), seen));
        assertEquals(new ArticleScore.Count(1, 1), s.attribution());
    }

    @Test
    void anUnannotatedEntityIsAFalsePositiveUnlessOptional() {
        List<Observation.Entity> more = new ArrayList<>(entities());
        more.add(entity(NS + "place/leaders", "Place", Set.of(), span("Leaders")));
        GoldFile plain = gold(CLAIMS, "occurred");
        assertEquals(new ArticleScore.Entities(4, 5, 4, 1, 4), score(plain, new Observation(more, List.of(), List.of())).entities());
        GoldFile optional = new GoldFile(plain.file(), plain.text(), "en", null, plain.entities(), plain.meetings(),
                plain.claims(), List.of("leaders"));
        assertEquals(0, score(optional, new Observation(more, List.of(), List.of())).entities().falsePositives());
    }

    @Test
    void aCapitalLinkedToItsStateIsLinkedRight() {
        List<Observation.Entity> ents = new ArrayList<>(entities());
        ents.set(2, entity(NS + "wd/Q159", "State", Set.of("Q159"), span("Moscow")));
        ArticleScore s = score(gold(CLAIMS, "occurred"), new Observation(ents, List.of(), List.of()));
        assertEquals(new ArticleScore.Count(3, 3), s.links());
    }

    @Test
    void anIdNoGoldEntityOfTheNodeAllowsMakesItsLinkWrong() {
        List<Observation.Entity> ents = new ArrayList<>(entities());
        ents.set(0, entity(PUTIN, "Person", Set.of("Q7747", "Q1"), span("Vladimir Putin")));
        ArticleScore s = score(gold(CLAIMS, "occurred"), new Observation(ents, List.of(), List.of()));
        assertEquals(new ArticleScore.Count(2, 3), s.links());
        assertEquals(List.of("Vladimir Putin:Q1,Q7747"), s.wrongLinks());
    }
}
