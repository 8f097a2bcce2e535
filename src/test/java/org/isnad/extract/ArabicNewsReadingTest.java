package org.isnad.extract;

import org.isnad.read.SourceDocument;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Classes of Arabic agency phrasing that the extractor misread, one per test. */
class ArabicNewsReadingTest {
    private static final Extractor EXTRACTOR = Extractor.strict();

    private static Extraction read(String body) {
        String text = "عنوان\n" + body + "\n";
        return EXTRACTOR.extract(new SourceDocument(text, null, null, LocalDate.of(2025, 6, 1), null, "ar", "test.txt"));
    }

    private static List<String> participants(Meeting m, Extraction x) {
        return m.participants().stream().map(id -> x.entities().stream().filter(e -> e.id().equals(id))
                .findFirst().orElseThrow().labelAr()).sorted().toList();
    }

    @Test
    void aMeetingNounsGenitiveMayBeAListWithTitles() {
        Extraction x = read("ولم توقع أي اتفاقات خلال لقاء الرئيس فلاديمير بوتين والرئيس الصيني شي جين بينغ أمس.");
        assertEquals(1, x.meetings().size(), "meetings: " + x.meetings());
        assertEquals(List.of("شي جين بينغ", "فلاديمير بوتين"), participants(x.meetings().get(0), x));
    }

    @Test
    void aSubjectListJoinedThroughATitlesPrefixMeetsAsOne() {
        Extraction x = read("وقالت المصادر إن العاهل الأردني الملك عبد الله الثاني والرئيس السوري أحمد الشرع قد يعقدان قمة في عمان.");
        assertEquals(1, x.meetings().size(), "meetings: " + x.meetings());
        assertEquals(List.of("أحمد الشرع", "الملك عبد الله الثاني"), participants(x.meetings().get(0), x));
    }

    @Test
    void aTitleThatStartsLikeTheConjunctionJoinsNothing() {
        Extraction x = read("والتقى الرئيس فلاديمير بوتين وزير الخارجية الصيني وانغ يي في موسكو.");
        assertEquals(1, x.meetings().size(), "meetings: " + x.meetings());
        assertEquals(List.of("فلاديمير بوتين", "وانغ يي"), participants(x.meetings().get(0), x));
    }

    @Test
    void theVisitorOfASentenceMeetsThePeopleListedAfterAVerbWithNoSubject() {
        Extraction x = read("ويأتي الاتصال بعد زيارة أجراها محمد شياع السوداني إلى طهران في يناير الماضي، "
                + "التقى خلالها مسعود بزشكيان والمرشد الأعلى علي خامنئي.");
        assertEquals(1, x.meetings().size(), "meetings: " + x.meetings());
        assertTrue(participants(x.meetings().get(0), x).contains("محمد شياع السوداني"), "meetings: " + x.meetings());
    }

    @Test
    void aCallBetweenTwoOfASummitsLeadersIsNotTheSummit() {
        Extraction x = read("أعلنت الحكومة العراقية إلغاء القمة الثلاثية التي كان مقررا أن تجمع رئيس الوزراء محمد شياع السوداني "
                + "بالرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني في بغداد.\n"
                + "وقال مصدر أردني إن الملك عبد الله الثاني تلقى مساء السبت اتصالا هاتفيا من محمد شياع السوداني، "
                + "أطلعه خلاله على ملابسات قرار الإلغاء.");
        assertEquals(2, x.meetings().size(), "meetings: " + x.meetings());
        assertEquals(MeetingStatus.CANCELLED, x.meetings().get(0).status());
        assertEquals(MeetingStatus.OCCURRED, x.meetings().get(1).status());
    }

    @Test
    void aMeetingSomethingHappensOnTheEveOfIsPlannedAndOnlyThatOne() {
        Extraction x = read("التقى وزير الخارجية المصري بدر عبد العاطي نظيره السعودي فيصل بن فرحان قبيل القمة بين الرئيس عبد الفتاح السيسي وولي العهد محمد بن سلمان.");
        assertEquals(2, x.meetings().size(), "meetings: " + x.meetings());
        Meeting ministers = x.meetings().stream().filter(m -> participants(m, x).contains("بدر عبد العاطي")).findFirst().orElseThrow();
        Meeting summit = x.meetings().stream().filter(m -> participants(m, x).contains("محمد بن سلمان")).findFirst().orElseThrow();
        assertEquals(MeetingStatus.OCCURRED, ministers.status());
        assertEquals(MeetingStatus.PLANNED, summit.status());
        Extraction call = read("وقبيل القمة، أجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين.");
        assertEquals(MeetingStatus.OCCURRED, call.meetings().get(0).status(), "the cue dates the summit right after it, not the call");
    }

    @Test
    void aVisitToSeveralStatesIsOneVisitToEach() {
        Extraction x = read("وكان الرئيس العراقي برهم صالح قد زار الكويت والإمارات الشهر الماضي.");
        assertEquals(2, x.meetings().size(), "meetings: " + x.meetings());
        assertTrue(x.meetings().stream().allMatch(m -> m.participants().size() == 2), "meetings: " + x.meetings());
        Extraction one = read("وكان الرئيس العراقي برهم صالح قد زار الكويت الشهر الماضي.");
        assertEquals(1, one.meetings().size(), "meetings: " + one.meetings());
    }

    @Test
    void aFutureVerbGovernsTheVisitNounPastACommaAndItsWeekdayPointsForward() {
        Extraction x = read("قالت الرئاسة الجزائرية إن الرئيس عبد المجيد تبون سيبدأ الإثنين، زيارة عمل رسمية إلى مصر تستمر يومين.");
        assertEquals(MeetingStatus.PLANNED, x.meetings().get(0).status(), "meetings: " + x.meetings());
        assertEquals("2025-06-02", x.meetings().get(0).date());
        Extraction past = read("قالت الرئاسة الجزائرية إن الرئيس عبد المجيد تبون بدأ الإثنين، زيارة عمل رسمية إلى مصر تستمر يومين.");
        assertEquals(MeetingStatus.OCCURRED, past.meetings().get(0).status(), "meetings: " + past.meetings());
    }

    @Test
    void aMinisterMeetingTheMinistersOfEachOfSeveralStatesMeetsEach() {
        Extraction x = read("التقى وزير الخارجية أحمد عطاف وزراء خارجية كل من تونس وليبيا وموريتانيا.");
        assertEquals(3, x.meetings().size(), "meetings: " + x.meetings());
        assertTrue(x.meetings().stream().allMatch(m -> participants(m, x).contains("أحمد عطاف") && m.participants().size() == 2),
                "meetings: " + x.meetings());
        Extraction delegation = read("التقى وزير الخارجية أحمد عطاف وفدا من تونس.");
        assertTrue(delegation.meetings().stream().noneMatch(m -> m.participants().size() > 2), "meetings: " + delegation.meetings());
    }

    @Test
    void lanRightBeforeTheMeetingVerbRulesTheMeetingOut() {
        Extraction x = read("أكد البيت الأبيض أن الرئيس الأميركي دونالد ترمب لن يلتقي نظيره الروسي فلاديمير بوتين هناك.");
        assertEquals(MeetingStatus.DENIED, x.meetings().get(0).status(), "meetings: " + x.meetings());
        Extraction other = read("وقال الكرملين إن موقف روسيا لن يتغير قبل أن يلتقي الرئيس فلاديمير بوتين نظيره الأمريكي دونالد ترامب الأسبوع المقبل.");
        assertEquals(MeetingStatus.PLANNED, other.meetings().get(0).status(), "lan negates another verb: " + other.meetings());
    }

    @Test
    void aMeetingThatWillNotBeHeldIsCalledOffNotDenied() {
        Extraction x = read("وقال المصدر إن لقاء الرئيس عبد المجيد تبون والرئيس إيمانويل ماكرون في باريس لن يعقد في موعده.");
        assertEquals(MeetingStatus.CANCELLED, x.meetings().get(0).status(), "meetings: " + x.meetings());
        Extraction person = read("أكد البيت الأبيض أن الرئيس الأميركي دونالد ترمب لن يلتقي نظيره الروسي فلاديمير بوتين.");
        assertEquals(MeetingStatus.DENIED, person.meetings().get(0).status(), "a person who will not meet: " + person.meetings());
    }
    private static String speakerOf(Claim c, Extraction x) {
        return x.entities().stream().filter(e -> e.id().equals(c.claimants().get(0))).findFirst().orElseThrow().labelAr();
    }

    @Test
    void aSourceNounBeforeANameIsItsTitle() {
        Extraction aide = read("وقال مستشار الرئيس الفرنسي إيمانويل بون إن القمة ستعقد في موعدها.");
        assertEquals("إيمانويل بون", speakerOf(aide.claims().get(0), aide), "claims: " + aide.claims());
        Extraction spokesman = read("وقال متحدث باسم الرئيس إيمانويل ماكرون إن القمة ستعقد في موعدها.");
        assertTrue(!speakerOf(spokesman.claims().get(0), spokesman).contains("ماكرون"),
                "a spokesman's words credited to the man he speaks for: " + spokesman.claims());
        Extraction within = read("وقال مسؤول في إدارة الرئيس إيمانويل ماكرون إن القمة ستعقد في موعدها.");
        assertTrue(!speakerOf(within.claims().get(0), within).contains("ماكرون"),
                "an official in an administration credited to its head: " + within.claims());
    }

    @Test
    void theStatementAndTheMinistryStandForTheBodyNamedBefore() {
        String first = "وقالت وزارة الخارجية التونسية إن الوزير أجرى اتصالا هاتفيا بنظيره المصري. ";
        for (String next : List.of("وجاء في البيان أن الجانبين بحثا الأوضاع في ليبيا.",
                "وبحث الجانبان الأوضاع في ليبيا، كما جاء في البيان.", "وأضافت الوزارة أن الجانبين بحثا الأوضاع في ليبيا.")) {
            Extraction x = read(first + next);
            assertEquals(2, x.claims().size(), next + ": " + x.claims());
            assertEquals(x.claims().get(0).claimants(), x.claims().get(1).claimants(), next);
        }
        Extraction unnamed = read("وبحث الجانبان الأوضاع في ليبيا، كما جاء في البيان.");
        assertTrue(unnamed.claims().isEmpty(), "a statement no one issued: " + unnamed.claims());
    }

    @Test
    void aVisitNounsDestinationsAfterLiOrAsAGenitiveListAreOneVisitEach() {
        Extraction x = read("أرجأ رئيس الوزراء الماليزي أنور إبراهيم زيارته لقطر والكويت التي كانت مقررة الأسبوع المقبل.");
        assertEquals(2, x.meetings().size(), "meetings: " + x.meetings());
        assertTrue(x.meetings().stream().allMatch(m -> m.participants().size() == 2), "meetings: " + x.meetings());
        Extraction noun = read("ويعتزم أنور إبراهيم زيارة مصر والأردن ولبنان الشهر المقبل.");
        assertEquals(3, noun.meetings().size(), "meetings: " + noun.meetings());
        Extraction talks = read("وبحث أنور إبراهيم مع أمير قطر تميم بن حمد لتعزيز التعاون بين البلدين.");
        assertTrue(talks.meetings().stream().allMatch(m -> m.participants().size() == 2), "a purpose read as a destination: " + talks.meetings());
    }

    @Test
    void aCourtesyWordBeforeAnUnknownNameMakesItsSpeakerAPerson() {
        Extraction x = read("وقال السيد كامل نوري إن المحادثات كانت مثمرة.");
        assertEquals(1, x.claims().size(), "claims: " + x.claims());
        assertEquals("كامل نوري", speakerOf(x.claims().get(0), x));
        Extraction object = read("والتقى السيد كامل نوري وزير الخارجية في أكرا.");
        assertTrue(object.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON && e.labelAr() != null
                && e.labelAr().contains("وزير")), "a title run into the name: " + object.entities());
    }

    @Test
    void aBodyOpeningTheReportKeepsItsClaimFromThePersonNamedBefore() {
        Extraction x = read("وصل وزير الخارجية الغاني صامويل أوكودزيتو إلى لوساكا. وأعلنت الإدارة الأمريكية، اليوم الثلاثاء، تأجيل زيارة أوكودزيتو.");
        assertEquals(1, x.claims().size(), "claims: " + x.claims());
        assertEquals("الإدارة الأمريكية", speakerOf(x.claims().get(0), x));
    }

    @Test
    void anOutletKnownByItsDescriptionAndStateIsTheClaimant() {
        Extraction x = read("وصل وزير الخارجية الغاني صامويل أوكودزيتو إلى لوساكا. وأكدت القناة الثالثة الزامبية تأجيل الزيارة. وقالت القناة إن ذلك جاء بسبب ظروف طارئة.");
        assertEquals(2, x.claims().size(), "claims: " + x.claims());
        assertEquals("القناة الثالثة الزامبية", speakerOf(x.claims().get(0), x));
        assertEquals("القناة الثالثة الزامبية", speakerOf(x.claims().get(1), x));
        Extraction channel = read("ونقل الوزير الرسالة عبر القناة الدبلوماسية المعتادة.");
        assertTrue(channel.entities().stream().noneMatch(e -> e.labelAr() != null && e.labelAr().contains("القناة")),
                "a diplomatic channel read as an outlet: " + channel.entities());
    }
}
