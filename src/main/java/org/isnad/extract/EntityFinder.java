package org.isnad.extract;

import org.isnad.text.Fold;
import org.isnad.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the entities of a document, in passes that each add spans to the {@link Context}:
 * gazetteer names and adjectives; titles with the people they introduce; organisations named by a
 * head noun (wzāra al-khārjya al-ardnya); outlets named after ṣḥīfa/wkāla; people introduced by a given
 * name; and finally short names (kīm, kīrby) that refer back to a person already named.
 */
final class EntityFinder {
    private static final int MAX_NAME_WORDS = 4;
    private final Context cx;
    private final LanguagePack pack;

    EntityFinder(Context cx) {
        this.cx = cx;
        this.pack = cx.pack;
    }

    void run() {
        gazetteerPass();
        titlePass(false);
        organisationPass();
        titlePass(true);
        outletPass();
        givenNamePass();
        shortNamePass();
        unresolvedTitles.forEach(Runnable::run);
    }

    // ---- gazetteer ---------------------------------------------------------------------------

    private void gazetteerPass() {
        for (int i = 0; i < cx.tokens.size(); ) {
            Context.Match<GazetteerEntry> m = nameAt(i);
            Context.Match<GazetteerEntry> adj = cx.nounPhrase(pack.adjectives, i);
            if (adj != null && (m == null || adj.length() > m.length())) {
                cx.addSpan(adj.first(), adj.end(), adj.startChar(), cx.registry.forEntry(adj.value()),
                        adj.reading().preposition(), true);
                i = adj.end();
            } else if (m != null && acceptable(m)) {
                cx.addSpan(m.first(), m.end(), m.startChar(), cx.registry.forEntry(m.value()),
                        m.reading().preposition(), false);
                i = m.end();
            } else if (m != null && m.value().isOutlet() && otherThanOutlet(i, m) != null) {
                // "al-shrq al-awsaṭ" with no newspaper noun before it: the region, not the newspaper
                Context.Match<GazetteerEntry> other = otherThanOutlet(i, m); // answered from the context's cache
                cx.addSpan(other.first(), other.end(), other.startChar(), cx.registry.forEntry(other.value()),
                        other.reading().preposition(), false);
                i = other.end();
            } else {
                i++;
            }
        }
    }

    private Context.Match<GazetteerEntry> otherThanOutlet(int i, Context.Match<GazetteerEntry> outlet) {
        Context.Match<GazetteerEntry> other = cx.nounPhrase(pack.namesOtherThanOutlets, i);
        return other != null && other.length() == outlet.length() ? other : null;
    }

    /** The longest gazetteer name at token i: exact, then by "g"-key, then (people) by skeleton. */
    Context.Match<GazetteerEntry> nameAt(int i) {
        if (!cx.token(i).isWord()) {
            return null;
        }
        Context.Match<GazetteerEntry> best = cx.nounPhrase(pack.names, i);
        if (pack.isFunctionWord(cx.token(i).folded())) {
            return best; // no name starts with fy or an, however it is spelt
        }
        for (PhraseIndex<GazetteerEntry> loose : List.of(pack.namesByGKey, pack.peopleBySkeleton)) {
            Context.Match<GazetteerEntry> m = cx.nounPhrase(loose, i);
            // Dropping vowels is safe across a full name, not on one word (al-ʿlīmy ≈ al-ʿālm).
            if (m != null && loose == pack.peopleBySkeleton && m.length() < 2) {
                continue;
            }
            if (m != null && (best == null || m.length() > best.length()) && looseMatchIsSafe(m)) {
                best = m;
            }
        }
        return best;
    }

    private boolean looseMatchIsSafe(Context.Match<GazetteerEntry> m) {
        // A one-word loose match on a short or common word would turn ordinary words into names.
        if (m.length() > 1) {
            return true;
        }
        String stem = m.reading().stem();
        return stem.length() >= 5 && !pack.isFunctionWord(stem) && !pack.lexiconWords.contains(stem);
    }

    /**
     * Single words that are also common nouns (al-jzīra "the island", al-ʿrbya "Arabic") count as
     * outlets only after an outlet head (qnāa al-jzīra) or as the direct object of a reporting verb.
     */
    private boolean acceptable(Context.Match<GazetteerEntry> m) {
        GazetteerEntry e = m.value();
        if (allLowerCase(m)) {
            return false; // "is", "who", "time": in a cased script a name is written with a capital
        }
        if (e.isOutlet() && pack.headRequired.contains(phraseAt(m))) {
            return cx.inRange(m.first() - 1) && cx.nounPhrase(pack.outletHeads, m.first() - 1) != null
                    || namedAsChannel(m.first());
        }
        if (m.length() > 1 || !e.isOutlet()) {
            return true;
        }
        String stem = m.reading().stem();
        boolean commonWord = pack.isFunctionWord(stem) || pack.morphology.hasArticle(stem) && stem.length() <= 8
                && !stem.equals(Fold.fold(e.labelAr() == null ? "" : e.labelAr()).replace(" ", "#"));
        if (!commonWord) {
            return true;
        }
        int before = m.first() - 1;
        return cx.inRange(before) && cx.nounPhrase(pack.outletHeads, before) != null;
    }

    /**
     * "bḥsb al-jzīra", "l“al-ʿrbya”", "“al-jzīra”": a word that is also a common noun is the outlet when it
     * stands in quotes, or after a source marker (according to) or the "to" of telling.
     */
    private boolean namedAsChannel(int first) {
        int k = cx.beforeQuotes(first);
        boolean quoted = k < first - 1;
        if (quoted || !cx.isWord(k) || !cx.sameSentence(k, first)) {
            return quoted;
        }
        String before = cx.token(k).folded();
        if (pack.is(LanguagePack.Marker.VIA, before)) {
            return true;
        }
        for (int start = Math.max(0, k - 2); start <= k; start++) {
            Context.Match<String> marker = cx.isWord(start) ? cx.nounPhrase(pack.sourceMarkers, start) : null;
            if (marker != null && marker.end() == first) {
                return true;
            }
        }
        return false;
    }

    /** Whether every letter of the match is a lower-case letter of a cased script (Arabic has no case). */
    private boolean allLowerCase(Context.Match<?> m) {
        for (int k = m.first(); k < m.end(); k++) {
            for (char c : cx.token(k).surface().toCharArray()) {
                if (Character.isUpperCase(c) || Character.isLetter(c) && !Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return true;
    }

    private String phraseAt(Context.Match<?> m) {
        StringBuilder b = new StringBuilder(m.reading().stem());
        for (int k = m.first() + 1; k < m.end(); k++) {
            b.append(' ').append(cx.token(k).folded());
        }
        return b.toString();
    }

    // ---- titles ------------------------------------------------------------------------------

    /**
     * Titles and the people they introduce. Run twice: first only to reserve the title words, so that
     * the organisation rule does not read wzīr al-khārjya as a ministry; then, with organisations known,
     * to read "rʾīs ḥrka mjtmʿ al-slm ʿbd al-rzāq mqry" as a person of that body.
     */
    private void titlePass(boolean readPeople) {
        for (int i = 0; i < cx.tokens.size(); i++) {
            if (!cx.token(i).isWord()) {
                continue;
            }
            Context.Match<LanguagePack.Title> title = cx.nounPhrase(pack.titles, i);
            if (title == null) {
                continue;
            }
            Span atTitle = cx.spanAt(i);
            if (atTitle != null && !atTitle.adjective() && atTitle.end() > title.end() - 1) {
                continue; // part of a longer name (mjls al-amn…)
            }
            for (int j = title.first(); j < title.end(); j++) {
                cx.reserved[j] = true;
            }
            if (readPeople) {
                readTitledPerson(title);
            }
            i = title.end() - 1;
        }
    }

    /** After a title: modifiers (nationality, "bāsm X", "llṣḥīfa"), an optional comma, then the person. */
    private void readTitledPerson(Context.Match<LanguagePack.Title> title) {
        EntityRegistry.Node affiliation = null;
        int affiliationEnd = title.end();
        int j = title.end();
        boolean spokesperson = pack.marker(LanguagePack.Marker.SPOKESMAN_LINK).stream().anyMatch(w -> lastWordIs(title, w))
                || title.value().role().equals("spokesperson");
        boolean afterComma = false;
        for (int steps = 0; steps < 6 && cx.inRange(j) && cx.sameSentence(title.first(), j); steps++) {
            Span s = cx.spanStartingAt(j);
            if (cx.isPunct(j, LanguagePack.Marker.COMMAS)) {
                afterComma = true;
                j++;
                continue;
            }
            if (s != null && s.entity().type == EntityType.PERSON) {
                setRole(s.entity(), title.value().role(), affiliation);
                return;
            }
            if (spokesperson) {
                // al-mtḥdth bāsm mjls al-amn al-qūmy: the whole body, not the shorter name inside it.
                OrgPhrase org = organisationAt(j, true);
                if (org != null && (s == null || org.end > s.end())) {
                    affiliation = org.add();
                    j = org.end;
                    continue;
                }
            }
            if (s != null && (s.adjective() || s.entity().type != EntityType.PLACE)) {
                if (affiliation == null || s.adjective()) {
                    affiliation = s.entity();
                    affiliationEnd = s.end();
                }
                j = s.end();
                continue;
            }
            if (isModifier(j)) {
                j++;
                continue;
            }
            // al-sfīr al-frnsy ldā lbnān: a preposition and a state or place still belong to the title.
            Span placeAfter = cx.isWord(j) && pack.prepositions.contains(cx.token(j).folded()) ? cx.spanStartingAt(j + 1) : null;
            if (placeAfter != null && !placeAfter.adjective()
                    && (placeAfter.entity().type == EntityType.STATE || placeAfter.entity().type == EntityType.PLACE)) {
                if (affiliation == null) {
                    affiliation = placeAfter.entity();
                }
                j = placeAfter.end();
                affiliationEnd = j;
                continue;
            }
            break;
        }
        if (!cx.inRange(j) || !cx.sameSentence(title.first(), j)) {
            return;
        }
        Span knownPerson = knownPersonNear(j);
        if (knownPerson != null) {
            // rʾīs ḥkūma tṣrīf al-aʿmāl njīb mīqāty: the words up to a known name qualify the title.
            setRole(knownPerson.entity(), title.value().role(), affiliation);
            return;
        }
        int nameEnd = startsLikeName(j) ? nameEnd(j) : j;
        if (afterComma && !pack.givenNames.contains(cx.bareStem(j)) && !pack.givenNames.contains(cx.token(j).folded())
                && !(nameEnd - j >= 2 && enclosedByCommas(nameEnd))) {
            // "rʾīs al-dwla, hātfyā msāʾ": after a comma only a given name opens a name, or two name
            // words the apposition closes with a comma ("nẓīrh al-nījry, msʿūdū ḥsūmy,")
            nameEnd = j;
        }
        if (nameEnd > j && definiteWords(j, nameEnd) >= 2) {
            nameEnd = j; // "irsāl al-msāʿdāt al-insānya": a phrase of common nouns, not a name
        }
        if (cx.isWord(j + 1) && pack.nameLinks.contains(cx.token(j + 1).folded()) && cx.sameSentence(j, j + 1)) {
            nameEnd = Math.max(nameEnd, nameEnd(j + 1)); // msāʿd bn mḥmd al-ʿībān, even when msāʿd is also a noun
        }
        if (nameEnd > j && (pack.givenNames.contains(cx.bareStem(j)) || nameEnd - j >= 2 || followedByBoundary(nameEnd))) {
            EntityRegistry.Node known = nameEnd == j + 1 ? personNamed(label(j, nameEnd)) : null;
            EntityRegistry.Node person = known != null ? known : cx.registry.forName(EntityType.PERSON, label(j, nameEnd));
            addName(j, nameEnd, person);
            setRole(person, title.value().role(), affiliation);
        } else if (affiliation != null || cx.isDefinite(title.first()) && title.length() == 1) {
            final EntityRegistry.Node of = affiliation;
            final int end = affiliationEnd;
            unresolvedTitles.add(() -> holderOf(title, of, end));
        }
    }

    /** Titles without a name, resolved once every named person is known (the name may come later). */
    private final List<Runnable> unresolvedTitles = new ArrayList<>();

    /** A person already found within three words of j, with only plain words between. */
    private Span knownPersonNear(int j) {
        for (int k = j; k < j + 4 && cx.inRange(k) && cx.sameSentence(j, k); k++) {
            Span s = cx.spanStartingAt(k);
            if (s != null) {
                return s.entity().type == EntityType.PERSON ? s : null;
            }
            if (!cx.isWord(k) || cx.verbPhrase(pack.speechVerbs, k) != null || pack.isFunctionWord(cx.token(k).folded())
                    || cx.verbPhrase(pack.meetingTriggers, k) != null) {
                return null; // "al-sfīr al-frnsy yltqy mīqāty": a verb between, so not his name
            }
        }
        return null;
    }

    /**
     * A name does not open with a preposition clitic on an unknown word: in "tʿhd al-rʾīs al-frnsy btshīl…"
     * the words after the title are what he promised, not his name.
     */
    private boolean startsLikeName(int j) {
        String f = cx.token(j).folded();
        if (pack.givenNames.contains(f) || pack.givenNames.contains(cx.bareStem(j))) {
            return true;
        }
        // btshīl, bārtkāb, bālātfāq: a preposition on a verbal noun (t, a) or a definite noun. Names that
        // merely begin with the letter (bīdrū, lwīs) read as a preposition on some other stem.
        for (Morphology.Reading r : pack.morphology.nounReadings(f)) {
            if (r.hasPreposition() && r.stem().length() >= 4
                    && pack.marker(LanguagePack.Marker.VERBAL_NOUN_STARTS).stream().anyMatch(r.stem()::startsWith)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "al-rʾīs al-frnsy" with no name after it: the person already known to hold that office for that
     * state (from the gazetteer or an earlier title) is meant, and the title phrase is a mention of them.
     */
    private void holderOf(Context.Match<LanguagePack.Title> title, EntityRegistry.Node affiliation, int end) {
        String role = title.value().role().toLowerCase(java.util.Locale.ROOT);
        if (role.equals("-")) {
            counterpart(title, affiliation, end);
            return;
        }
        boolean leader = "leader".equals(title.value().kind()) || "royal".equals(title.value().kind());
        EntityRegistry.Node state = affiliation == null ? null : affiliation.asActor();
        EntityRegistry.Node holder = null;
        int holderDistance = Integer.MAX_VALUE;
        boolean tie = false;
        // Someone whose role names the office (al-mlk → "King of Jordan") comes before a mere head of state.
        boolean byRoleWords = cx.registry.nodes().stream().anyMatch(n -> n.type == EntityType.PERSON
                && !n.mentions.isEmpty() && holds(n, role, false) && (state == null || n.affiliation != null
                && n.affiliation.asActor() == state));
        for (EntityRegistry.Node n : cx.registry.nodes()) {
            if (n.type != EntityType.PERSON || n.mentions.isEmpty() || !holds(n, role, leader && !byRoleWords)) {
                continue;
            }
            if (state != null && (n.affiliation == null || n.affiliation.asActor() != state)) {
                continue;
            }
            // With no state named ("al-mlk"), only someone already mentioned can be meant: the nearest.
            int distance = distanceBefore(n, title.startChar());
            if (state == null && distance == Integer.MAX_VALUE) {
                continue;
            }
            if (holder == null || distance < holderDistance) {
                tie = false;
                holder = n;
                holderDistance = distance;
            } else if (distance == holderDistance || state != null) {
                tie = true;
            }
        }
        if (holder != null && !tie) {
            cx.addSpan(title.first(), end, title.startChar(), holder, title.reading().preposition(), false);
        }
    }

    private boolean hasPrepositionOnDefinite(String folded) {
        String article = pack.morphology.article();
        if (article == null || pack.givenNames.contains(folded)) {
            return false;
        }
        for (Morphology.Reading r : pack.morphology.nounReadings(folded)) {
            if (r.hasPreposition() && r.stem().startsWith(article) && r.stem().length() > article.length() + 2) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWithPreposition(int k) {
        String f = cx.token(k).folded();
        return pack.morphology.startsWithPrepositionAndArticle(f);
    }

    /** "al-shīkh tmīm" after "tmīm bn ḥmd": the one person already found whose first or last name this is. */
    private EntityRegistry.Node personNamed(String word) {
        String key = Fold.gKey(Fold.fold(word));
        EntityRegistry.Node only = null;
        for (EntityRegistry.Node n : cx.registry.nodes()) {
            String label = n.labelAr != null ? n.labelAr : n.labelEn;
            if (n.type != EntityType.PERSON || n.mentions.isEmpty() || label == null) {
                continue;
            }
            String[] words = Fold.fold(label).split("\\s+");
            if (words.length >= 2 && (Fold.gKey(words[0]).equals(key) || Fold.gKey(words[words.length - 1]).equals(key))) {
                if (only != null && only != n) {
                    return null;
                }
                only = n;
            }
        }
        return only;
    }

    /** "nẓīrh al-astrāly": the one person of that state the article names, if there is exactly one. */
    private void counterpart(Context.Match<LanguagePack.Title> title, EntityRegistry.Node affiliation, int end) {
        if (affiliation == null) {
            return;
        }
        EntityRegistry.Node state = affiliation.asActor();
        EntityRegistry.Node only = null;
        for (EntityRegistry.Node n : cx.registry.nodes()) {
            if (n.type == EntityType.PERSON && !n.mentions.isEmpty() && n.affiliation != null
                    && n.affiliation.asActor() == state) {
                if (only != null) {
                    return;
                }
                only = n;
            }
        }
        if (only != null) {
            cx.addSpan(title.first(), end, title.startChar(), only, title.reading().preposition(), false);
        }
    }

    /** Whether a person holds an office named {@code role}: by its words, or as a head of state for a leader's title. */
    private static boolean holds(EntityRegistry.Node n, String role, boolean leader) {
        String r = n.role == null ? "" : n.role.toLowerCase(java.util.Locale.ROOT);
        return r.contains(role) || leader && n.subtype != null && n.subtype.startsWith("head-of");
    }

    /** Chars from a person's last mention before {@code at} to {@code at}; MAX_VALUE when none comes before. */
    private static int distanceBefore(EntityRegistry.Node n, int at) {
        int best = Integer.MAX_VALUE;
        for (Mention m : n.mentions) {
            if (m.end() <= at) {
                best = Math.min(best, at - m.end());
            }
        }
        return best;
    }

    /** Words starting with the article in [from, to), not counting the one after ʿbd/abw. */
    private int definiteWords(int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            boolean afterStart = k > from && pack.nameStarts.contains(cx.token(k - 1).folded());
            if (cx.isDefinite(k) && !afterStart) {
                n++;
            }
        }
        return n;
    }

    private boolean lastWordIs(Context.Match<?> m, String folded) {
        return cx.token(m.end() - 1).folded().equals(folded);
    }

    /** Definite adjectives between a title and a name: al-dblūmāsī, al-sābq, al-khāṣ. */
    private boolean isModifier(int j) {
        Token t = cx.token(j);
        return t.isWord() && cx.isDefinite(j) && !pack.isFunctionWord(t.folded()) && !cx.covered(j)
                && cx.nounPhrase(pack.titles, j) == null && cx.nounPhrase(pack.orgHeads, j) == null
                && cx.nounPhrase(pack.outletHeads, j) == null;
    }

    private void setRole(EntityRegistry.Node person, String role, EntityRegistry.Node affiliation) {
        if (person.role == null && !"-".equals(role)) {
            person.role = role;
        }
        if (person.affiliation == null && affiliation != null && affiliation != person) {
            person.affiliation = affiliation.isCapital() && affiliation.affiliation != null
                    ? affiliation.affiliation : affiliation;
        }
    }

    // ---- organisations -----------------------------------------------------------------------

    /** A name built from a head noun and its modifiers: al-mkhābrāt al-kūrya al-jnūbya. */
    private final class OrgPhrase {
        final int first;
        final int end;
        final int startChar;
        final String preposition;
        final EntityRegistry.Node state;

        OrgPhrase(int first, int end, int startChar, String preposition, EntityRegistry.Node state) {
            this.first = first;
            this.end = end;
            this.startChar = startChar;
            this.preposition = preposition;
            this.state = state;
        }

        EntityRegistry.Node add() {
            EntityRegistry.Node org = cx.registry.forName(EntityType.ORGANIZATION, label(first, end, startChar));
            if (org.affiliation == null && state != null) {
                org.affiliation = state.isCapital() && state.affiliation != null ? state.affiliation : state;
            }
            for (Span s : cx.spansIn(first, end)) {
                if (!s.adjective() && s.entity().type != EntityType.STATE) {
                    cx.removeSpan(s); // a shorter gazetteer name inside (mjls al-amn in mjls al-amn al-qūmy)
                }
            }
            cx.addSpan(first, end, startChar, org, preposition, false);
            return org;
        }
    }

    private OrgPhrase organisationAt(int i, boolean afterSpokesperson) {
        if (!cx.isWord(i)) {
            return null;
        }
        Context.Match<String> head = cx.nounPhrase(pack.orgHeads, i);
        if (head == null) {
            return null;
        }
        int j = head.end();
        EntityRegistry.Node state = null;
        int modifiers = 0;
        while (cx.inRange(j) && cx.sameSentence(i, j) && j - i < 6) {
            Span s = cx.spanStartingAt(j);
            if (s != null && (s.adjective() || s.entity().type == EntityType.STATE) && s.preposition().isEmpty()) {
                state = s.entity();
                j = s.end();
                modifiers++;
                break; // the nationality closes the name
            }
            boolean lexical = pack.lexiconWords.contains(cx.token(j).folded()) && cx.nounPhrase(pack.orgHeads, j) == null;
            // ḥrka mjtmʿ al-slm: an indefinite noun may sit inside the name when a definite one follows it.
            boolean construct = !cx.isDefinite(j) && modifiers == 0 && cx.isWord(j + 1) && cx.isDefinite(j + 1)
                    && !pack.givenNames.contains(cx.token(j).folded())
                    && cx.sameSentence(j, j + 1) && cx.spanAt(j + 1) == null && !pack.isFunctionWord(cx.token(j + 1).folded());
            if (s != null || !cx.isWord(j) || !cx.isDefinite(j) && !construct || pack.isFunctionWord(cx.token(j).folded())
                    || cx.nounPhrase(pack.titles, j) != null || cx.verbPhrase(pack.speechVerbs, j) != null
                    || lexical || hasConjunction(j)) {
                break;
            }
            j++;
            modifiers++;
        }
        if (modifiers == 0) {
            return null;
        }
        Span existing = cx.spanStartingAt(i);
        if (existing != null && existing.end() >= j) {
            return null; // the gazetteer knows this name, or a longer one
        }
        return new OrgPhrase(i, j, head.startChar(), head.reading().preposition(), state);
    }

    private boolean hasConjunction(int j) {
        String f = cx.token(j).folded();
        return pack.morphology.startsWithConjunctionAndArticle(f);
    }

    private void organisationPass() {
        for (int i = 0; i < cx.tokens.size(); i++) {
            if (cx.reserved[i] || (cx.covered(i) && cx.spanStartingAt(i) == null)) {
                continue;
            }
            OrgPhrase org = organisationAt(i, false);
            if (org != null) {
                org.add();
                i = org.end - 1;
            }
        }
    }

    // ---- outlets -----------------------------------------------------------------------------

    private final Map<String, EntityRegistry.Node> lastOutletOfKind = new HashMap<>();

    private void outletPass() {
        for (int i = 0; i < cx.tokens.size(); i++) {
            if (!cx.isWord(i) || cx.reserved[i]) {
                continue;
            }
            Span named = cx.spanStartingAt(i);
            if (named != null && named.entity().isOutlet()) {
                remember(named.entity(), null);
                i = named.end() - 1;
                continue;
            }
            Context.Match<String> head = cx.nounPhrase(pack.outletHeads, i);
            if (head == null || cx.covered(i)) {
                continue;
            }
            int j = head.end();
            while (cx.inRange(j) && cx.token(j).kind() == Token.Kind.QUOTE && cx.sameSentence(i, j)) {
                j++; // qnāt “al-jzīra”: the name may stand in quotes
            }
            Span next = cx.spanStartingAt(j);
            if (next != null && next.entity().isOutlet()) {
                // "wkāla fārs": the head is part of the outlet's name as the text gives it; the bare name
                // stays a mention inside it
                cx.addSpan(i, next.end(), head.startChar(), next.entity(), head.reading().preposition(), false);
                remember(next.entity(), head.value());
                i = next.end() - 1;
                continue;
            }
            int end = cx.isDefinite(i) ? describedOutletEnd(j, i) : j;
            if (end > j) {
                // al-qnāt al-sābʿa al-isrāʾīlya: an outlet known by its description and its state
                EntityRegistry.Node outlet = cx.registry.forName(EntityType.ORGANIZATION, label(i, end, head.startChar()));
                outlet.subtype = "agency".equals(head.value()) ? "news-agency" : "news-outlet";
                Span adj = cx.spanStartingAt(end - 1);
                if (adj != null && outlet.affiliation == null) {
                    outlet.affiliation = adj.entity().isCapital() && adj.entity().affiliation != null ? adj.entity().affiliation : adj.entity();
                }
                cx.addSpan(i, end, head.startChar(), outlet, head.reading().preposition(), false);
                remember(outlet, head.value());
                i = end - 1;
                continue;
            }
            int nameEnd = j;
            while (nameEnd < j + 3 && cx.inRange(nameEnd) && cx.sameSentence(i, nameEnd) && isNameWord(nameEnd)
                    && !(nameEnd > j && startsWithPreposition(nameEnd))) {
                nameEnd++; // "wkāla yūnhāb llʾanbāʾ": llʾanbāʾ describes the agency, it is not its name
            }
            if (nameEnd > j) {
                EntityRegistry.Node outlet = cx.registry.forName(EntityType.ORGANIZATION, label(j, nameEnd));
                outlet.subtype = "agency".equals(head.value()) ? "news-agency" : "news-outlet";
                addName(j, nameEnd, outlet);
                cx.addSpan(i, nameEnd, head.startChar(), outlet, head.reading().preposition(), false);
                Span adj = cx.spanStartingAt(nameEnd);
                if (adj != null && adj.adjective() && outlet.affiliation == null) {
                    outlet.affiliation = adj.entity();
                }
                remember(outlet, head.value());
                i = nameEnd - 1;
            } else if (cx.isDefinite(i) && head.length() == 1) {
                // al-ṣḥīfa, llṣḥīfa: the outlet of that kind named last.
                EntityRegistry.Node last = lastOutletOfKind.get(head.value());
                if (last != null) {
                    cx.addSpan(i, i + 1, head.startChar(), last, head.reading().preposition(), false);
                }
            }
        }
    }

    /**
     * Where a definite outlet head's description ends: one to three definite words (al-sābʿa, al-waṭanya)
     * closed by a nationality adjective. Without the nationality the words may describe a channel of
     * another kind (al-qnāt al-diblūmāsya), so there is no outlet; the result is then {@code start}.
     */
    private int describedOutletEnd(int start, int head) {
        int j = start;
        while (cx.inRange(j) && cx.sameSentence(head, j) && j - start < 4) {
            Span s = cx.spanStartingAt(j);
            if (s != null) {
                return j > start && s.adjective() && s.preposition().isEmpty() ? s.end() : start;
            }
            if (!cx.isWord(j) || !cx.isDefinite(j) || pack.isFunctionWord(cx.token(j).folded()) || hasConjunction(j)
                    || cx.nounPhrase(pack.titles, j) != null || cx.verbPhrase(pack.speechVerbs, j) != null
                    || cx.nounPhrase(pack.orgHeads, j) != null || cx.nounPhrase(pack.outletHeads, j) != null
                    || cx.nounPhrase(pack.meetingTriggers, j) != null) {
                return start;
            }
            j++;
        }
        return start;
    }

    private void remember(EntityRegistry.Node outlet, String kind) {
        lastOutletOfKind.put(kind != null ? kind : "any", outlet);
        if (kind == null) {
            String label = outlet.labelEn == null ? "" : outlet.labelEn.toLowerCase(java.util.Locale.ROOT);
            lastOutletOfKind.put(label.contains("times") || label.contains("post") || label.contains("journal")
                    || label.contains("guardian") ? "newspaper" : "agency", outlet);
        }
    }

    // ---- people by given name ------------------------------------------------------------------

    private void givenNamePass() {
        for (int i = 0; i < cx.tokens.size(); i++) {
            if (!cx.isWord(i) || cx.covered(i) || cx.reserved[i]) {
                continue;
            }
            String stem = cx.bareStem(i);
            boolean linked = cx.isWord(i + 1) && pack.nameLinks.contains(cx.token(i + 1).folded())
                    && cx.sameSentence(i, i + 1);
            boolean compound = pack.nameStarts.contains(cx.token(i).folded()) && cx.isWord(i + 1) && cx.sameSentence(i, i + 1);
            if (!linked && !compound && !pack.givenNames.contains(stem) && !pack.givenNames.contains(cx.token(i).folded())) {
                continue;
            }
            if (pack.isFunctionWord(cx.token(i).folded())) {
                continue;
            }
            int end = nameEnd(i + 1);
            if (end > i + 1) {
                int startChar = startAfterClitics(i);
                EntityRegistry.Node person = cx.registry.forName(EntityType.PERSON, label(i, end, startChar));
                cx.addSpan(i, end, startChar, person, prepositionOf(i), false);
                i = end - 1;
            }
        }
    }

    // ---- short names -------------------------------------------------------------------------

    /** kīm after kīm jūngh aūn, kīrby after jūn kīrby: a person's last (or, if not a given name, first) name. */
    private void shortNamePass() {
        Map<String, List<EntityRegistry.Node>> byKey = new HashMap<>();
        for (Span s : cx.spans()) {
            if (s.entity().type != EntityType.PERSON || s.end() - s.first() < 2) {
                continue;
            }
            // The name's own words, without any clitic its first word carries (būtīn in wbūtīn).
            String[] words = Fold.fold(cx.text.text().substring(s.start(), s.endChar())).split("\\s+");
            String last = words[words.length - 1];
            int hyphen = last.indexOf('-');
            // "al-Shaibani", "el-Sisi": the surname also goes without the article the name links to it
            String bare = hyphen > 0 && pack.nameLinks.contains(last.substring(0, hyphen)) ? last.substring(hyphen + 1) : last;
            String[] parts = bare.equals(last) ? new String[]{words[0], last} : new String[]{words[0], last, bare};
            for (int p = 0; p < parts.length; p++) {
                String stem = parts[p];
                if (stem.length() < 3 || pack.isFunctionWord(stem) || (p == 0 && pack.givenNames.contains(stem))
                        || pack.lexiconWords.contains(stem)) {
                    continue;
                }
                List<EntityRegistry.Node> nodes = byKey.computeIfAbsent(Fold.gKey(stem), x -> new ArrayList<>());
                if (!nodes.contains(s.entity())) {
                    nodes.add(s.entity());
                }
            }
        }
        if (byKey.isEmpty()) {
            return;
        }
        for (int i = 0; i < cx.tokens.size(); i++) {
            Span adjective = cx.spanAt(i);
            boolean freeAdjective = adjective != null && adjective.adjective() && adjective.end() - adjective.first() == 1
                    && !(cx.isWord(i - 1) && cx.isDefinite(i - 1) && cx.sameSentence(i - 1, i));
            if (!cx.isWord(i) || cx.covered(i) && !freeAdjective || cx.reserved[i]) {
                continue;
            }
            for (Morphology.Reading r : pack.morphology.nounReadings(cx.token(i).folded())) {
                List<EntityRegistry.Node> nodes = byKey.get(r.gKey());
                if (nodes != null && nodes.size() == 1) {
                    if (freeAdjective) {
                        // "an al-sūdāny sīzūr": no noun before it to describe, so it is the surname.
                        cx.removeSpan(adjective);
                    }
                    int startChar = cx.token(i).start() + Fold.surfaceLength(cx.token(i).surface(), r.prefix().length());
                    cx.addSpan(i, i + 1, startChar, nodes.get(0), r.preposition(), false);
                    break;
                }
            }
        }
    }

    /**
     * The short names of people found after the passes (by rules): their first or last word, written as
     * in the full name. Exact words only, so that this second look costs one lookup a token.
     */
    void shortNamesOf(java.util.Collection<EntityRegistry.Node> found) {
        Map<String, EntityRegistry.Node> byWord = new HashMap<>();
        Set<String> ambiguous = new java.util.HashSet<>();
        for (Span s : cx.spans()) {
            if (!found.contains(s.entity()) || s.entity().type != EntityType.PERSON || s.end() - s.first() < 2) {
                continue;
            }
            for (int k : new int[]{s.first(), s.end() - 1}) {
                String word = cx.token(k).folded();
                if (word.length() < 3 || pack.isFunctionWord(word) || pack.givenNames.contains(word) || pack.lexiconWords.contains(word)) {
                    continue;
                }
                EntityRegistry.Node before = byWord.putIfAbsent(word, s.entity());
                if (before != null && before != s.entity()) {
                    ambiguous.add(word);
                }
            }
        }
        ambiguous.forEach(byWord::remove);
        if (byWord.isEmpty()) {
            return;
        }
        for (int i = 0; i < cx.tokens.size(); i++) {
            EntityRegistry.Node person = cx.isWord(i) && !cx.covered(i) ? byWord.get(cx.token(i).folded()) : null;
            if (person != null && !cx.reserved[i]) {
                cx.addSpan(i, i + 1, cx.token(i).start(), person, null, false);
            }
        }
    }

    // ---- name words ----------------------------------------------------------------------------

    /** End of the run of name words starting at j (j itself when there is none). */
    int nameEnd(int j) {
        int end = j;
        while (end < j + MAX_NAME_WORDS && cx.inRange(end) && cx.sameSentence(j, end)
                && (isNameWord(end) || end > j && cx.isWord(end) && pack.nameEnds.contains(cx.token(end).folded()))
                && !describedNoun(end) && (end == j || !hasConjunctionPrefix(end) && !definitePhrase(end))) {
            end++;
        }
        return end;
    }

    /**
     * "yzyd bn frḥān al-srāyā al-ḥkūmya": two definite words in a row are a noun and its adjective (a
     * place, a body), which no name runs on into.
     */
    private boolean definitePhrase(int k) {
        return cx.isDefinite(k) && cx.isWord(k + 1) && cx.sameSentence(k, k + 1) && cx.isDefinite(k + 1)
                && !pack.givenNames.contains(cx.bareStem(k)) && !pack.nameEnds.contains(cx.token(k + 1).folded())
                && !pack.nameEnds.contains(cx.token(k).folded());
    }

    /** "thmn ʿbās al-mūqf al-ardny": a definite noun with a nationality adjective after it is no surname. */
    private boolean describedNoun(int k) {
        Span next = cx.spanStartingAt(k + 1);
        return cx.isDefinite(k) && next != null && next.adjective() && cx.sameSentence(k, k + 1);
    }

    /** "wʾamīn", "wʾaḥmd": a conjunction that starts the next phrase, not a name word such as wūngh. */
    private boolean hasConjunctionPrefix(int i) {
        String f = cx.token(i).folded();
        if (f.length() <= 3 || pack.morphology.conjunctionOf(f) == null || pack.givenNames.contains(f)) {
            return false;
        }
        String rest = f.substring(1);
        return pack.givenNames.contains(rest) || pack.lexiconWords.contains(rest) || pack.isFunctionWord(rest)
                || pack.titles.containsWord(rest);
    }

    /** A word that can be part of a person's or outlet's name: no lexicon job, no known entity, no number. */
    boolean isNameWord(int i) {
        Token t = cx.token(i);
        if (!t.isWord() || cx.covered(i) || cx.reserved[i]) {
            return false;
        }
        String f = t.folded();
        char c = t.surface().charAt(0);
        if (!Character.isLetter(c) || Character.isLowerCase(c) && !pack.nameLinks.contains(f)) {
            return false; // "'s diary", "as soon as conditions": in a cased script a name word has a capital
        }
        if (hasPrepositionOnDefinite(f)) {
            return false; // bāltqāʿs, llʾanbāʾ: no word of a name is a preposition on a definite noun
        }
        if (f.length() < 2 || pack.isFunctionWord(t) || pack.lexiconWords.contains(f)
                || pack.lexiconWords.contains(cx.bareStem(i)) || verbalNounWithPronoun(f, t.surface())) {
            return false;
        }
        return cx.verbPhrase(pack.speechVerbs, i) == null && cx.nounPhrase(pack.titles, i) == null
                && cx.nounPhrase(pack.meetingTriggers, i) == null && cx.nounPhrase(pack.orgHeads, i) == null
                && cx.nounPhrase(pack.statusCues, i) == null && cx.nounPhrase(pack.dates, i) == null;
    }

    /** "wjdd ʿūn tʾkīdh": a verbal noun carrying a pronoun ("his affirming") ends a name, never continues it. */
    private boolean verbalNounWithPronoun(String folded, String surface) {
        // the written form, not the folded one: folding may merge a pronoun with a feminine ending (usāma)
        return folded.length() >= 5 && !pack.givenNames.contains(folded)
                && pack.marker(LanguagePack.Marker.VERBAL_NOUN_STARTS).stream().anyMatch(folded::startsWith)
                && pack.marker(LanguagePack.Marker.PRONOUN_SUFFIXES).stream().anyMatch(surface::endsWith);
    }

    /** Whether an apposition ends at token i: a comma, or the end of the sentence. */
    private boolean enclosedByCommas(int i) {
        return !cx.inRange(i) || !cx.sameSentence(i - 1, i) || cx.isPunct(i, LanguagePack.Marker.COMMAS)
                || cx.isPunct(i) && cx.token(i).end() == cx.token(i).start() + 1 && ".".equals(cx.token(i).surface());
    }

    private boolean followedByBoundary(int i) {
        if (!cx.inRange(i) || !cx.sameSentence(i - 1, i)) {
            return true;
        }
        Token t = cx.token(i);
        return !t.isWord() || pack.isFunctionWord(t.folded()) || cx.verbPhrase(pack.speechVerbs, i) != null;
    }

    private void addName(int first, int end, EntityRegistry.Node node) {
        cx.addSpan(first, end, startAfterClitics(first), node, prepositionOf(first), false);
    }

    /** Where a name starts inside its first word: after a conjunction or preposition clitic it carries. */
    private int startAfterClitics(int i) {
        Token t = cx.token(i);
        String f = t.folded();
        if (pack.givenNames.contains(f) || !Fold.isArabicLetter(f.isEmpty() ? ' ' : f.charAt(0))) {
            return t.start();
        }
        for (Morphology.Reading r : pack.morphology.nounReadings(f)) {
            if (!r.prefix().isEmpty() && !pack.morphology.hasArticle(r.stem()) && pack.givenNames.contains(r.stem())) {
                return t.start() + Fold.surfaceLength(t.surface(), r.prefix().length());
            }
        }
        return t.start();
    }

    private String prepositionOf(int i) {
        String f = cx.token(i).folded();
        for (Morphology.Reading r : pack.morphology.nounReadings(f)) {
            if (r.hasPreposition() && pack.givenNames.contains(r.stem())) {
                return r.preposition();
            }
        }
        return "";
    }

    private String label(int first, int end) {
        return label(first, end, startAfterClitics(first));
    }

    private String label(int first, int end, int startChar) {
        return cx.text.text().substring(startChar, cx.token(end - 1).end());
    }
}
