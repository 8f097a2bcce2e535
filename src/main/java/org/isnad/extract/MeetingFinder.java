package org.isnad.extract;

import org.isnad.extract.EntityRegistry.Node;
import org.isnad.text.Sentence;
import org.isnad.text.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds meetings. In each sentence, trigger words (al-tqā, lqāʾ, zyāra, mḥādthāt…) next to each other
 * form one report; the report's participants come from "bīn X w Y", "mʿ X", the verb's subject and
 * object, a noun's genitive and its clause's subject, a visit's destination, or "the two leaders"
 * (the pair in focus). A report without participants of its own ("al-ajtmāʿ", "hdhā al-lqāʾ") speaks of
 * the meeting in focus. Reports of the same participants, tense family and date are one meeting.
 */
final class MeetingFinder {
    /** A meeting as assembled from its reports. */
    static final class Draft {
        final LinkedHashSet<Node> participants = new LinkedHashSet<>();
        final LinkedHashSet<Node> locations = new LinkedHashSet<>();
        final LinkedHashSet<String> topics = new LinkedHashSet<>();
        final TreeSet<Integer> sentences = new TreeSet<>();
        /** How it was held, from its words: visit, phone; none means met in person. */
        final Set<String> modes = new java.util.TreeSet<>();
        /** The rules (or built-in reading) whose reports made it. */
        final List<RuleEngine.Because> because = new ArrayList<>();
        boolean earlier;
        MeetingStatus status;
        String date;

        /** The reported status; with none, a date after publication means planned, anything else occurred. */
        MeetingStatus finalStatus(java.time.LocalDate published) {
            return MeetingStatus.reportedOrByDate(status, date, published);
        }
    }

    /** What the triggers of one place in one sentence say. */
    private static final class Report {
        final Sentence sentence;
        final int first;
        int last;
        final List<Context.Match<LanguagePack.Trigger>> triggers = new ArrayList<>();
        final LinkedHashSet<Node> participants = new LinkedHashSet<>();
        final LinkedHashSet<Node> locations = new LinkedHashSet<>();
        final List<String> topics = new ArrayList<>();
        boolean anaphoric;
        boolean pair;
        /** "held talks with his counterparts from A, B and C": one meeting with each partner listed. */
        boolean oneEach;
        /** The partners a "with" list named, in order. */
        final List<Node> listed = new ArrayList<>();
        /** "wkān X qd al-tqā Y": a meeting before the news, never the one the article is about. */
        boolean earlier;
        /** How many of the participants are the verb's subject, written before it (0 when none is). */
        int subjects;
        MeetingStatus status;
        String date;
        String mode;
        /** Set when a rule made this report: the finder's own reading of its words is then skipped. */
        RuleEngine.Because rule;

        Report(Sentence sentence, Context.Match<LanguagePack.Trigger> trigger) {
            this.sentence = sentence;
            this.first = trigger.first();
            this.last = trigger.end() - 1;
            triggers.add(trigger);
        }

        Report(Sentence sentence, RuleEngine.Because rule) {
            this.sentence = sentence;
            this.first = rule.first();
            this.last = rule.end() - 1;
            this.rule = rule;
        }

        /** The same report with other participants: one of the meetings of a visitor with each person listed. */
        Report with(List<Node> others) {
            Report copy = new Report(sentence, triggers.get(0));
            copy.last = last;
            copy.triggers.clear();
            copy.triggers.addAll(triggers);
            copy.participants.addAll(others);
            copy.locations.addAll(locations);
            copy.topics.addAll(topics);
            copy.anaphoric = anaphoric;
            copy.earlier = earlier;
            copy.status = status;
            copy.date = date;
            copy.mode = mode;
            return copy;
        }

        RuleEngine.Because because() {
            return rule != null ? rule : new RuleEngine.Because("builtin/meeting-trigger", null, first, last + 1);
        }

        boolean has(String kind) {
            return triggers.stream().anyMatch(t -> t.value().kind().equals(kind));
        }

        Context.Match<LanguagePack.Trigger> verb() {
            return triggers.stream().filter(t -> t.value().verb()).findFirst().orElse(null);
        }
    }

    /** Debug trace of each report, for tuning rules: -Dorg.slf4j.simpleLogger.log.org.isnad.extract=debug */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MeetingFinder.class);
    private static final int GROUP_GAP = 3;
    private static final int WINDOW = 16;
    private static final int TOPIC_WORDS = 6;
    /** How far from its trigger a place may be and still be where the meeting is. */
    private static final int PLACE_REACH = 7;
    private static final int NEARBY_SENTENCES = 3;
    /** How far a denial governs the meeting it denies ("nafā ... an yakūn ... qad iltaqā"). */
    private static final int DENIAL_REACH = 15;
    /** How far a cue of scope next ("ahead of a new round of talks") may stand from the trigger it governs. */
    private static final int NEXT_REACH = 4;

    private final Context cx;
    private final LanguagePack pack;
    private final Conjuncts conjuncts;
    private final DateResolver dates;
    private final List<Draft> drafts = new ArrayList<>();
    private Draft focus;

    private final List<ClaimFinder.Draft> claims;

    private final RuleEngine engine;
    private final Map<Integer, List<RuleEngine.Hit>> ruleHits;

    /**
     * @param claims   the claims already found: a speaker is the subject of "wʾakd khlāl lqāʾh mʿ…"
     * @param ruleHits matches of the events-stage rules that make meetings, by sentence
     */
    MeetingFinder(Context cx, List<ClaimFinder.Draft> claims, RuleEngine engine, Map<Integer, List<RuleEngine.Hit>> ruleHits) {
        this.cx = cx;
        this.pack = cx.pack;
        this.conjuncts = new Conjuncts(cx);
        this.dates = new DateResolver(cx);
        this.claims = claims;
        this.engine = engine;
        this.ruleHits = ruleHits;
    }

    List<Draft> run() {
        Set<Integer> headline = headlineSentences();
        // The headline is read last: it announces what the body reports, so its words join a meeting the
        // body found and never make one of their own (nor absorb a later, different one).
        List<Sentence> order = new ArrayList<>();
        for (Sentence s : cx.text.sentences()) {
            order.add(s);
        }
        order.sort(java.util.Comparator.comparing(s -> headline.contains(s.index())));
        for (Sentence s : order) {
            boolean inHeadline = headline.contains(s.index());
            Draft previousInSentence = null;
            boolean earlierSentence = false;
            for (Report whole : reports(s)) {
                if (whole.rule == null) {
                    read(whole);
                }
                for (Report r : oneMeetingEach(whole, s)) {
                    // "wkān ardūghān qd zār al-dūḥa … wāltqā khlālhā tmīm": the sentence narrates that earlier time.
                    earlierSentence |= r.earlier;
                    r.earlier = earlierSentence;
                    LOG.debug("meeting report in sentence {} at token {}: {} participants={} status={} anaphoric={}",
                            r.sentence.index(), r.first, r.triggers.stream().map(t -> cx.token(t.first()).surface()).toList(),
                            r.participants, r.status, r.anaphoric);
                    Draft target = inHeadline ? bodyMeetingOf(r) : place(r, previousInSentence);
                    if (target != null) {
                        merge(target, r);
                        previousInSentence = target;
                        if (target.participants.size() >= 2 && !inHeadline) {
                            focus = target;
                        }
                    }
                }
            }
        }
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            normalise(d);
            if (d.participants.size() >= 2) {
                out.add(d);
            }
        }
        return out;
    }

    /** The first meeting of the body a headline's report can be: the lead's, as a rule. */
    private Draft bodyMeetingOf(Report r) {
        for (Draft d : drafts) {
            if (r.participants.size() >= 2 && compatible(d, r)) {
                return d;
            }
        }
        return null;
    }

    /**
     * "During the visit, Motegi met Modi, Doval and Goyal": one visitor meeting several people, one after
     * the other, is one meeting with each. A summit or talks named in the sentence keep them together.
     */
    private List<Report> oneMeetingEach(Report r, Sentence s) {
        Context.Match<LanguagePack.Trigger> verb = r.verb();
        List<Node> all = new ArrayList<>(r.participants);
        List<Node> hosts = all.stream().filter(p -> !r.listed.contains(p)).toList();
        if (r.oneEach && hosts.size() == 1 && r.listed.size() >= 2) {
            List<Node> each = new ArrayList<>(hosts);
            each.addAll(r.listed);
            return split(r, each);
        }
        List<Node> people = all.stream().filter(p -> p.type == EntityType.PERSON).toList();
        if (r.rule == null && r.has("visit") && all.size() >= 3 && people.size() == 1) {
            // "zār al-kwyt wa-l-imārāt", "a visit to Indonesia and Brunei": a visit to each of the places listed
            List<Node> visitorFirst = new ArrayList<>(people);
            all.stream().filter(p -> p.type != EntityType.PERSON).forEach(visitorFirst::add);
            return split(r, visitorFirst);
        }
        if (r.rule != null || verb == null || r.subjects != 1 || all.size() < 3 || r.has("talk")) {
            return List.of(r);
        }
        if (all.stream().anyMatch(p -> p.type != EntityType.PERSON)) {
            return List.of(r);
        }
        // "met A, B and C for a three-way summit" keeps them together; "during the visit, X met A, B and C" does not
        for (int i = r.last + 1; i < s.endToken(); i++) {
            Context.Match<LanguagePack.Trigger> other = cx.isWord(i) ? cx.nounPhrase(pack.meetingTriggers, i) : null;
            if (other != null && !other.value().verb()) {
                return List.of(r);
            }
        }
        return split(r, all);
    }

    /** The first participant (the report's subject) meeting each of the others. */
    private static List<Report> split(Report r, List<Node> all) {
        List<Report> out = new ArrayList<>();
        for (Node met : all.subList(1, all.size())) {
            out.add(r.with(List.of(all.get(0), met)));
        }
        return out;
    }

    /** Longest line read as a headline; a longer first line is the article's first paragraph. */
    private static final int HEADLINE_CHARS = 200;

    /**
     * The sentences of the headline: the first line, when more lines follow and it is short and does
     * not end as a sentence does. None when the text has no such line.
     */
    private Set<Integer> headlineSentences() {
        String text = cx.text.text();
        int end = text.indexOf('\n');
        String first = end < 0 ? "" : text.substring(0, end).strip();
        if (first.isEmpty() || first.length() > HEADLINE_CHARS || text.substring(end).isBlank() || first.endsWith(".")) {
            return Set.of();
        }
        Set<Integer> out = new java.util.HashSet<>();
        for (Sentence s : cx.text.sentences()) {
            if (s.endToken() > s.firstToken() && cx.token(s.endToken() - 1).end() <= end) {
                out.add(s.index());
            }
        }
        return out;
    }

    // ---- reports -----------------------------------------------------------------------------

    private List<Report> reports(Sentence s) {
        List<Report> out = new ArrayList<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (!cx.isWord(i) || cx.covered(i)) {
                continue;
            }
            Context.Match<LanguagePack.Trigger> m = triggerAt(i);
            if (m == null) {
                continue;
            }
            Report last = out.isEmpty() ? null : out.get(out.size() - 1);
            // "wbḥth mʿh al-tḥḍīrāt lzyāra…": a trigger behind a preposition is another event, not the same report.
            if (last != null && m.first() - last.last <= GROUP_GAP && !m.reading().hasPreposition()) {
                last.triggers.add(m);
                last.last = m.end() - 1;
            } else {
                out.add(new Report(s, m));
            }
            i = m.end() - 1;
        }
        for (RuleEngine.Hit hit : ruleHits.getOrDefault(s.index(), List.of())) {
            if (hit.rule().action().kind().equals("meeting")) {
                out.add(fromRule(hit));
            }
        }
        out.sort(java.util.Comparator.comparingInt(r -> r.first));
        return out;
    }

    /** A report a rule made: its captures give the participants, place, date and topic. */
    private Report fromRule(RuleEngine.Hit hit) {
        Report r = new Report(hit.sentence(), hit.because());
        r.participants.addAll(engine.entities(hit, "participant", true));
        r.locations.addAll(engine.entities(hit, "location", false));
        r.status = engine.status(hit);
        r.mode = engine.setting(hit, "mode");
        r.date = engine.date(hit, dates, r.status);
        r.topics.addAll(engine.topics(hit));
        return r;
    }

    private Context.Match<LanguagePack.Trigger> triggerAt(int i) {
        Context.Match<LanguagePack.Trigger> verb = cx.verbPhrase(pack.meetingTriggers, i);
        if (verb != null && verb.value().verb()) {
            return verb;
        }
        Context.Match<LanguagePack.Trigger> noun = cx.nounPhrase(pack.meetingTriggers, i);
        return noun != null && !noun.value().verb() ? noun : null;
    }

    /** Fills a report's participants, places, status, date and topics from the words around it. */
    private void read(Report r) {
        int clauseStart = clauseStart(r.first, r.sentence);
        int windowEnd = clauseEnd(r.last + 1, r.sentence);
        Context.Match<LanguagePack.Trigger> head = r.triggers.get(0);
        String article = pack.morphology.article();
        // "wshārk fy al-ajtmāʿ": a definite noun anywhere in the group refers back, even after a verb.
        Context.Match<LanguagePack.Trigger> noun = r.triggers.stream().filter(t -> !t.value().verb()).findFirst().orElse(head);
        boolean definite = article != null && noun.reading().stem().startsWith(article);
        r.anaphoric = !noun.value().verb() && (definite
                || cx.inRange(noun.first() - 1) && pack.demonstratives.contains(cx.token(noun.first() - 1).folded()));

        boolean between = partnersAfterMarker(r, windowEnd, "between");
        partnersAfterMarker(r, windowEnd, "with");
        if (r.has("talk")) {
            partnersAfterMarker(r, windowEnd, "from"); // tlqā atṣālā hātfyā mn nẓīrh
        }
        Context.Match<LanguagePack.Trigger> verb = r.verb();
        if (!between) {
            if (verb != null) {
                verbArguments(r, verb, clauseStart, windowEnd);
            } else {
                nounArguments(r, head, clauseStart, windowEnd);
            }
        }
        if (r.participants.size() == 1 && !r.anaphoric) {
            speakerOf(r);
        }
        places(r, clauseStart, windowEnd);
        r.status = status(r, verb);
        r.earlier = verb != null && verb.value().impliedStatus() == MeetingStatus.OCCURRED && modalBefore(verb.first());
        // With no status, a weekday or a bare month is read as the last one before publication: news
        // reports what happened; what is to come carries a cue (yʿtzm, al-mqbl, s) that gives a status.
        boolean future = r.status != null && r.status != MeetingStatus.OCCURRED;
        // "khlāl al-zyāra … fy ʿām 2019": a back-reference takes its date from the meeting, not the sentence.
        r.date = r.anaphoric ? null : dates.near(r.first, clauseStart, windowEnd, future);
        topics(r, windowEnd);
    }

    /** bīn X w Y / mʿ X: actors after the marker. Returns whether the marker was there. */
    private boolean partnersAfterMarker(Report r, int windowEnd, String role) {
        for (int j = r.last + 1; j < windowEnd && j <= r.last + 6; j++) {
            if (triggerAt(j) != null) {
                return false; // "at the summit, Ishiba held talks with…": the partners are the next report's
            }
            if (!role.equals(marker(j))) {
                continue;
            }
            int wanted = role.equals("between") ? 2 : 1;
            int reach = role.equals("between") ? 10 : 4;
            int found = 0;
            for (int k = j + 1; k < windowEnd && k <= j + reach && found < wanted; k++) {
                Span s = cx.spanStartingAt(k);
                Span person = s == null ? null : conjuncts.personAfterTitle(s, windowEnd);
                if (s != null && cx.isTitleComplement(s, Integer.MAX_VALUE)) {
                    k = s.end() - 1; // wʾamīn al-mjls al-aʿlā … ʿly shmkhāny: the council qualifies the title
                } else if (person != null) {
                    r.participants.add(person.entity()); // "with EU foreign policy chief Kaja Kallas"
                    found++;
                    k = listAfter(r, person, j, role) - 1;
                } else if (s != null && (!s.adjective() || conjuncts.groupNounAfter(s.end(), windowEnd)) && s.entity().asActor().isActor()) {
                    r.participants.add(s.entity().asActor());
                    found++;
                    k = listAfter(r, s, j, role) - 1;
                } else if (pairAt(k, r)) {
                    found = wanted;
                }
            }
            return found > 0;
        }
        return false;
    }

    /**
     * "talks with his counterparts from Canada, Britain and India": the partners listed after the first
     * one a "with" marker (at {@code marker}) names; returns where the list ends. A one-each word
     * (counterparts, separately) in front makes them meetings of their own.
     */
    private int listAfter(Report r, Span first, int marker, String role) {
        if (!role.equals("with")) {
            return first.end();
        }
        int end = first.end();
        r.listed.add(first.entity().asActor());
        for (Span next = conjuncts.listedAfter(end, clauseEnd(end, r.sentence)); next != null
                && next.entity().asActor().isActor(); next = conjuncts.listedAfter(end, clauseEnd(end, r.sentence))) {
            r.participants.add(next.entity().asActor());
            r.listed.add(next.entity().asActor());
            end = next.end();
        }
        for (int k = marker + 1; k < first.first(); k++) {
            r.oneEach |= cx.isWord(k) && pack.is(LanguagePack.Marker.ONE_EACH, cx.token(k).folded());
        }
        r.oneEach |= cx.isWord(end) && pack.is(LanguagePack.Marker.ONE_EACH, cx.token(end).folded());
        for (Context.Match<LanguagePack.Trigger> t : r.triggers) {
            // "bilateral meetings with A and B": a plural trigger is one meeting with each
            r.oneEach |= pack.is(LanguagePack.Marker.ONE_EACH, cx.token(t.end() - 1).folded());
        }
        return end;
    }

    /** "wʾakd mūdy fy atṣāl hātfy mʿ albānīzy": the speaker of a claim just before the trigger takes part. */
    private void speakerOf(Report r) {
        for (ClaimFinder.Draft c : claims) {
            if (c.sentence().index() == r.sentence.index() && c.verb() < r.first && r.first - c.verb() <= 8) {
                for (Node claimant : c.claimants()) {
                    Node a = claimant.asActor();
                    if (a.type == EntityType.PERSON || a.type == EntityType.STATE) {
                        r.participants.add(a);
                        return;
                    }
                }
            }
        }
    }

    /** A verb's subject (before or after it) and, for meet and visit verbs, its object. */
    private void verbArguments(Report r, Context.Match<LanguagePack.Trigger> verb, int clauseStart, int windowEnd) {
        List<Node> subjects = subjectsBefore(cueStartBefore(verb.first()), clauseStart);
        Node before = subjects.isEmpty() ? null : subjects.get(0);
        r.participants.addAll(subjects);
        r.subjects = subjects.size();
        if (subjects.size() >= 2) {
            r.pair = true;
        }
        if (before == null) {
            // "wkān al-rʾīsān qd al-tqyā": a pair word a few words before the verb is its subject.
            for (int k = verb.first() - 1; k >= Math.max(clauseStart, verb.first() - 5) && !r.pair; k--) {
                pairAt(k, r);
            }
        }
        // In a verb-first language a meet verb may have its subject and its object after it; in a
        // subject-first one what follows the verb is only ever its object.
        int objects = verb.value().objectIsParticipant() ? 2 : 1;
        if (pack.subjectFirst) {
            // "X met Y", "X spoke with Y", "who spoke with Carney": one partner after the verb
            objects = r.pair && !verb.value().objectIsParticipant() ? 0 : 1;
        } else if (before != null || r.pair) {
            objects--;
        }
        if (r.pair && !verb.value().objectIsParticipant()) {
            objects = 0;
        }
        for (int j = verb.end(); j < windowEnd && objects > 0; j++) {
            if (j > r.last && triggerAt(j) != null) {
                break; // "wsṭ trqb lzyāra lūdryān": another report's words
            }
            Span s = cx.spanStartingAt(j);
            if (s != null && cx.isTitleComplement(s, Integer.MAX_VALUE)) {
                j = s.end() - 1;
                continue;
            }
            if (s == null) {
                if (pairAt(j, r)) {
                    objects = 0;
                }
                continue;
            }
            Span titled = conjuncts.personAfterTitle(s, windowEnd);
            if (titled != null) {
                s = titled; // "met IAEA chief Rafael Grossi": the body qualifies the title; the person meets
            }
            j = s.end() - 1;
            String role = roleOf(s);
            // "met his counterparts from A, B and C", "al-tqā wuzarāʾ khārjyya kull mn A w B": one meeting with each
            boolean each = role.equals("from") && oneEachWordIn(verb.end(), s.first());
            if (s.adjective() || !s.entity().asActor().isActor() || !role.isEmpty() && !role.equals("with") && !each) {
                continue;
            }
            // "ʿqd X w Y mḥādthāt": a second subject joined by w does not use up the verb's object.
            boolean joined = conjuncts.coordinated(s) && !r.participants.isEmpty();
            r.participants.add(s.entity().asActor());
            if (each) {
                r.oneEach = true;
                r.listed.add(s.entity().asActor());
            }
            if (!joined) {
                objects--;
            }
            // "yzūr lūdryān al-ryāḍ wāldūḥa", "met Erdogan, Emir Tamim and Prime Minister Modi": the objects
            // listed after the last one, each after a comma or a conjunction.
            // A list may run past the window: each item opens a window of its own.
            for (Span next = conjuncts.listedAfter(s.end(), clauseEnd(s.end(), r.sentence)); objects == 0 && next != null
                    && next.entity().asActor().isActor(); next = conjuncts.listedAfter(next.end(), clauseEnd(next.end(), r.sentence))) {
                r.participants.add(next.entity().asActor());
                if (each) {
                    r.listed.add(next.entity().asActor());
                }
                j = next.end() - 1;
            }
        }
        Unwritten unwritten = subjects.isEmpty() && !r.pair ? unwrittenSubject(verb, clauseStart) : Unwritten.NO;
        Node earlierSubject = sentenceSubject != null && sentenceSubject.sentence == r.sentence ? sentenceSubject.node : null;
        if (r.participants.size() == 1 && !r.pair && unwritten != Unwritten.COORDINATED && earlierSubject != null
                && !r.participants.contains(earlierSubject)) {
            // "ytwjh ndāyshīmyī … llqāʾ ghwytā, … ḥīth yltqy trāwry": the traveller of the sentence meets each
            r.participants.add(earlierSubject);
        }
        if (subjects.isEmpty() && r.participants.size() >= 2 && !r.pair && unwritten != Unwritten.COORDINATED
                && earlierSubject != null && !r.participants.contains(earlierSubject)) {
            // "zyāra ajrāhā al-sūdānī …, al-tqā khlālhā bzshkyān wa-khāmnaʾī": the traveller met each of them
            withSubject(r, earlierSubject);
        }
        if (r.participants.size() == 1 && !r.pair && unwritten != Unwritten.COORDINATED) {
            // "… an yṣl lūdryān ilā bīrūt, ḥīth sīltqy bry": the subject is the last person of the sentence.
            for (Node n : clauseSubjects(verb.first(), r.sentence.firstToken())) {
                if (n.type == EntityType.PERSON && !r.participants.contains(n)) {
                    r.participants.add(n);
                    break;
                }
            }
        }
        if (unwritten != Unwritten.NO && r.participants.size() == 1) {
            // "He met Berri and will meet Mikati", "wsyltqy al-ywm mīqāty": the subject is the earlier
            // verb's in the sentence, else the person the text is about, named in the sentence before.
            Node topic = sentenceSubject != null && sentenceSubject.sentence == r.sentence ? sentenceSubject.node : topicPerson(r.sentence, verb.first());
            if (topic != null && !r.participants.contains(topic)) {
                withSubject(r, topic);
            }
        }
        if (r.subjects >= 1 && !r.participants.isEmpty()) {
            sentenceSubject = new SentenceSubject(r.sentence, r.participants.iterator().next());
        }
    }

    /** Whether a one-each word (counterparts, nuẓarāʾ, kull) stands in [from, to). */
    private boolean oneEachWordIn(int from, int to) {
        for (int k = from; k < to; k++) {
            if (cx.isWord(k) && pack.is(LanguagePack.Marker.ONE_EACH, cx.token(k).folded())) {
                return true;
            }
        }
        return false;
    }

    /** Makes {@code subject} the report's first participant, the subject its other participants meet. */
    private static void withSubject(Report r, Node subject) {
        List<Node> all = new ArrayList<>();
        all.add(subject);
        all.addAll(r.participants);
        r.participants.clear();
        r.participants.addAll(all);
        r.subjects = 1;
    }

    /** The subject of the last meeting verb read, and its sentence. */
    private record SentenceSubject(Sentence sentence, Node node) {
    }

    private SentenceSubject sentenceSubject;

    /**
     * Whether a meeting verb's subject is not written: a personal pronoun or a conjunction before it
     * (he met, and will meet), or, in a verb-first language, nothing but particles before it in its clause.
     */
    private Unwritten unwrittenSubject(Context.Match<LanguagePack.Trigger> verb, int clauseStart) {
        PhraseIndex<?> pronouns = pack.phraseClass("pronouns");
        for (int k = cueStartBefore(verb.first()) - 1; k >= clauseStart; k--) {
            if (!cx.isWord(k) || cx.spanAt(k) != null) {
                return Unwritten.NO;
            }
            String f = cx.token(k).folded();
            if (pack.is(LanguagePack.Marker.CONJUNCTIONS, f)) {
                return Unwritten.COORDINATED;
            }
            if (pronouns != null && cx.nounPhrase(pronouns, k) != null) {
                return Unwritten.PRONOUN;
            }
            if (!pack.isFunctionWord(f)) {
                return Unwritten.NO;
            }
        }
        return pack.subjectFirst ? Unwritten.NO : Unwritten.VERB_FIRST;
    }

    /** How a meeting verb's subject is left unwritten: not at all, as a pronoun, as the subject of an earlier verb, or dropped. */
    private enum Unwritten { NO, PRONOUN, COORDINATED, VERB_FIRST }

    /**
     * The person the text is about at this sentence: the first person named (not behind a preposition)
     * before {@code verb} in the sentence ("an ytwjh mākrūn ilā wahrān, ḥīth yltqy…"), else in the
     * nearest of the two sentences before it that names one.
     */
    private Node topicPerson(Sentence s, int verb) {
        for (Span sp : cx.spansIn(s.firstToken(), verb)) {
            if (!sp.adjective() && sp.entity().type == EntityType.PERSON && roleOf(sp).isEmpty()) {
                return sp.entity();
            }
        }
        for (int back = 1; back <= 2 && s.index() - back >= 0; back++) {
            Sentence previous = cx.text.sentences().get(s.index() - back);
            for (Span sp : cx.spansIn(previous.firstToken(), previous.endToken())) {
                if (!sp.adjective() && sp.entity().type == EntityType.PERSON && roleOf(sp).isEmpty()) {
                    return sp.entity();
                }
            }
        }
        return null;
    }

    /** A person named right after bhā (titles and adjectives may stand between), or null. */
    private Node personAfterAgentMarker(Report r, int windowEnd) {
        for (int j = r.last + 1; j < windowEnd && j <= r.last + 4; j++) {
            if (!"agent".equals(marker(j))) {
                continue;
            }
            for (int k = j + 1; k < windowEnd && k <= j + 4; k++) {
                Span s = cx.spanStartingAt(k);
                if (s != null && s.entity().type == EntityType.PERSON) {
                    return s.entity();
                }
                if (s != null && !s.adjective() || s == null && !cx.reserved[k]) {
                    return null;
                }
                if (s != null) {
                    k = s.end() - 1;
                }
            }
            return null;
        }
        return null;
    }

    /** A noun's genitive actor (lqāʾ būtīn, zyāra rūsyā) and the subject of its clause. */
    private void nounArguments(Report r, Context.Match<LanguagePack.Trigger> noun, int clauseStart, int windowEnd) {
        for (int j = r.last + 1; j < windowEnd && j <= r.last + 4; j++) {
            Span s = cx.spanStartingAt(j);
            if (s == null) {
                // "lqāʾ al-rʾīs al-mālī al-jnrāl ghwytā": titles and the adjectives that follow them
                if (cx.reserved[j] || pairAt(j, r) || j > r.last + 1 && cx.reserved[j - 1] && cx.isDefinite(j)) {
                    continue;
                }
                break;
            }
            if (s.adjective()) {
                j = s.end() - 1;
                continue;
            }
            if (roleOf(s).isEmpty() && s.entity().asActor().isActor()) {
                r.participants.add(s.entity().asActor());
                // "lqāʾ būtīn wa-kīm": a genitive may be a list; a visit to "Moscow and Kyiv" is two visits
                // (a visit's genitive visitor is no list: "zyāra būtīn wa-lqāʾh"; its places are, one visit each)
                boolean visitor = r.has("visit") && !isPlace(s);
                for (Span next = visitor ? null : conjuncts.listedAfter(s.end(), windowEnd);
                        next != null && next.entity().asActor().isActor() && (!r.has("visit") || isPlace(next));
                        next = conjuncts.listedAfter(next.end(), windowEnd)) {
                    r.participants.add(next.entity().asActor());
                }
            }
            break;
        }
        if (r.pair || r.anaphoric && r.participants.isEmpty()) {
            return;
        }
        if (r.has("visit") && r.participants.stream().anyMatch(p -> p.type == EntityType.PERSON)) {
            return; // "lzyāra lūdryān ilā bīrūt": the genitive is the visitor; the host is the destination
        }
        Node visitor = r.has("visit") ? personAfterAgentMarker(r, windowEnd) : null;
        if (visitor != null) {
            r.participants.add(visitor); // "zyāra mrtqba yqūm bhā al-rʾīs al-ṣīny shy": the visitor
            sentenceSubject = new SentenceSubject(r.sentence, visitor); // "… al-tqā khlālhā X": the visitor met X
            return;
        }
        List<Node> subjects = clauseSubjects(noun.first(), clauseStart);
        r.participants.addAll(subjects);
        if (!subjects.isEmpty() && subjects.get(0).type == EntityType.PERSON) {
            sentenceSubject = new SentenceSubject(r.sentence, subjects.get(0));
        }
    }

    /**
     * The nearest person before the trigger in its clause, else the nearest unmarked actor; with the
     * actor joined to it by "w" (al-sʿūdya wʾiīrān … mḥādthāt).
     */
    private List<Node> clauseSubjects(int trigger, int clauseStart) {
        for (int j = trigger - 1; j >= clauseStart && !cx.covered(j); j--) {
            if (conjuncts.isGroupNoun(j)) {
                List<Node> states = conjuncts.statesOfGroup(j, clauseStart);
                if (states.size() >= 2) {
                    return states; // "Russian and Ukrainian negotiators held direct talks"
                }
            }
        }
        Span chosen = null;
        for (int j = trigger - 1; j >= clauseStart; j--) {
            Span s = cx.spanAt(j);
            if (s == null) {
                continue;
            }
            j = s.first();
            if (s.adjective()) {
                continue;
            }
            Node e = s.entity().asActor();
            if (e.type == EntityType.PERSON) {
                chosen = s;
                break;
            }
            if (chosen == null && e.isActor() && roleOf(s).isEmpty()) {
                chosen = s;
            }
        }
        List<Node> out = new ArrayList<>();
        if (chosen != null) {
            out.add(chosen.entity().asActor());
            int joined = conjuncts.joinedAfter(chosen);
            Span previous = joined >= 0 ? cx.spanAt(joined) : null;
            if (previous != null && !previous.adjective() && previous.entity().asActor().isActor()) {
                out.add(previous.entity().asActor());
            }
        }
        return out;
    }

    /** "LeBlanc is due to meet": where a status cue ending right at the verb starts (the verb itself if none). */
    private int cueStartBefore(int verb) {
        int start = verb;
        for (int k = verb - 1; k >= 0 && k >= verb - 5; k--) {
            Context.Match<LanguagePack.Cue> m = cx.isWord(k) ? cx.nounPhrase(pack.statusCues, k) : null;
            if (m != null && m.end() == start) {
                start = k;
            }
        }
        return start;
    }

    /**
     * The subject written before a verb: an actor whose mention ends within a few words of it, with
     * only adjectives and function words between (shkry qd al-tqā). "X w Y ybḥthān" gives both.
     */
    private List<Node> subjectsBefore(int verb, int clauseStart) {
        List<Node> out = new ArrayList<>();
        if (pack.subjectFirst && cx.isWord(verb - 1) && pack.is(LanguagePack.Marker.CONJUNCTIONS, cx.token(verb - 1).folded())) {
            return out; // "met Berri and will meet Mikati": a second verb of the same subject, not Berri's
        }
        for (int j = verb - 1; j >= clauseStart && j >= verb - 3; j--) {
            Span s = cx.spanAt(j);
            if (s == null && conjuncts.isGroupNoun(j)) {
                return conjuncts.statesOfGroup(j, clauseStart);
            }
            if (s == null) {
                if (cx.isWord(j) && pack.isFunctionWord(cx.token(j).folded())) {
                    continue;
                }
                break;
            }
            j = s.first();
            if (s.adjective()) {
                continue;
            }
            if (!roleOf(s).isEmpty() || !s.entity().asActor().isActor()) {
                break;
            }
            out.add(s.entity().asActor());
            List<Span> list = conjuncts.listEndingWith(s);
            for (int k = list.size() - 2; k >= 0; k--) {
                Span previous = list.get(k);
                if (!roleOf(previous).isEmpty() || !previous.entity().asActor().isActor()) {
                    break;
                }
                if (!out.contains(previous.entity().asActor())) {
                    out.add(previous.entity().asActor());
                }
            }
            break;
        }
        return out;
    }

    /**
     * "al-zʿīmān", "the three leaders" at token j: the latest meeting with that many actors of the kind,
     * else the last ones of that kind named.
     */
    private boolean pairAt(int j, Report r) {
        if (!cx.isWord(j)) {
            return false;
        }
        Context.Match<LanguagePack.Group> m = cx.nounPhrase(pack.pairWords, j);
        if (m == null) {
            return false;
        }
        LanguagePack.Group group = m.value();
        List<Draft> recent = new ArrayList<>();
        if (focus != null) {
            recent.add(focus);
        }
        for (int k = drafts.size() - 1; k >= 0; k--) {
            recent.add(drafts.get(k));
        }
        List<Node> members = List.of();
        for (int k = 0; k < recent.size() && members.size() != group.count(); k++) {
            members = ofKind(new ArrayList<>(recent.get(k).participants), group.kind());
        }
        if (members.size() != group.count()) {
            members = lastNamed(group.kind(), group.count(), j);
        }
        if (members.size() != group.count()) {
            return false;
        }
        r.participants.addAll(members);
        r.pair = true;
        return true;
    }

    private List<Node> ofKind(List<Node> nodes, String kind) {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            if (kind.equals("any") || kind.equals("person") && n.type == EntityType.PERSON
                    || kind.equals("state") && n.type == EntityType.STATE) {
                out.add(n);
            }
        }
        return out;
    }

    private List<Node> lastNamed(String kind, int count, int before) {
        List<Node> out = new ArrayList<>();
        List<Span> spans = cx.spans();
        for (int k = spans.size() - 1; k >= 0 && out.size() < count; k--) {
            Span s = spans.get(k);
            Node e = s.entity().asActor();
            if (s.first() < before && !s.adjective() && e.isActor() && !out.contains(e)
                    && !ofKind(List.of(e), kind).isEmpty()) {
                out.add(e);
            }
        }
        return out;
    }

    /** fy X: where; ilā X: the destination, which hosts a visit. */
    private void places(Report r, int clauseStart, int windowEnd) {
        for (int j = Math.max(clauseStart, r.first - PLACE_REACH); j < windowEnd && j <= r.last + PLACE_REACH; j++) {
            Span s = cx.spanStartingAt(j);
            if (s == null || s.adjective()) {
                continue;
            }
            String role = roleOf(s);
            boolean place = s.entity().type == EntityType.PLACE || s.entity().type == EntityType.STATE;
            // "zyārth lmṣr": a clitic preposition names a visit's destination as a word would
            boolean visit = r.has("visit");
            if (visit && place && pack.is(LanguagePack.Marker.DESTINATION_CLITICS, s.preposition())) {
                role = "destination";
            }
            if (place && (role.equals("location") || role.equals("destination"))) {
                r.locations.add(s.entity());
                if (role.equals("destination") && visit) {
                    r.participants.add(s.entity().asActor());
                    // "a tour of Indonesia, Brunei and the Philippines": each place listed is a leg of it
                    for (Span next = conjuncts.listedAfter(s.end(), windowEnd); next != null && isPlace(next);
                            next = conjuncts.listedAfter(next.end(), windowEnd)) {
                        r.locations.add(next.entity());
                        r.participants.add(next.entity().asActor());
                        s = next;
                    }
                }
            }
            j = s.end() - 1;
        }
    }

    /**
     * The status a report gives its meeting: a cue word near it (yʿtzm, qd yʿqd, nfā), else the tense
     * of its verb (past: occurred; future or present: planned), else none (a noun alone says nothing).
     */
    private static boolean isPlace(Span s) {
        return !s.adjective() && (s.entity().type == EntityType.PLACE || s.entity().type == EntityType.STATE);
    }

    private MeetingStatus status(Report r, Context.Match<LanguagePack.Trigger> verb) {
        MeetingStatus cue = null;
        MeetingStatus cueBefore = null;
        int best = Integer.MAX_VALUE;
        boolean denial = false;
        boolean cancelled = false;
        for (int i = r.sentence.firstToken(); i < r.sentence.endToken(); i++) {
            if (!cx.isWord(i) || i >= r.first && i <= r.last) {
                continue;
            }
            Context.Match<LanguagePack.Cue> m = cx.verbPhrase(pack.statusCues, i);
            boolean noun = m == null;
            if (noun) {
                m = cx.nounPhrase(pack.statusCues, i);
            }
            if (m == null || dates.isMonthName(i, r.sentence)) {
                continue;
            }
            LanguagePack.Cue c = m.value();
            boolean precedes = m.end() <= r.last;
            if (noun && !precedes && commaBetween(r.last, i)) {
                // "tlqā atṣālā … , aṭlʿh ʿlā qrār al-ilghāʾ": a noun past a comma names another event
                continue;
            }
            if (c.mustPrecede() && !precedes
                    || "modal".equals(c.scope()) && !(cx.isWord(m.end()) && pack.morphology.looksImperfect(cx.token(m.end()).folded()))) {
                continue;
            }
            int distance = precedes ? r.first - m.end() : i - r.last;
            if ("next".equals(c.scope()) && distance > NEXT_REACH || "adjacent".equals(c.scope()) && distance > 0) {
                continue; // "ahead of the summit, X called Y": the cue dates the summit, not the call
            }
            if (precedes && isProspect(c.status())) {
                cueBefore = c.status();
            }
            if (precedes && c.status() == MeetingStatus.DENIED && distance <= DENIAL_REACH && !clauseBreakBetween(m.end(), r.first)) {
                denial = true; // "denied a report in the newspaper Reforma that she had met Landau"
            }
            if (precedes && c.status() == MeetingStatus.CANCELLED && distance <= NEXT_REACH && !clauseBreakBetween(m.end(), r.first)) {
                cancelled = true; // "cancelled a planned visit": the plan is what was cancelled
            }
            if (distance < best) {
                best = distance;
                cue = c.status();
            }
            i = m.end() - 1;
        }
        if (denial) {
            return MeetingStatus.DENIED;
        }
        if (cancelled && cue == MeetingStatus.PLANNED) {
            return MeetingStatus.CANCELLED;
        }
        if (verb == null && (cue == null || best > 6) && futureVerbBefore(r)) {
            return MeetingStatus.PLANNED; // "syjrī mbāḥthāt": a future verb whose object is the meeting noun
        }
        if (verb != null) {
            boolean future = pack.morphology.isFuturePrefix(verb.reading().prefix());
            // A present-tense verb (yltqī, ybḥthān) says nothing certain: headlines use it for what is happening;
            // right after an it is the subjunctive of what is to come (atfqā ʿlā an yʿqdā ajtmāʿā).
            boolean subjunctive = verb.value().impliedStatus() == null && cx.isWord(verb.first() - 1)
                    && pack.complementizers.contains(cx.token(verb.first() - 1).folded());
            MeetingStatus tense = future || subjunctive ? MeetingStatus.PLANNED : verb.value().impliedStatus();
            // A cue right before the verb governs it (qd yʿqd, nfā an ykūn al-tqā); a distant one does not,
            // unless the verb's own tense says nothing (mn al-mqrr an ytwjh … ḥīth yltqy trāwry).
            if (cue != null && best <= 6) {
                return cue; // "will no longer meet": the nearest cue, not the first
            }
            return tense == null && cueBefore != null ? cueBefore : tense;
        }
        return cue;
    }

    /**
     * Whether one of the three words before a noun report is a verb in the future tense; commas do not
     * count ("syabdaʾ al-ithnayn, zyāra rasmyya").
     */
    private boolean futureVerbBefore(Report r) {
        int words = 0;
        for (int k = r.first - 1; k >= r.sentence.firstToken() && words < 3; k--) {
            if (cx.isPunct(k, LanguagePack.Marker.COMMAS)) {
                continue;
            }
            if (!cx.isWord(k)) {
                return false;
            }
            words++;
            if (pack.morphology.looksFuture(cx.token(k).folded())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word that ends a clause (but, when, which) stands in [from, to). */
    private boolean commaBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (cx.isPunct(k, LanguagePack.Marker.COMMAS)) {
                return true;
            }
        }
        return false;
    }

    private boolean clauseBreakBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (cx.isWord(k) && pack.clauseBreaks.contains(cx.token(k).folded()) || cx.isPunct(k, LanguagePack.Marker.CLAUSE_PUNCT)) {
                return true;
            }
        }
        return false;
    }

    /** A modal cue (qd) right before a past verb: there it means "had already". */
    private boolean modalBefore(int verb) {
        for (int k = verb - 1; k >= verb - 2 && k >= 0; k--) {
            Context.Match<LanguagePack.Cue> m = cx.isWord(k) ? cx.nounPhrase(pack.statusCues, k) : null;
            if (m != null && "modal".equals(m.value().scope()) && m.end() == verb) {
                return true;
            }
        }
        return false;
    }

    private void topics(Report r, int windowEnd) {
        for (int j = r.last + 1; j < windowEnd; j++) {
            if ("topic".equals(marker(j))) {
                int end = j + 1;
                while (end < windowEnd && end < j + 1 + TOPIC_WORDS && !cx.isPunct(end)) {
                    end++;
                }
                if (end > j + 1) {
                    r.topics.add(cx.text.text().substring(cx.token(j + 1).start(), cx.token(end - 1).end()));
                }
                return;
            }
        }
    }

    // ---- clauses and markers -----------------------------------------------------------------

    private int clauseStart(int from, Sentence s) {
        for (int j = from - 1; j >= s.firstToken(); j--) {
            if (isBoundary(j)) {
                return j + 1;
            }
        }
        return s.firstToken();
    }

    private int clauseEnd(int from, Sentence s) {
        int limit = Math.min(s.endToken(), from + WINDOW);
        for (int j = from; j < limit; j++) {
            if (isBoundary(j)) {
                return j;
            }
        }
        return limit;
    }

    private boolean isBoundary(int j) {
        if (!cx.isWord(j)) {
            return cx.isPunct(j, LanguagePack.Marker.CLAUSE_PUNCT) || attributionAfter(j);
        }
        String f = cx.token(j).folded();
        return pack.complementizers.contains(f) || pack.clauseBreaks.contains(f)
                || cx.verbPhrase(pack.speechVerbs, j) != null;
    }

    /** "…, Turkey's foreign ministry said": a comma before the source a trailing attribution names. */
    private boolean attributionAfter(int j) {
        Span source = cx.isPunct(j, LanguagePack.Marker.COMMAS) ? cx.spanStartingAt(j + 1) : null;
        return source != null && cx.verbPhrase(pack.speechVerbs, source.end()) != null;
    }

    /** The meeting role of the word before token j (bīn, mʿ, fī, ilā, bshʾan), or null. */
    private String marker(int j) {
        return cx.isWord(j) ? pack.meetingMarkers.get(cx.token(j).folded()) : null;
    }

    /** The role of the marker in front of a mention: its own word before it, or its clitic (b: with). */
    private String roleOf(Span s) {
        String before = marker(s.first() - 1);
        if ("place-noun".equals(before)) {
            before = marker(s.first() - 2); // fy mdīna flādīfūstūk
        }
        if (before != null && !before.equals("between") && !before.equals("agent")) {
            return before; // an agent ("a visit by X") is read only where a visit names its visitor
        }
        if (before == null && cx.isWord(s.first() - 1) && pack.prepositions.contains(cx.token(s.first() - 1).folded())) {
            return "other"; // ldā lbnān, ʿn ṭhrān: not a participant's place in the clause
        }
        if (s.preposition().isEmpty()) {
            return "";
        }
        return pack.is(LanguagePack.Marker.WITH_CLITICS, s.preposition()) ? "with" : "other";
    }

    // ---- merging ---------------------------------------------------------------------------------

    /** The meeting a report speaks of: an earlier compatible one, this sentence's, the one in focus, or a new one. */
    private Draft place(Report r, Draft previousInSentence) {
        if (!r.triggers.isEmpty() && r.triggers.stream().allMatch(t -> t.value().kind().equals("join"))) {
            if (previousInSentence != null) {
                return previousInSentence;
            }
            return focus != null && r.anaphoric && sameFamily(focus.status, r.status) ? focus : null;
        }
        if (r.participants.size() >= 2) {
            for (int k = drafts.size() - 1; k >= 0; k--) {
                if (compatible(drafts.get(k), r)) {
                    return drafts.get(k);
                }
            }
            return newDraft();
        }
        if (previousInSentence != null && joins(previousInSentence, r)) {
            return previousInSentence;
        }
        if (r.anaphoric && focus != null && sameFamily(focus.status, r.status)) {
            return focus; // "wḥḍr al-lqāʾ wly al-ʿhd": the meeting in focus, with one more participant
        }
        if (r.participants.size() == 1) {
            Node only = r.participants.iterator().next();
            boolean inFocus = focus != null && (focus.participants.contains(only) || only.type == EntityType.STATE
                    && focus.participants.stream().anyMatch(p -> p.affiliation == only));
            if (inFocus && joins(focus, r)) {
                return focus;
            }
            return newDraft();
        }
        return r.anaphoric && focus != null && sameFamily(focus.status, r.status) ? focus : null;
    }

    private static final String PHONE = "phone";

    private static boolean isCall(Report r) {
        return PHONE.equals(r.mode) || r.triggers.stream().anyMatch(t -> PHONE.equals(t.value().mode()));
    }

    private Draft newDraft() {
        Draft d = new Draft();
        drafts.add(d);
        return d;
    }

    private boolean compatible(Draft d, Report r) {
        if (d.participants.isEmpty() || !sameFamily(d.status, r.status) || d.earlier != r.earlier) {
            return false;
        }
        if (!joins(d, r)) {
            return false;
        }
        if (isCall(r) && !d.modes.contains(PHONE)) {
            return false; // a call between two of a summit's leaders is not the summit
        }
        if (d.date != null && r.date != null && !d.date.startsWith(r.date) && !r.date.startsWith(d.date)) {
            return false;
        }
        // A possible visit and a planned summit are two prospects unless the same people are named.
        if (isProspect(d.status) && isProspect(r.status) && d.status != r.status && !d.participants.equals(r.participants)) {
            return false;
        }
        Set<Node> small = d.participants.size() <= r.participants.size() ? d.participants : r.participants;
        Set<Node> large = small == d.participants ? r.participants : d.participants;
        if (small.size() < 2) {
            return false; // one side alone says too little to call two reports the same meeting
        }
        for (Node n : small) {
            if (!covers(large, n)) {
                return false;
            }
        }
        // States standing for their leaders (al-sʿūdya wʾiīrān ~ rʾīsy wālmlk slmān) join only nearby reports.
        boolean shared = small.stream().anyMatch(large::contains);
        return shared || r.sentence.index() - d.sentences.last() <= NEARBY_SENTENCES;
    }

    /** Whether {@code n} is among {@code nodes}, or is the state one of them belongs to. */
    private static boolean covers(Set<Node> nodes, Node n) {
        for (Node m : nodes) {
            if (m == n || belongsTo(m, n) || n.type != EntityType.STATE && belongsTo(n, m)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code member}'s affiliation chain (its body, that body's state) reaches {@code owner}. */
    private static boolean belongsTo(Node member, Node owner) {
        Node a = member.affiliation;
        for (int depth = 0; a != null && depth < 3; depth++, a = a.affiliation) {
            if (a == owner || a.asActor() == owner) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a report may join a meeting of its status family. A meeting no report has given a status
     * yet (talks, a call: they took place) does not take in a prospect that is not a back-reference:
     * "talks between Kono and Wang … agreed to hold a summit", "fy atṣāl hātfy … anh symḍy fy zyārth".
     */
    private static boolean joins(Draft d, Report r) {
        return sameFamily(d.status, r.status) && !(d.status == null && isProspect(r.status) && !r.anaphoric);
    }

    private static boolean isProspect(MeetingStatus s) {
        return s == MeetingStatus.PLANNED || s == MeetingStatus.POSSIBLE;
    }

    /** Occurred meetings and future ones (planned, possible, denied, cancelled) are never the same meeting. */
    private static boolean sameFamily(MeetingStatus a, MeetingStatus b) {
        return a == null || b == null || (a == MeetingStatus.OCCURRED) == (b == MeetingStatus.OCCURRED);
    }

    private void merge(Draft d, Report r) {
        if (d.sentences.isEmpty()) {
            d.earlier = r.earlier;
        }
        d.participants.addAll(r.participants);
        d.locations.addAll(r.locations);
        d.topics.addAll(r.topics);
        d.sentences.add(r.sentence.index());
        d.because.add(r.because());
        if (r.mode != null) {
            d.modes.add(r.mode);
        }
        for (Context.Match<LanguagePack.Trigger> t : r.triggers) {
            if (t.value().mode() != null) {
                d.modes.add(t.value().mode());
            }
        }
        // A back-reference ("ilghāʾ al-zyāra") does not overturn what the meeting's own reports said:
        // the meeting in focus is a guess, and a wrong guess must not cancel the wrong meeting.
        boolean guessed = r.anaphoric && r.participants.isEmpty();
        if (r.status != null && (d.status == null || !guessed && r.status.weight() > d.status.weight())) {
            d.status = r.status;
        }
        if (r.date != null && (d.date == null || r.date.length() > d.date.length())) {
            d.date = r.date;
        }
    }

    /** A state drops out when one of its own people or bodies takes part: Putin and Russia are one side. */
    private static void normalise(Draft d) {
        List<Node> states = new ArrayList<>();
        for (Node n : d.participants) {
            if (n.type == EntityType.STATE && d.participants.stream().anyMatch(o -> o != n && belongsTo(o, n))) {
                states.add(n);
            }
        }
        states.forEach(d.participants::remove);
        d.locations.removeIf(l -> d.locations.stream().anyMatch(o -> o != l && o.affiliation == l));
    }
}
