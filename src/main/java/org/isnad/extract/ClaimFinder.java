package org.isnad.extract;

import org.isnad.text.Sentence;
import org.isnad.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds acts of saying. A reporting verb (qāl, nft, ḥdhr…) opens a window up to its complementizer
 * (in, an, a colon or a quotation): the first actor there is the claimant, an outlet behind l is the
 * channel (lshbka sy by is), a source behind ʿn is the claimant quoted by an outlet. With no named
 * subject ("wʾaḍāf an…") the claimant is the last speaker. Verbs inside quotations are not claims.
 */
final class ClaimFinder {
    /** A claim found in the text, before ids are given. */
    record Draft(List<EntityRegistry.Node> claimants, EntityRegistry.Node via, Stance stance, int contentFirst,
                 int contentEnd, boolean directQuote, Sentence sentence, int verb) {
    }

    private static final int WINDOW = 30;
    /** How far after a source noun a person it titles may start (msāʿd raʾīs al-wuzarāʾ al-ʿirāqī X). */
    private static final int TITLE_REACH = 7;

    private final Context cx;
    private final LanguagePack pack;
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, EntityRegistry.Node> anonymousByNoun = new HashMap<>();
    private final List<EntityRegistry.Node> speakers = new ArrayList<>();
    private final RuleEngine engine;
    private final Channels channels;

    /** Which rule made each draft; drafts of the verb reading below are the built-in finder's. */
    final Map<Draft, RuleEngine.Because> because = new java.util.IdentityHashMap<>();

    /** @param engine runs the claims-stage rules, sentence by sentence, as this finder needs them */
    ClaimFinder(Context cx, RuleEngine engine) {
        this.cx = cx;
        this.pack = cx.pack;
        this.engine = engine;
        this.channels = new Channels(cx, this::anonymousAt);
    }

    /**
     * Sentence by sentence: first the rules that read an act of saying themselves (they take the verb
     * they match from the built-in reading), then the speech verbs, then the rules that apply only
     * where no claim was found ({@code unless: claim-in-sentence}).
     */
    List<Draft> run() {
        for (Sentence s : cx.text.sentences()) {
            int before = drafts.size();
            java.util.Set<Integer> ruledVerbs = new java.util.HashSet<>();
            for (RuleEngine.Hit hit : engine.run(Rule.Stage.CLAIMS, s, r -> !r.unless().contains("claim-in-sentence"))) {
                if (fromRule(hit)) {
                    ruledVerbs.add(drafts.get(drafts.size() - 1).verb());
                }
            }
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = cx.token(i);
                if (!t.isWord() || t.quoted() || cx.covered(i) || ruledVerbs.contains(i)) {
                    continue;
                }
                Context.Match<LanguagePack.Verb> verb = cx.verbPhrase(pack.speechVerbs, i);
                if (verb != null && cx.isWord(i - 1) && pack.prepositions.contains(cx.token(i - 1).folded())) {
                    verb = null; // ʿlā nfy bghdād: after a preposition it is a noun
                }
                if (verb != null) {
                    Draft d = claimAt(s, verb);
                    if (d != null) {
                        drafts.add(d);
                        because.put(d, new RuleEngine.Because("builtin/speech-verb", null, verb.first(),
                                Math.max(verb.end(), d.contentEnd())));
                        i = Math.max(i, d.contentFirst() - 1);
                    }
                }
            }
            boolean claimed = drafts.size() > before;
            // matched only where needed: most sentences with a claim never run these rules
            for (RuleEngine.Hit hit : claimed ? List.<RuleEngine.Hit>of()
                    : engine.run(Rule.Stage.CLAIMS, s, r -> r.unless().contains("claim-in-sentence"))) {
                if (!claimed) {
                    claimed = fromRule(hit);
                }
            }
        }
        foldRelayed();
        drafts.replaceAll(this::withChannel);
        return drafts;
    }

    /**
     * "The State Department said that Rubio had urged Ottawa…": a body (or its spokesperson) relaying
     * what a person named in its words said. The person is the claimant and the body the channel; the
     * body's own report of it is not a second claim.
     */
    private void foldRelayed() {
        for (int i = 0; i < drafts.size(); i++) {
            Draft outer = drafts.get(i);
            if (outer.claimants().size() != 1 || !relays(outer.claimants().get(0))) {
                continue;
            }
            for (int j = i + 1; j < drafts.size() && drafts.get(j).sentence() == outer.sentence(); j++) {
                Draft inner = drafts.get(j);
                if (inner.verb() - outer.verb() > RELAY_REACH) {
                    break;
                }
                if (inner.via() != null || inner.verb() < outer.contentFirst() || inner.verb() >= outer.contentEnd()
                        || inner.claimants().contains(outer.claimants().get(0))
                        || !namedBetween(inner.claimants(), Math.max(outer.contentFirst(), inner.verb() - RELAY_REACH), inner.verb())) {
                    continue;
                }
                Draft relayed = new Draft(inner.claimants(), outer.claimants().get(0), inner.stance(), inner.contentFirst(),
                        inner.contentEnd(), inner.directQuote(), inner.sentence(), inner.verb());
                because.put(relayed, because.remove(inner));
                drafts.set(j, relayed);
                because.remove(outer);
                drafts.remove(i);
                i--;
                break;
            }
        }
    }

    /** How far into a body's words the verb of the person it relays may stand. */
    private static final int RELAY_REACH = 40;

    /** Who relays others' words: a body, an outlet, a spokesperson. */
    private static boolean relays(EntityRegistry.Node n) {
        return n.type == EntityType.ORGANIZATION || "spokesperson".equals(n.role);
    }

    /** Whether one of {@code who} is named in [from, to). */
    private boolean namedBetween(List<EntityRegistry.Node> who, int from, int to) {
        for (Span sp : cx.spansIn(from, to)) {
            if (who.contains(sp.entity().asActor()) || who.contains(sp.entity())) {
                return true;
            }
        }
        return false;
    }

    private Draft withChannel(Draft d) {
        Draft now = channels.of(d);
        RuleEngine.Because b = now == d ? null : because.remove(d);
        if (b != null) {
            because.put(now, b);
        }
        return now;
    }

    /** A claim a rule matched: its speaker (a named actor, or an unnamed source), channel, content and stance. */
    private boolean fromRule(RuleEngine.Hit hit) {
        List<EntityRegistry.Node> claimants = engine.entities(hit, "speaker", true);
        int[] speaker = engine.range(hit, "speaker");
        int lastMention = speaker == null ? 0 : speaker[0];
        for (Span m : speaker == null ? List.<Span>of() : cx.spansIn(speaker[0], speaker[1])) {
            lastMention = Math.max(lastMention, m.end());
        }
        // "two officials", "a senior US official": an unnamed source's noun after the words (and the
        // names) that qualify it is the speaker; a name after the noun is the speaker itself.
        for (int k = lastMention; speaker != null && k < speaker[1]; k++) {
            EntityRegistry.Node anon = anonymousAt(k, speaker[1]);
            if (anon != null) {
                claimants = List.of(anon);
                break;
            }
        }
        EntityRegistry.Node qualified = speaker == null ? null : unnamedBeforeQualifier(speaker[0], speaker[1]);
        if (qualified != null) {
            claimants = List.of(qualified); // "sources at Cairo airport": the names after the noun qualify it
        }
        if (claimants.isEmpty() && speaker != null) {
            // "he said": a pronoun (lexicon/pronouns.tsv) stands for the last speaker
            PhraseIndex<?> pronouns = pack.phraseClass("pronouns");
            Context.Match<?> pronoun = pronouns == null ? null : cx.nounPhrase(pronouns, speaker[0]);
            EntityRegistry.Node last = pronoun == null ? null : pronounReferent(LanguagePack.valueName(pronoun.value()), speaker[0]);
            if (last != null) {
                claimants = List.of(last);
            }
        }
        if (claimants.isEmpty() && speaker != null) {
            EntityRegistry.Node meant = backReference(speaker[0], speaker[1]);
            if (meant != null) {
                claimants = List.of(meant);
            }
        }
        if (claimants.isEmpty()) {
            return false;
        }
        List<EntityRegistry.Node> outlets = engine.entities(hit, "outlet", true);
        int[] content = engine.range(hit, "content");
        int first = content == null ? hit.found().end() : content[0];
        int end = content == null ? hit.found().end() : content[1];
        String stance = engine.setting(hit, "stance");
        // where the act of saying is: the verb the stance is read from, else where the match starts
        String stanceFrom = hit.rule().action().values().getOrDefault("stance", "");
        int[] verb = stanceFrom.startsWith("@") ? hit.capture(stanceFrom.substring(1)) : null;
        Draft d = new Draft(claimants, outlets.isEmpty() ? null : outlets.get(0),
                stance == null ? Stance.ASSERT : Stance.parse(stance), first, end, isQuote(first, end), hit.sentence(),
                verb != null ? verb[0] : hit.found().first());
        drafts.add(d);
        because.put(d, hit.because());
        speakers.add(claimants.get(0));
        return true;
    }

    private Draft claimAt(Sentence s, Context.Match<LanguagePack.Verb> verb) {
        int limit = Math.min(s.endToken(), verb.end() + WINDOW);
        for (int j = verb.end() + 1; j < limit; j++) {
            if (cx.isWord(j) && !cx.token(j).quoted() && cx.verbPhrase(pack.speechVerbs, j) != null) {
                limit = j; // "athm X bārtkāb…, wdʿā Y": the next act of saying starts there
                break;
            }
        }
        int comp = complementizer(verb.end(), limit, verb.value().stance());
        int subjectEnd = comp >= 0 ? comp : limit;
        List<EntityRegistry.Node> claimants = new ArrayList<>();
        EntityRegistry.Node via = null;
        EntityRegistry.Node fallback = null;
        EntityRegistry.Node quotedSource = null;
        boolean pendingFrom = false;
        for (int j = verb.end(); j < subjectEnd; j++) {
            Span span = cx.spanAt(j);
            if (cx.isWord(j) && isQuotingPreposition(cx.token(j).folded())) {
                pendingFrom = true;
                continue;
            }
            if (span == null) {
                boolean afterFrom = cx.inRange(j - 1) && isQuotingPreposition(cx.token(j - 1).folded());
                if ((claimants.isEmpty() || afterFrom && quotedSource == null) && !titlesAPerson(j, subjectEnd)) {
                    EntityRegistry.Node anon = anonymousAt(j, subjectEnd);
                    if (anon != null) {
                        if (afterFrom) {
                            quotedSource = anon; // nqlt al-ṣḥīfa ʿn msʾūlīn: the officials are the source
                        } else {
                            claimants.add(anon);
                        }
                    }
                }
                continue;
            }
            EntityRegistry.Node e = actor(span.entity());
            if (!e.isActor()) {
                j = span.end() - 1;
                continue; // a place (ghza) says nothing; only actors claim
            }
            String before = cx.inRange(span.first() - 1) ? cx.token(span.first() - 1).folded() : "";
            if (pendingFrom && quotedSource == null && !span.adjective()
                    && !cx.isTitleComplement(span, subjectEnd)) {
                quotedSource = e; // nqlt qnāa al-jzīra ʿn qāʾd qwāt al-dʿm al-srīʿ mḥmd ḥmdān dqlw
                j = span.end() - 1;
                continue;
            }
            if (cx.isTitleComplement(span, subjectEnd)) {
                // al-mtḥdth bāsm wzāra al-khārjya nāṣr knʿāny: the body belongs to the title; the person speaks.
                j = span.end() - 1;
                continue;
            }
            if (according(span.first() - 1) && e.isOutlet()) {
                via = via == null ? e : via; // qāl X, bḥsb wkāla Y: the outlet carried it
                j = span.end() - 1;
                continue;
            }
            boolean viaPreposition = pack.is(LanguagePack.Marker.VIA, span.preposition()) || pack.is(LanguagePack.Marker.VIA, before)
                    || outletHeadWithL(span.first() - 1);
            if (span.adjective()) {
                j = span.end() - 1;
                continue;
            }
            if (viaPreposition) {
                if (e.isOutlet() || e.type == EntityType.ORGANIZATION && via == null) {
                    via = e;
                }
            } else if (isQuotingPreposition(before)) {
                quotedSource = e;
            } else if (pack.is(LanguagePack.Marker.SPOKESMAN_LINK, before)) {
                fallback = fallback == null ? e : fallback;
            } else if (pack.prepositions.contains(before)) {
                // mʿ al-asd, fy dmshq: not the one speaking
            } else if ((claimants.isEmpty() || coordinated(span)) && (!pack.subjectFirst || inverted(verb, span))) {
                if (!claimants.contains(e)) {
                    claimants.add(e);
                }
            }
            j = span.end() - 1;
        }
        if (quotedSource != null && (claimants.isEmpty() || claimants.get(0).isOutlet())) {
            if (!claimants.isEmpty() && via == null) {
                via = claimants.get(0);
            }
            claimants.clear();
            claimants.add(quotedSource);
        }
        if (claimants.isEmpty() && fallback != null) {
            claimants.add(fallback);
        }
        if (claimants.isEmpty() && quotedSource == null && cx.isWord(verb.end())) {
            // wdhkrt al-shabaka an…, wqālt al-wizāra in…: a definite noun right after the verb stands for the one named before
            EntityRegistry.Node meant = backReference(verb.end(), verb.end() + 1);
            if (meant != null) {
                claimants.add(meant);
            }
        }
        EntityRegistry.Node pronounSubject = quotedSource == null ? pronounSubject(s, verb.first()) : null;
        if (pronounSubject != null) {
            // "She also denied a report in the newspaper Reforma": the pronoun before the verb speaks
            claimants.clear();
            claimants.add(pronounSubject);
        }
        EntityRegistry.Node speaker = pronounSubject == null && quotedSource == null && pack.subjectFirst
                ? speakerBefore(s, verb.first()) : null;
        if (speaker != null) {
            // "In Beijing, spokesperson Mao Ning accused Manila": the speaker stands before the verb
            claimants.clear();
            claimants.add(speaker);
        }
        List<EntityRegistry.Node> shared = pronounSubject == null && speaker == null && quotedSource == null
                ? (isParticiple(verb) ? earlierInSentence(s, verb.first()) : pack.subjectFirst ? coordinatedWithEarlier(s, verb.first()) : null)
                : null;
        if (shared != null) {
            // "condemned the talks …, and urged the Europeans": the second verb shares the first one's subject
            claimants.clear();
            claimants.addAll(shared);
            speaker = shared.get(0);
        }
        EntityRegistry.Node opener = pronounSubject != null || speaker != null ? null : sentenceOpener(s, verb.first());
        if (opener != null && quotedSource == null && !claimants.contains(opener)) {
            // "al-ḥzb al-dīmqrāṭy … athm yūn": the subject came first; the actor after the verb is its object.
            claimants.clear();
            claimants.add(opener);
        }
        if (claimants.isEmpty()) {
            EntityRegistry.Node subject = subjectBefore(s, verb.first());
            if (subject != null) {
                claimants.add(subject);
            }
        }
        if (claimants.isEmpty()) {
            // "rḥb al-wzīr blīnkn bālqma, wqāl inhā…": the subject of the sentence's earlier verb.
            EntityRegistry.Node earlier = personBefore(s, verb.first());
            if (earlier != null) {
                claimants.add(earlier);
            }
        }
        if (claimants.isEmpty()) {
            EntityRegistry.Node last = lastSpeaker(verb.value().agreement());
            if (last == null) {
                return null;
            }
            claimants.add(last);
        }
        if (comp < 0 && verb.value().needsClause() && !asTold(s, verb.first())) {
            return null; // "qāl" with nothing said: a noun use or a different sense
        }
        int contentFirst;
        int contentEnd;
        if (comp >= 0) {
            contentFirst = cx.isPunct(comp) && !cx.token(comp).is("\"") ? comp + 1 : comp;
            if (cx.token(comp).isWord() && pack.complementizers.contains(cx.token(comp).folded())) {
                contentFirst = comp + 1;
            }
            contentEnd = s.endToken();
        } else if (asTold(s, verb.first())) {
            contentFirst = s.firstToken();
            contentEnd = markerBefore(s, verb.first());
        } else {
            contentFirst = subjectEnd;
            contentEnd = s.endToken();
        }
        while (contentEnd > contentFirst && cx.isPunct(contentEnd - 1) && !cx.token(contentEnd - 1).is("\"")) {
            contentEnd--;
        }
        boolean quote = isQuote(contentFirst, contentEnd);
        Stance stance = verb.value().stance();
        if (stance == Stance.ASSERT && quote) {
            int firstWord = contentFirst;
            while (firstWord < contentEnd && !cx.isWord(firstWord)) {
                firstWord++;
            }
            if (firstWord < contentEnd) {
                Context.Match<Stance> opening = cx.verbPhrase(pack.quoteStances, firstWord);
                if (opening != null) {
                    stance = opening.value();
                }
            }
        }
        for (EntityRegistry.Node c : claimants) {
            speakers.add(c);
        }
        return new Draft(claimants, via, stance, contentFirst, contentEnd, quote, s, verb.first());
    }

    /** The first complementizer, colon or opening quotation in [from, to). */
    private int complementizer(int from, int to, Stance stance) {
        for (int j = from; j < to; j++) {
            Token t = cx.token(j);
            if (j > from && t.isWord() && !t.quoted() && cx.verbPhrase(pack.speechVerbs, j) != null) {
                return -1; // "athm X bārtkāb…, wdʿā Y ilā": ilā belongs to the next verb
            }
            if (t.isWord() && pack.complementizers.contains(t.folded())) {
                return j;
            }
            if (t.is(":") || t.kind() == Token.Kind.QUOTE && !t.quoted() && j + 1 < to && cx.token(j + 1).quoted()
                    && quotedWords(j + 1) > 2) {
                return j; // a quotation opens what was said; "wās" or "ḥmīdty" in quotes is only a name
            }
            if (stance != Stance.ASSERT && t.isWord() && pack.is(LanguagePack.Marker.COMPLEMENT, t.folded())) {
                return j; // dʿā ilā, ḥth ʿlā
            }
        }
        return -1;
    }

    /** "lqnāa frāns 24": an outlet noun carrying l right before the name. */
    private boolean outletHeadWithL(int j) {
        if (!cx.isWord(j)) {
            return false;
        }
        Context.Match<String> head = cx.nounPhrase(pack.outletHeads, j);
        return head != null && head.end() == j + 1 && pack.is(LanguagePack.Marker.VIA, head.reading().preposition());
    }

    /**
     * "wkānt ṣḥīfa al-wṭn qd dhkrt", "ghīr an kīrby aḍāf": the actor that opens the sentence before the
     * verb, with only particles, auxiliaries, titles and outlet nouns before it; null when there is none.
     */
    private EntityRegistry.Node sentenceOpener(Sentence s, int verb) {
        for (int k = s.firstToken(); k < verb; k++) {
            Span first = cx.spanAt(k);
            if (first != null && cx.isWord(first.end()) && pack.is(LanguagePack.Marker.POSSESSIVE, cx.token(first.end()).folded())) {
                k = first.end(); // "Oman's Foreign Minister Badr Albusaidi": the owner is not the subject
                continue;
            }
            int afterDateline = first == null || first.first() != s.firstToken() ? -1 : datelineEnd(first);
            if (afterDateline > 0) {
                k = afterDateline - 1; // "bghdād – al-ṣbāḥ al-jdyd aʿln mṣdr": where it was filed, not who speaks
                continue;
            }
            if (first != null) {
                boolean marked = !first.preposition().isEmpty() || first.adjective() || k > s.firstToken()
                        && cx.isWord(k - 1) && pack.prepositions.contains(withoutConjunction(cx.token(k - 1).folded()));
                return !marked && actor(first.entity()).isActor() ? actor(first.entity()) : null;
            }
            if (!opensSentence(k)) {
                return null;
            }
        }
        return null;
    }

    /**
     * Where a dateline ends when the span opens one ("bghdād –", "ISTANBUL, Oct 8 —", "al-jzāʾr (wāʾ) –"):
     * the token after its dash, or -1. The agency tag after the dash is read as the sentence goes on.
     */
    private int datelineEnd(Span place) {
        EntityRegistry.Node e = place.entity();
        if (e.type != EntityType.PLACE && e.type != EntityType.STATE) {
            return -1;
        }
        for (int k = place.end(); k < place.end() + 6 && cx.inRange(k); k++) {
            Token t = cx.token(k);
            if (!t.isWord() && pack.is(LanguagePack.Marker.DATELINE_DASHES, t.folded())) {
                return k + 1;
            }
        }
        return -1;
    }

    /** The longest apposition or relative clause between a speaker and his verb ("Burhan, who was accompanied by …, accused"). */
    private static final int APPOSITION = 18;

    /**
     * The actor right before a reporting verb in a language whose subject comes first: only function
     * words, titles and one apposition between commas ("Wendy Cutler, a former trade negotiator, told")
     * may stand between. A title's organisation (spokesperson of the ministry) is not the speaker.
     */
    private EntityRegistry.Node speakerBefore(Sentence s, int verb) {
        boolean apposition = false;
        for (int k = verb - 1; k >= s.firstToken() && k >= verb - APPOSITION - 4; k--) {
            Span span = cx.spanAt(k);
            if (span != null) {
                EntityRegistry.Node e = actor(span.entity());
                if (!span.adjective() && e.isActor() && !cx.isTitleComplement(span, verb)) {
                    EntityRegistry.Node unnamed = unnamedSourceOf(span, s);
                    return unnamed != null ? unnamed : e;
                }
                k = span.first();
                continue;
            }
            if (cx.isWord(k)) {
                EntityRegistry.Node meant = backReferenceEndingAt(k, s);
                if (meant != null) {
                    return meant; // "…, the statement said": the body that issued it
                }
            }
            if (!cx.isWord(k)) {
                if (cx.isPunct(k, LanguagePack.Marker.COMMAS) && !apposition && k == verb - 1) {
                    apposition = true; // the closing comma of an apposition: jump to the one that opens it
                    int open = k - 1;
                    while (open > s.firstToken() && open > k - APPOSITION && !cx.isPunct(open, LanguagePack.Marker.COMMAS)) {
                        open--;
                    }
                    if (open <= s.firstToken() || open <= k - APPOSITION) {
                        return null;
                    }
                    k = open;
                    continue;
                }
                return null;
            }
            if (!cx.isTitleWord(k) && !pack.isFunctionWord(cx.token(k).folded())) {
                return null;
            }
        }
        return null;
    }

    /**
     * The speakers of the sentence's previous claim when this verb is joined to it by a conjunction
     * ("…, and urged"), with only adverbs between; null otherwise.
     */
    private List<EntityRegistry.Node> coordinatedWithEarlier(Sentence s, int verb) {
        int k = verb - 1;
        PhraseIndex<?> adverbs = pack.phraseClass("adverbs");
        while (k > s.firstToken() && cx.isWord(k) && adverbs != null && cx.nounPhrase(adverbs, k) != null) {
            k--;
        }
        if (!cx.isWord(k) || !pack.is(LanguagePack.Marker.CONJUNCTIONS, cx.token(k).folded())) {
            return null;
        }
        return earlierInSentence(s, k);
    }

    /** The speakers of the last claim of this sentence made before token k, or null. */
    private List<EntityRegistry.Node> earlierInSentence(Sentence s, int k) {
        for (int d = drafts.size() - 1; d >= 0; d--) {
            Draft earlier = drafts.get(d);
            if (earlier.sentence() == s && earlier.verb() < k) {
                return earlier.claimants();
            }
            if (earlier.sentence() != s) {
                break;
            }
        }
        return null;
    }

    /** A participle that adds a second act of saying to the same speaker (…, nāfiyan; …, adding): lexicon/speech-participles.tsv. */
    private boolean isParticiple(Context.Match<LanguagePack.Verb> verb) {
        PhraseIndex<?> participles = pack.phraseClass("speech-participles");
        return participles != null && cx.nounPhrase(participles, verb.first()) != null;
    }

    /** The last speaker, when a personal pronoun (lexicon/pronouns.tsv) is the verb's subject right before it. */
    private EntityRegistry.Node pronounSubject(Sentence s, int verb) {
        PhraseIndex<?> pronouns = pack.phraseClass("pronouns");
        for (int k = verb - 1; pronouns != null && k >= s.firstToken() && k >= verb - 3; k--) {
            Context.Match<?> p = cx.isWord(k) ? cx.nounPhrase(pronouns, k) : null;
            if (p != null && p.end() == k + 1) {
                return pronounReferent(LanguagePack.valueName(p.value()), k);
            }
            PhraseIndex<?> adverbs = pack.phraseClass("adverbs");
            boolean adverb = adverbs != null && cx.isWord(k) && cx.nounPhrase(adverbs, k) != null;
            if (!cx.isWord(k) || !pack.isFunctionWord(cx.token(k).folded()) && !adverb) {
                return null;
            }
        }
        return null;
    }

    /** The first person of the sentence before the verb, not behind a preposition: the earlier verb's subject. */
    private EntityRegistry.Node personBefore(Sentence s, int verb) {
        for (int k = s.firstToken(); k < verb; k++) {
            Span span = cx.spanStartingAt(k);
            if (span == null || span.end() > verb) {
                continue;
            }
            k = span.end() - 1;
            int first = span.first();
            boolean marked = !span.preposition().isEmpty() || cx.isWord(first - 1)
                    && pack.prepositions.contains(withoutConjunction(cx.token(first - 1).folded()));
            if (!marked && !span.adjective() && span.entity().type == EntityType.PERSON) {
                return span.entity();
            }
        }
        return null;
    }

    private String withoutConjunction(String f) {
        return pack.morphology.withoutConjunction(f);
    }

    /** Words that may come before a sentence's subject: particles, auxiliaries, titles, outlet nouns. */
    private boolean opensSentence(int k) {
        if (!cx.isWord(k)) {
            return true;
        }
        String f = cx.token(k).folded();
        String withoutConjunction = pack.morphology.withoutConjunction(f);
        return pack.isFunctionWord(f) || pack.isFunctionWord(withoutConjunction) || cx.reserved[k]
                || cx.nounPhrase(pack.outletHeads, k) != null;
    }

    private boolean isQuotingPreposition(String folded) {
        return pack.is(LanguagePack.Marker.QUOTING, folded);
    }

    /** Whether token j opens an "according to" phrase (bḥsb, wfqā l). */
    private boolean according(int j) {
        if (!cx.isWord(j)) {
            return false;
        }
        for (int k = j; k >= j - 1 && k >= 0; k--) {
            Context.Match<String> m = cx.isWord(k) ? cx.nounPhrase(pack.sourceMarkers, k) : null;
            if (m != null && "according".equals(m.value()) && m.end() > j) {
                return true;
            }
        }
        return false;
    }

    private int quotedWords(int from) {
        int n = 0;
        for (int k = from; cx.inRange(k) && cx.token(k).quoted() && cx.token(k).kind() != Token.Kind.QUOTE; k++) {
            if (cx.isWord(k)) {
                n++;
            }
        }
        return n;
    }

    /** "X w Y": a second subject joined to the first by the conjunction. */
    private boolean coordinated(Span span) {
        Token t = cx.token(span.first());
        return span.start() > t.start() && pack.morphology.conjunctionOf(t.folded()) != null;
    }

    /**
     * Whether the source noun at j is the title of a person named right after it (msāʿd al-raʾīs al-rūsī
     * yūrī ūshākūf, "aide to the Russian president Yuri Ushakov"): no punctuation and no preposition
     * between them, else the person belongs to another phrase (msʾūl fy idāra al-raʾīs, "an official in
     * the president's administration", mutaḥaddith bism al-raʾīs, "a spokesman for the president").
     */
    private boolean titlesAPerson(int j, int end) {
        if (cx.nounPhrase(pack.anonymousSources, j) == null) {
            return false;
        }
        for (int k = j + 1; k < Math.min(end, j + TITLE_REACH); k++) {
            String word = cx.token(k).folded();
            if (!cx.isWord(k) || pack.prepositions.contains(word) || pack.is(LanguagePack.Marker.SPOKESMAN_LINK, word)) {
                return false;
            }
            Span span = cx.spanAt(k);
            if (span != null && !span.adjective()) {
                if (span.entity().type == EntityType.PERSON && !span.entity().anonymous) {
                    return span.preposition() == null || span.preposition().isEmpty();
                }
                k = span.end() - 1;
            }
        }
        return false;
    }

    private EntityRegistry.Node anonymousAt(int j, int end) {
        Context.Match<LanguagePack.Anonymous> m = cx.nounPhrase(pack.anonymousSources, j);
        if (m == null) {
            return null;
        }
        String noun = m.reading().stem();
        boolean definite = pack.morphology.article() != null && noun.startsWith(pack.morphology.article());
        String bare = definite ? noun.substring(pack.morphology.article().length()) : noun;
        if (definite && anonymousByNoun.containsKey(bare)) {
            return anonymousByNoun.get(bare); // al-msʾūl: the official mentioned before
        }
        int labelEnd = m.end();
        EntityRegistry.Node affiliation = null;
        Span next = cx.inRange(m.end()) ? cx.spanStartingAt(m.end()) : null;
        if (next != null && next.adjective()) {
            affiliation = next.entity();
            labelEnd = next.end();
        }
        String label = cx.text.text().substring(m.startChar(), cx.token(labelEnd - 1).end());
        EntityRegistry.Node anon = cx.registry.anonymous(label, "person".equals(m.value().kind()));
        anon.affiliation = affiliation;
        anon.mentions.add(cx.mention(m.startChar(), cx.token(labelEnd - 1).end()));
        anonymousByNoun.put(bare, anon);
        return anon;
    }

    /** Subject-verb order: "būtīn qāl", or an actor right before ḥsbmā-style markers is not one. */
    private EntityRegistry.Node subjectBefore(Sentence s, int verb) {
        int j = verb - 1;
        if (j < s.firstToken()) {
            return null;
        }
        Span span = cx.spanAt(j);
        if (span != null && span.end() == verb && span.preposition().isEmpty() && !span.adjective()
                && actor(span.entity()).isActor()) {
            return actor(span.entity());
        }
        // "mṣādr mṭlʿa qālt": an unnamed source right before the verb.
        for (int k = Math.max(s.firstToken(), verb - 3); k < verb; k++) {
            if (cx.isWord(k) && cx.spanAt(k) == null) {
                EntityRegistry.Node anon = anonymousAt(k, verb);
                if (anon != null) {
                    return anon;
                }
            }
        }
        return null;
    }

    /**
     * Whether an actor after a reporting verb is its subject in a subject-first language: only after a
     * verb that inverts ("…," said Manalo; lexicon/markers.tsv inverted-speech), with nothing but
     * function words and titles between. Elsewhere it is the verb's object ("accused Tokyo").
     */
    private boolean inverted(Context.Match<LanguagePack.Verb> verb, Span span) {
        if (!pack.is(LanguagePack.Marker.INVERTED_SPEECH, cx.token(verb.first()).folded())) {
            return false;
        }
        for (int k = verb.end(); k < span.first(); k++) {
            if (!cx.isWord(k) || !cx.isTitleWord(k) && !pack.isFunctionWord(cx.token(k).folded())) {
                return false;
            }
        }
        return true;
    }

    /** "a spokesperson for Wong", "a source at the ministry": the unnamed source before the name speaks, not the name. */
    private EntityRegistry.Node unnamedSourceOf(Span span, Sentence s) {
        int k = span.first() - 1;
        while (k >= s.firstToken() && cx.isWord(k) && pack.isFunctionWord(cx.token(k).folded())) {
            k--;
        }
        if (k == span.first() - 1 || !cx.isWord(k)) {
            return null; // no preposition between: the name is the subject itself
        }
        for (int a = Math.max(s.firstToken(), k - 2); a <= k; a++) {
            Context.Match<LanguagePack.Anonymous> m = cx.isWord(a) ? cx.nounPhrase(pack.anonymousSources, a) : null;
            if (m != null && m.end() == k + 1) {
                return anonymousAt(a, span.first());
            }
        }
        return null;
    }

    /**
     * An unnamed source whose noun comes before every name in [from, to), a preposition or relative
     * word between ("sources at Cairo airport", "a source in the Italian government"), or null.
     */
    private EntityRegistry.Node unnamedBeforeQualifier(int from, int to) {
        for (int k = from; k < to; k++) {
            if (cx.spanAt(k) != null) {
                return null;
            }
            Context.Match<LanguagePack.Anonymous> m = cx.isWord(k) ? cx.nounPhrase(pack.anonymousSources, k) : null;
            if (m != null && m.end() < to && cx.isWord(m.end()) && pack.isFunctionWord(cx.token(m.end()).folded())) {
                return anonymousAt(k, to);
            }
        }
        return null;
    }

    /** The actor a back-reference in [from, to) stands for (lexicon/back-references.tsv), or null. */
    private EntityRegistry.Node backReference(int from, int to) {
        PhraseIndex<?> refs = pack.phraseClass("back-references");
        for (int k = from; refs != null && k < to; k++) {
            Context.Match<?> m = cx.isWord(k) ? cx.nounPhrase(refs, k) : null;
            if (m != null && m.end() <= to && definite(k)) {
                return resolveBackReference(LanguagePack.valueName(m.value()), m, from);
            }
        }
        return null;
    }

    /** A back-reference whose phrase ends at token k, with only function words before it in the sentence's clause. */
    private EntityRegistry.Node backReferenceEndingAt(int k, Sentence s) {
        PhraseIndex<?> refs = pack.phraseClass("back-references");
        for (int a = k; refs != null && a >= s.firstToken() && a >= k - 2; a--) {
            Context.Match<?> m = cx.isWord(a) ? cx.nounPhrase(refs, a) : null;
            if (m != null && m.end() == k + 1 && definite(a)) {
                return resolveBackReference(LanguagePack.valueName(m.value()), m, a);
            }
        }
        return null;
    }

    /** "the statement" refers back; "a Chinese press release" is a new one. */
    private boolean definite(int k) {
        return cx.isDefinite(k) || cx.isWord(k - 1) && pack.is(LanguagePack.Marker.DEFINITE_ARTICLE, cx.token(k - 1).folded());
    }

    /**
     * What "the statement", "the agency", "the ministry" stand for: the last speaker, the last outlet
     * named, or the last organisation named (one whose name holds the same noun first).
     */
    private EntityRegistry.Node resolveBackReference(String kind, Context.Match<?> phrase, int before) {
        if ("speaker".equals(kind)) {
            return lastSpeaker(null);
        }
        if ("person".equals(kind)) {
            return pronounReferent("m", before); // "the spokesman said": the person who spoke last
        }
        String noun = cx.token(phrase.end() - 1).folded();
        EntityRegistry.Node any = null;
        EntityRegistry.Node named = null;
        for (Span sp : cx.spans()) {
            if (sp.first() >= before || sp.adjective()) {
                continue;
            }
            EntityRegistry.Node e = sp.entity();
            boolean fits = "outlet".equals(kind) ? e.isOutlet()
                    : "organization".equals(kind) && e.type == EntityType.ORGANIZATION && !e.isOutlet();
            if (!fits) {
                continue;
            }
            any = e;
            for (int t = sp.first(); t < sp.end(); t++) {
                if (cx.token(t).folded().equals(noun)) {
                    named = e;
                }
            }
        }
        return named != null ? named : any;
    }

    private EntityRegistry.Node lastSpeaker(String agreement) {
        for (int k = speakers.size() - 1; k >= 0; k--) {
            EntityRegistry.Node n = speakers.get(k);
            boolean person = n.type == EntityType.PERSON || n.type == EntityType.SOURCE;
            if (("m".equals(agreement) || "f".equals(agreement)) && !person || "n".equals(agreement) && person) {
                continue;
            }
            return n;
        }
        return speakers.isEmpty() || "n".equals(agreement) ? null : speakers.get(speakers.size() - 1);
    }

    /**
     * What a pronoun (or "the spokesman") stands for: the last speaker of its kind, else, before
     * anyone has spoken, the last person (or, for "it", body or state) named before token {@code before}.
     */
    private EntityRegistry.Node pronounReferent(String agreement, int before) {
        EntityRegistry.Node speaker = lastSpeaker(agreement);
        if (speaker != null) {
            return speaker;
        }
        EntityRegistry.Node named = null;
        for (Span sp : cx.spans()) {
            if (sp.first() >= before) {
                break;
            }
            EntityRegistry.Node e = sp.entity().asActor();
            boolean person = e.type == EntityType.PERSON;
            if (!sp.adjective() && e.isActor() && ("n".equals(agreement) ? !person : person)) {
                named = e;
            }
        }
        return named;
    }

    private boolean asTold(Sentence s, int verb) {
        return markerBefore(s, verb) > s.firstToken();
    }

    /** Index of an "as-told" source marker (ḥsbmā) right before the verb, or the sentence start. */
    private int markerBefore(Sentence s, int verb) {
        int j = verb - 1;
        while (j >= s.firstToken() && j >= verb - 2) {
            Context.Match<String> m = cx.nounPhrase(pack.sourceMarkers, j);
            if (m != null && "as-told".equals(m.value())) {
                int k = j;
                while (k > s.firstToken() && cx.isPunct(k - 1)) {
                    k--;
                }
                return k;
            }
            j--;
        }
        return s.firstToken();
    }

    private boolean isQuote(int from, int to) {
        int words = 0;
        int quoted = 0;
        for (int j = from; j < to; j++) {
            if (cx.token(j).isWord()) {
                words++;
                if (cx.token(j).quoted()) {
                    quoted++;
                }
            }
        }
        return words > 0 && quoted * 2 >= words;
    }

    /** A capital standing for its government: byūngh yāngh nft → North Korea. */
    EntityRegistry.Node actor(EntityRegistry.Node e) {
        return e.asActor();
    }

    /** Entities mentioned in a token range, without duplicates. */
    Set<EntityRegistry.Node> entitiesIn(int from, int to) {
        Set<EntityRegistry.Node> out = new LinkedHashSet<>();
        for (Span s : cx.spans()) {
            if (s.first() >= from && s.end() <= to) {
                out.add(s.entity());
            }
        }
        return out;
    }
}
