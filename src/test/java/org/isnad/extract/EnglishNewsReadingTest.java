package org.isnad.extract;

import org.isnad.read.SourceDocument;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Classes of English agency phrasing that real news showed the extractor misread, one per test. */
class EnglishNewsReadingTest {
    private static final Extractor EXTRACTOR = Extractor.strict();

    private static Extraction read(String body) {
        String text = "Headline\n" + body + "\n";
        return EXTRACTOR.extract(new SourceDocument(text, null, null, LocalDate.of(2025, 6, 1), null, "en", "test.txt"));
    }

    private static Entity named(Extraction x, String label) {
        return x.entities().stream().filter(e -> label.equals(e.labelEn())
                || e.mentions().stream().anyMatch(m -> m.text().equals(label))).findFirst().orElse(null);
    }

    @Test
    void aLowerCaseWordIsNeverAGazetteerName() {
        Extraction x = read("The offensive is over and time is short, officials who spoke to reporters said.");
        assertTrue(x.entities().stream().noneMatch(e -> "Islamic State".equals(e.labelEn())),
                "\"is\" read as the Islamic State: " + x.entities());
    }

    @Test
    void aPossessiveLeavesTheNameBeforeItAMention() {
        Extraction x = read("Rwanda's foreign minister arrived in Doha on Monday.");
        Entity rwanda = named(x, "Rwanda");
        assertNotNull(rwanda, "Rwanda not found in \"Rwanda's\": " + x.entities());
        assertEquals("Rwanda", rwanda.mentions().get(0).text());
    }

    @Test
    void anOutletToldIsTheClaimsChannel() {
        Extraction x = read("Sergei Lavrov told Reuters that the talks had been useful.");
        Entity reuters = named(x, "Reuters");
        assertNotNull(reuters);
        assertTrue(x.claims().stream().anyMatch(c -> reuters.id().equals(c.via())), "no claim via Reuters: " + x.claims());
    }

    @Test
    void anOutletCitingSourcesCarriesWhatTheSourcesSaid() {
        Extraction x = read("Kyodo reported, citing government sources, that the summit would be held in Tokyo.");
        Entity kyodo = named(x, "Kyodo");
        assertNotNull(kyodo, "Kyodo not found: " + x.entities());
        Claim claim = x.claims().get(0);
        assertEquals(kyodo.id(), claim.via());
        assertFalse(claim.claimants().contains(kyodo.id()), "the outlet credited with its sources' claim");
    }

    @Test
    void aVisitorMeetingSeveralPeopleMeetsEachOfThem() {
        Extraction x = read("Vladimir Putin met President Recep Tayyip Erdogan, Emir Tamim bin Hamad Al Thani and Prime Minister Narendra Modi in Moscow on Monday.");
        assertEquals(3, x.meetings().size(), "meetings: " + x.meetings());
        assertTrue(x.meetings().stream().allMatch(m -> m.participants().size() == 2));
    }

    @Test
    void aSummitKeepsItsParticipantsTogether() {
        Extraction x = read("Vladimir Putin met President Recep Tayyip Erdogan and Prime Minister Narendra Modi at a summit in Moscow on Monday.");
        assertEquals(1, x.meetings().size(), "meetings: " + x.meetings());
    }

    @Test
    void aDemonymIsAMentionOfItsState() {
        Extraction x = read("The Chinese delegation left Geneva on Friday.");
        Entity china = named(x, "China");
        assertNotNull(china, "Chinese not read as China: " + x.entities());
        assertEquals(List.of("Chinese"), china.mentions().stream().map(Mention::text).filter(Objects::nonNull).toList());
    }

    @Test
    void aDenialGovernsTheMeetingOfTheReportItDenies() {
        Extraction x = read("Claudia Sheinbaum denied a report in a Mexican newspaper that she had met Vladimir Putin in Havana last week.");
        assertEquals(1, x.meetings().size(), "meetings: " + x.meetings());
        assertEquals(MeetingStatus.DENIED, x.meetings().get(0).status());
    }

    @Test
    void anInvitationToVisitIsAPossibleMeeting() {
        Extraction x = read("Narendra Modi invited Vladimir Putin to visit New Delhi, and the Russian leader accepted.");
        assertEquals(1, x.meetings().size(), "meetings: " + x.meetings());
        assertEquals(MeetingStatus.POSSIBLE, x.meetings().get(0).status());
    }

    @Test
    void anInvitationAfterTheMeetingLeavesItHeld() {
        Extraction x = read("Vladimir Putin met Narendra Modi in New Delhi on Tuesday and invited him to Moscow.");
        assertEquals(MeetingStatus.OCCURRED, x.meetings().get(0).status(), "meetings: " + x.meetings());
    }

    @Test
    void aPersonsTitleOwnedByAnotherNamesTheOneAfterIt() {
        Extraction x = read("Narendra Modi held the annual summit with Sanae Takaichi's predecessor Shigeru Ishiba in Tokyo.");
        assertEquals(1, x.meetings().size(), "meetings: " + x.meetings());
        assertTrue(x.meetings().get(0).participants().contains(named(x, "Shigeru Ishiba").id()));
        assertFalse(x.meetings().get(0).participants().contains(named(x, "Sanae Takaichi").id()));
    }

    @Test
    void aPossessivePersonWithNoTitleAfterIsThePartner() {
        Extraction x = read("Narendra Modi held talks with Sanae Takaichi's delegation in Tokyo.");
        assertTrue(x.meetings().get(0).participants().contains(named(x, "Sanae Takaichi").id()), "meetings: " + x.meetings());
    }

    @Test
    void aVisitLookedForwardToIsPlanned() {
        Extraction x = read("U.S. officials said they were looking forward to a visit by Prime Minister Sanae Takaichi to Washington.");
        assertEquals(MeetingStatus.PLANNED, x.meetings().get(0).status(), "meetings: " + x.meetings());
    }

    @Test
    void aVisitByAVisitorToAPlaceIsTheirMeetingWithItsState() {
        Extraction x = read("A visit by Mark Carney to Washington has been postponed to March.");
        assertEquals(1, x.meetings().size(), "meetings: " + x.meetings());
        assertEquals(MeetingStatus.POSTPONED, x.meetings().get(0).status());
        assertTrue(x.meetings().get(0).participants().contains(named(x, "Mark Carney").id()));
    }

    @Test
    void aSubjectBeforeAStatusCueTakesPart() {
        Extraction x = read("Vladimir Putin is due to meet Narendra Modi in New Delhi next week.");
        assertEquals(1, x.meetings().size(), "meetings: " + x.meetings());
        assertEquals(2, x.meetings().get(0).participants().size());
        assertEquals(MeetingStatus.PLANNED, x.meetings().get(0).status());
    }

    @Test
    void aSpeakerJoinedByAndAcrossATitleTakesPart() {
        Extraction x = read("Narendra Modi and U.S. President Donald Trump spoke by telephone on Wednesday.");
        assertEquals(1, x.meetings().size(), "meetings: " + x.meetings());
        assertEquals(2, x.meetings().get(0).participants().size());
    }

    @Test
    void delegationsNamedByTheirStatesAdjectivesAreTheStatesThatMeet() {
        Extraction x = read("Russian and Ukrainian negotiators held direct talks in Istanbul on Monday.");
        assertEquals(1, x.meetings().size(), "meetings: " + x.meetings());
        assertEquals(2, x.meetings().get(0).participants().size());
    }

    @Test
    void theSpeakerOfAnEnglishReportingVerbStandsBeforeIt() {
        Extraction x = read("In Beijing, foreign ministry spokesperson Mao Ning accused Manila of deliberate provocations.");
        Entity mao = named(x, "Mao Ning");
        assertNotNull(mao);
        assertEquals(List.of(mao.id()), x.claims().get(0).claimants());
    }

    @Test
    void anAppositionDoesNotHideTheSpeaker() {
        Extraction x = read("Wendy Cutler, a former U.S. trade negotiator, told the BBC that Tokyo was negotiating carefully.");
        Entity bbc = named(x, "BBC");
        assertNotNull(bbc);
        Claim claim = x.claims().get(0);
        assertFalse(claim.claimants().contains(bbc.id()), "the outlet told credited as the speaker: " + claim);
        assertEquals(bbc.id(), claim.via());
    }

    @Test
    void aPersonAfterATitleABodyQualifiesIsTheOneWhoMeets() {
        Extraction x = read("Abbas Araghchi could meet International Atomic Energy Agency chief Rafael Grossi in Tehran next week.");
        Entity grossi = named(x, "Rafael Grossi");
        assertNotNull(grossi);
        assertEquals(1, x.meetings().size(), "meetings: " + x.meetings());
        assertTrue(x.meetings().get(0).participants().contains(grossi.id()), "meetings: " + x.meetings());
    }

    @Test
    void aHeadlineAloneMakesNoMeeting() {
        String text = "Putin meets Modi in Moscow as trade talks stall\nThe Kremlin said on Monday that trade figures were disappointing.\n";
        Extraction x = EXTRACTOR.extract(new SourceDocument(text, null, null, LocalDate.of(2025, 6, 1), null, "en", "test.txt"));
        assertEquals(0, x.meetings().size(), "meetings: " + x.meetings());
    }

    @Test
    void aHeadlineStaysEvidenceOfTheMeetingItsBodyReports() {
        String text = "Putin meets Modi in Moscow\nVladimir Putin met Narendra Modi in Moscow on Monday.\n";
        Extraction x = EXTRACTOR.extract(new SourceDocument(text, null, null, LocalDate.of(2025, 6, 1), null, "en", "test.txt"));
        assertEquals(1, x.meetings().size(), "meetings: " + x.meetings());
    }

    @Test
    void aSurnameWithTheArticleIsFoundWithoutIt() {
        Extraction x = read("Asaad al-Shaibani arrived in Amman on Monday. Shaibani said the talks were useful.");
        Entity shaibani = x.entities().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Shaibani")))
                .findFirst().orElse(null);
        assertNotNull(shaibani, "entities: " + x.entities());
        assertTrue(shaibani.mentions().stream().anyMatch(m -> m.text().equals("Asaad al-Shaibani")));
    }

    @Test
    void theMonthMayIsADateAndTheModalMayIsNot() {
        Extraction month = read("Shigeru Ishiba held talks with Mark Carney in Ottawa on May 20.");
        assertEquals(1, month.meetings().size(), "meetings: " + month.meetings());
        assertEquals(MeetingStatus.OCCURRED, month.meetings().get(0).status());
        assertEquals("2025-05-20", month.meetings().get(0).date());
        Extraction modal = read("Shigeru Ishiba may meet Mark Carney in Ottawa.");
        assertEquals(MeetingStatus.POSSIBLE, modal.meetings().get(0).status(), "meetings: " + modal.meetings());
        assertEquals(null, modal.meetings().get(0).date(), "the modal read as the month");
    }

    @Test
    void aMeetingSomethingHappensAheadOfIsPlannedAndOnlyThatOne() {
        Extraction x = read("Marco Rubio spoke by phone with Wang Yi ahead of a summit between Donald Trump and Xi Jinping.");
        assertEquals(2, x.meetings().size(), "meetings: " + x.meetings());
        Meeting call = x.meetings().stream().filter(m -> m.participants().contains(named(x, "Marco Rubio").id())).findFirst().orElseThrow();
        Meeting summit = x.meetings().stream().filter(m -> m.participants().contains(named(x, "Xi Jinping").id())).findFirst().orElseThrow();
        assertEquals(MeetingStatus.OCCURRED, call.status(), "the call took place; the summit is ahead");
        assertEquals(MeetingStatus.PLANNED, summit.status());
    }

    @Test
    void aTeleconferenceIsACall() {
        Extraction x = read("Recep Tayyip Erdogan held a teleconference with Ursula von der Leyen on Thursday.");
        assertEquals(1, x.meetings().size(), "meetings: " + x.meetings());
        assertEquals("phone", x.meetings().get(0).code().ploverMode());
        Extraction alone = read("Ursula von der Leyen spoke at a video conference on trade on Thursday.");
        assertEquals(0, alone.meetings().size(), "a conference with no partner named: " + alone.meetings());
    }

    @Test
    void noPlansToMeetIsADenialAndNoLongerACancellation() {
        Extraction denied = read("Shehbaz Sharif has no plans to meet Narendra Modi at the summit.");
        assertEquals(MeetingStatus.DENIED, denied.meetings().get(0).status(), "meetings: " + denied.meetings());
        Extraction dropped = read("Cyril Ramaphosa will no longer meet Emmerson Mnangagwa in Harare.");
        assertEquals(MeetingStatus.CANCELLED, dropped.meetings().get(0).status(), "meetings: " + dropped.meetings());
        Extraction planned = read("Cyril Ramaphosa will meet Emmerson Mnangagwa in Harare.");
        assertEquals(MeetingStatus.PLANNED, planned.meetings().get(0).status(), "meetings: " + planned.meetings());
    }

    @Test
    void aVerbWithItsSubjectUnwrittenTakesTheSentencesPersonFirst() {
        Extraction x = read("Donald Trump praised the talks. Abbas Araghchi arrived in Muscat on Saturday and will meet Badr Albusaidi on Sunday.");
        assertEquals(1, x.meetings().size(), "meetings: " + x.meetings());
        assertTrue(x.meetings().get(0).participants().contains(named(x, "Abbas Araghchi").id()), "meetings: " + x.meetings());
        assertFalse(x.meetings().get(0).participants().contains(named(x, "Donald Trump").id()));
    }

    @Test
    void howLongTwoPeopleTalkedStandsBetweenTheVerbAndThePartner() {
        Extraction x = read("Foreign Minister Cho Hyun talked for 50 minutes with his Japanese counterpart, Takeshi Iwaya, in Seoul.");
        assertEquals(1, x.meetings().size(), "meetings: " + x.meetings());
        assertTrue(x.meetings().get(0).participants().contains(named(x, "Takeshi Iwaya").id()), "meetings: " + x.meetings());
        Extraction about = read("Cho Hyun spoke for an hour about the dispute with Takeshi Iwaya.");
        assertEquals(0, about.meetings().size(), "speaking about a dispute with someone is no meeting: " + about.meetings());
    }

    @Test
    void wouldInReportedSpeechIsAPlanAndOtherwiseAPossibility() {
        Extraction said = read("Donald Trump also said he would be meeting with Chinese leader Xi Jinping during the summit.");
        assertEquals(MeetingStatus.PLANNED, said.meetings().get(0).status(), "meetings: " + said.meetings());
        Extraction maybe = read("Donald Trump would meet Xi Jinping if the talks went well.");
        assertEquals(MeetingStatus.POSSIBLE, maybe.meetings().get(0).status(), "meetings: " + maybe.meetings());
    }

    @Test
    void meetingCounterpartsFromSeveralStatesIsOneMeetingWithEach() {
        Extraction x = read("Foreign Minister Ahmed Attaf met his counterparts from Tunisia, Libya and Mauritania.");
        assertEquals(3, x.meetings().size(), "meetings: " + x.meetings());
        assertTrue(x.meetings().stream().allMatch(m -> m.participants().size() == 2));
        Extraction summit = read("Foreign Minister Ahmed Attaf met Tunisia's Mohamed Ali Nafti and Libya's Taher al-Baour at a three-way summit.");
        assertTrue(summit.meetings().size() <= 1, "a summit keeps them together: " + summit.meetings());
    }

    @Test
    void refutingReportsOfAMeetingDeniesIt() {
        Extraction x = read("The spokesman on Friday refuted reports of a meeting between Shehbaz Sharif and Narendra Modi.");
        assertEquals(MeetingStatus.DENIED, x.meetings().get(0).status(), "meetings: " + x.meetings());
        Extraction after = read("Shehbaz Sharif met Narendra Modi on Tuesday, and his office later refuted reports that the talks had failed.");
        assertEquals(MeetingStatus.OCCURRED, after.meetings().get(0).status(), "a refutation after the meeting: " + after.meetings());
    }

    @Test
    void anInvitationReceivedIsAVisitProposedNotAReception() {
        Extraction invited = read("Abdel Fattah al-Burhan received an invitation from Egyptian President Abdel Fattah al-Sisi to visit Egypt.");
        assertEquals(1, invited.meetings().size(), "meetings: " + invited.meetings());
        assertEquals(MeetingStatus.POSSIBLE, invited.meetings().get(0).status());
        Extraction received = read("Abdel Fattah al-Burhan received Egyptian President Abdel Fattah al-Sisi in Port Sudan.");
        assertEquals(MeetingStatus.OCCURRED, received.meetings().get(0).status(), "meetings: " + received.meetings());
        Extraction conference = read("Abdel Fattah al-Burhan received an invitation from Egyptian President Abdel Fattah al-Sisi to attend the conference.");
        assertEquals(0, conference.meetings().size(), "an invitation to a conference: " + conference.meetings());
    }
    private static boolean saidByAnUnnamedSource(Extraction x) {
        return x.claims().stream().flatMap(c -> c.claimants().stream())
                .anyMatch(id -> x.entities().stream().anyMatch(e -> e.id().equals(id) && e.type() == EntityType.SOURCE));
    }

    @Test
    void anUnnamedSourceOpeningTheSentenceSpeaksWithoutThat() {
        assertTrue(saidByAnUnnamedSource(read("Officials said the two delegations agreed to meet again in the spring.")));
        assertTrue(saidByAnUnnamedSource(read("\u201cWe came to listen,\u201d a senior Jordanian Foreign Ministry official told reporters.")));
        Extraction object = read("The minister thanked the officials said to have organised the visit.");
        assertTrue(object.claims().isEmpty(), "an object read as a speaker: " + object.claims());
    }

    @Test
    void theStatementAfterAccordingToIsItsIssuersClaim() {
        Extraction x = read("The Kremlin said in a statement that the talks were useful. The call lasted an hour, according to the statement.");
        assertEquals(2, x.claims().size(), "claims: " + x.claims());
        assertEquals(x.claims().get(0).claimants(), x.claims().get(1).claimants());
        Extraction other = read("The Kremlin said in a statement that the talks were useful. The call lasted an hour, according to the statement of the opposition party.");
        assertEquals(1, other.claims().size(), "another body's statement credited to the last speaker: " + other.claims());
    }

    private static String speakerOfLastClaim(Extraction x) {
        Claim last = x.claims().get(x.claims().size() - 1);
        return x.entities().stream().filter(e -> last.claimants().contains(e.id())).map(Entity::labelEn).findFirst().orElse(null);
    }

    @Test
    void aCorrectionOrAnAnswerClosingTheSentenceIsItsSpeakersClaim() {
        Extraction x = read("No accord was signed during the goodwill visit, clarified Foreign Minister Vivian Balakrishnan.");
        assertEquals(1, x.claims().size(), "claims: " + x.claims());
        assertEquals("Vivian Balakrishnan", speakerOfLastClaim(x));
        Extraction aside = read("No accord was signed during the goodwill visit, explained in the annex to the treaty.");
        assertTrue(aside.claims().isEmpty(), "a speakerless aside read as a claim: " + aside.claims());
    }

    @Test
    void heAddedClosingAParagraphCarriesOnTheLastSpeaker() {
        Extraction x = read("Vivian Balakrishnan said on Friday that the visit went well. The next round will take place in Hanoi, he added.");
        assertEquals(2, x.claims().size(), "claims: " + x.claims());
        assertEquals(x.claims().get(0).claimants(), x.claims().get(1).claimants());
        Extraction later = read("Vivian Balakrishnan said on Friday that the visit went well. The next round will take place in Hanoi, he added at a dinner, and then he flew home.");
        assertEquals(1, later.claims().size(), "words after the verb read as closing it: " + later.claims());
    }

    @Test
    void aTripToSeveralStatesIsOneVisitToEach() {
        Extraction x = read("Prime Minister Anwar Ibrahim will travel to Thailand, Vietnam and Laos next week.");
        assertEquals(3, x.meetings().size(), "meetings: " + x.meetings());
        assertTrue(x.meetings().stream().allMatch(m -> m.participants().size() == 2), "meetings: " + x.meetings());
        Extraction people = read("Prime Minister Anwar Ibrahim met Srettha Thavisin and Pham Minh Chinh in Bangkok.");
        assertTrue(people.meetings().size() <= 2 && people.meetings().stream().noneMatch(m -> m.participants().size() > 3));
    }

    @Test
    void cancellingAPlannedVisitCancelsIt() {
        Extraction x = read("Prime Minister Anwar Ibrahim has cancelled a planned visit to Thailand next week.");
        assertEquals(MeetingStatus.CANCELLED, x.meetings().get(0).status(), "meetings: " + x.meetings());
        Extraction later = read("After the cancelled summit, Prime Minister Anwar Ibrahim will make a planned visit to Thailand next week.");
        assertEquals(MeetingStatus.PLANNED, later.meetings().get(0).status(), "meetings: " + later.meetings());
    }

    @Test
    void aCourtesyWordBeforeASurnameMakesItsSpeakerAPerson() {
        Extraction x = read("\u201cThe corridor will open next week,\u201d Mr Sabry said.");
        assertEquals(1, x.claims().size(), "claims: " + x.claims());
        assertEquals("Sabry", speakerOfLastClaim(x));
        Extraction bare = read("The Hon. members of the committee met on Monday.");
        assertTrue(bare.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), "a person read after a bare courtesy word: " + bare.entities());
    }

    @Test
    void aCourtesyWordBeforeTheSurnameOfSomeoneNamedEarlierStandsForHim() {
        Extraction x = read("Tom Obiero, the Kenyan envoy, arrived in Accra on Monday. \u201cThe corridor will open next week,\u201d Amb Obiero said.");
        assertEquals("Tom Obiero", speakerOfLastClaim(x));
        assertTrue(x.entities().stream().noneMatch(e -> "Obiero".equals(e.labelEn())), "the surname made a second person: " + x.entities());
    }

    @Test
    void aMinistryWhoseNameHoldsAnOutletsIsTheClaimant() {
        Extraction x = read("Foreign Minister Mariam Ouedraogo arrived in Accra on Monday. The Ministry of Foreign Affairs said that Ouedraogo would leave on Sunday.");
        assertEquals(1, x.claims().size(), "claims: " + x.claims());
        assertEquals("Ministry of Foreign Affairs", speakerOfLastClaim(x));
        assertTrue(x.entities().stream().noneMatch(e -> "Foreign Affairs".equals(e.labelEn())), "the magazine kept inside the ministry: " + x.entities());
        Extraction magazine = read("The essay by Mariam Ouedraogo appeared in Foreign Affairs on Monday.");
        assertNotNull(named(magazine, "Foreign Affairs"), "the magazine lost: " + magazine.entities());
    }
}
