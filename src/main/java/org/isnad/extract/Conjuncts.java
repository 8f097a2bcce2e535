package org.isnad.extract;

import org.isnad.extract.EntityRegistry.Node;
import org.isnad.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * How the mentions around a meeting's words join up: "X and Y", "X, Y and Prime Minister Z", "Carney
 * and U.S. President Trump", "IAEA chief Rafael Grossi", "Russian and Ukrainian negotiators". Read by
 * the meeting finder when it gathers a report's participants.
 */
final class Conjuncts {
    private final Context cx;
    private final LanguagePack pack;

    Conjuncts(Context cx) {
        this.cx = cx;
        this.pack = cx.pack;
    }

    /** The next mention of a list: right after {@code end}, or after a comma or "and" and any title words. */
    Span listedAfter(int end, int windowEnd) {
        Span of = cx.isWord(end) && pack.prepositions.contains(cx.token(end).folded()) ? cx.spanStartingAt(end + 1) : null;
        if (of != null && !of.adjective() && (of.entity().type == EntityType.STATE || of.entity().type == EntityType.PLACE)) {
            end = of.end(); // "President Xi of China and President Hollande of France": the state qualifies the item
        }
        Span next = cx.spanStartingAt(end);
        if (next != null) {
            return coordinated(next) && !next.adjective() ? next : null;
        }
        if (!cx.inRange(end) || end >= windowEnd) {
            return null;
        }
        // "wal-zaʿīm al-kūrī kīm": the conjunction is a prefix of the title that starts the next item
        boolean joinedTitle = joinedTitle(end);
        if (!joinedTitle && !pack.is(LanguagePack.Marker.COMMAS, cx.token(end).folded())
                && !pack.is(LanguagePack.Marker.CONJUNCTIONS, cx.token(end).folded())) {
            return null;
        }
        for (int k = joinedTitle ? end : end + 1; k < windowEnd && k <= end + 5; k++) {
            if (pack.is(LanguagePack.Marker.CONJUNCTIONS, cx.token(k).folded())) {
                continue; // ", and"
            }
            Span s = cx.spanStartingAt(k);
            if (s != null && s.adjective() && cx.isWord(s.end()) && cx.nounPhrase(pack.titles, s.end()) != null) {
                k = s.end() - 1; // "and Eritrean President Isaias Afwerki": the adjective qualifies the title
                continue;
            }
            if (s != null && s.adjective() && k > end && (cx.isTitleWord(k - 1) || cx.spanAt(k - 1) != null && cx.spanAt(k - 1).adjective())) {
                k = s.end() - 1; // "wal-raʾīs al-ṣīnī shī": the adjective follows the title it qualifies
                continue;
            }
            if (s != null) {
                return s.adjective() ? null : s;
            }
            Context.Match<LanguagePack.Title> title = cx.isWord(k) ? cx.nounPhrase(pack.titles, k) : null;
            if (title != null) {
                k = title.end() - 1;
            } else if (!cx.isWord(k) || !pack.isFunctionWord(cx.token(k).folded())) {
                return null;
            }
        }
        return null;
    }

    /**
     * "IAEA chief Rafael Grossi", "U.S. special envoy Steve Witkoff", "nẓīrh al-iīrāny ʿbās ʿrāqjy": a
     * person named right after a title that a body or state (or its adjective) qualifies, written before
     * or after the title; null when none is.
     */
    Span personAfterTitle(Span qualifier, int windowEnd) {
        int k = qualifier.end();
        if (qualifier.entity().type == EntityType.PERSON) {
            // "Takaichi's predecessor Shigeru Ishiba", "Putin's spokesman Dmitry Peskov": the owner of a title
            if (!cx.isWord(k) || !pack.is(LanguagePack.Marker.POSSESSIVE, cx.token(k).folded())) {
                return null;
            }
            k++;
            if (!cx.isTitleWord(k)) {
                return null;
            }
        }
        // "nẓīrh al-iīrāny ʿbās ʿrāqjy": the title may come first, the qualifier after it, then the name
        int before = qualifier.first() - 1;
        boolean title = cx.isTitleWord(before);
        while (k < windowEnd && k < qualifier.end() + 6 && cx.isWord(k)) {
            Span s = cx.spanStartingAt(k);
            if (s != null) {
                return title && s.entity().type == EntityType.PERSON ? s : null;
            }
            Context.Match<LanguagePack.Title> t = cx.nounPhrase(pack.titles, k);
            if (t != null) {
                title = true;
                k = t.end();
            } else if (pack.isFunctionWord(cx.token(k).folded()) || Character.isLowerCase(cx.token(k).surface().charAt(0))) {
                k++; // "foreign policy chief": lower-case words of a title the lexicon knows only in part
            } else {
                return null;
            }
        }
        return null;
    }

    /** "Russian and Ukrainian negotiators": the states the adjectives before the group noun at j name. */
    List<Node> statesOfGroup(int j, int clauseStart) {
        List<Node> out = new ArrayList<>();
        for (int k = j - 1; k >= clauseStart && k >= j - 5; k--) {
            Span adjective = cx.spanAt(k);
            if (adjective != null && adjective.adjective()) {
                out.add(adjective.entity().asActor());
                k = adjective.first();
            } else if (!cx.isWord(k) || !pack.is(LanguagePack.Marker.CONJUNCTIONS, cx.token(k).folded())
                    && !pack.is(LanguagePack.Marker.COMMAS, cx.token(k).folded())) {
                break;
            }
        }
        return out;
    }

    /** A noun for a state's envoys as a group (lexicon/group-nouns.tsv: delegations, negotiators, wafd). */
    boolean isGroupNoun(int j) {
        PhraseIndex<?> groups = pack.phraseClass("group-nouns");
        return groups != null && cx.isWord(j) && cx.nounPhrase(groups, j) != null;
    }

    /** "between Ethiopian and Somali delegations": a group noun closes the list an adjective starts. */
    boolean groupNounAfter(int from, int windowEnd) {
        for (int k = from; k < windowEnd && k < from + 4; k++) {
            if (isGroupNoun(k)) {
                return true;
            }
            Span s = cx.spanAt(k);
            boolean joins = s != null && s.adjective() || cx.isWord(k) && (pack.is(LanguagePack.Marker.CONJUNCTIONS, cx.token(k).folded()));
            if (!joins) {
                return false;
            }
            if (s != null) {
                k = s.end() - 1;
            }
        }
        return false;
    }

    /**
     * "Mali, Burkina Faso and Niger met": the mentions of the list that {@code last} ends, first to last,
     * each joined to the next by a comma or the conjunction (titles may stand before each).
     */
    List<Span> listEndingWith(Span last) {
        List<Span> out = new ArrayList<>();
        out.add(last);
        int joined = joinedAfter(last);
        Span item = joined >= 0 ? cx.spanAt(joined) : null;
        while (item != null && !item.adjective() && !out.contains(item)) {
            out.add(0, item);
            item = commaJoinedBefore(item);
        }
        return out;
    }

    /** The mention before {@code s} when a comma, and at most a title, stand between them. */
    private Span commaJoinedBefore(Span s) {
        for (int k = s.first() - 1; k >= 0 && k >= s.first() - 5 && cx.sameSentence(k, s.first()); k--) {
            if (cx.isWord(k) || !pack.is(LanguagePack.Marker.COMMAS, cx.token(k).folded())) {
                if (cx.isTitleWord(k)) {
                    continue;
                }
                return null;
            }
            return k > 0 ? cx.spanAt(k - 1) : null;
        }
        return null;
    }

    /** A title word carrying a conjunction prefix (wal-raʾīs). */
    private boolean joinedTitle(int k) {
        Context.Match<LanguagePack.Title> title = cx.isWord(k) ? cx.nounPhrase(pack.titles, k) : null;
        return title != null && pack.morphology.prefixHasConjunction(title.reading());
    }

    /** "wblīnkn": a mention joined to the one before by the conjunction. */
    boolean coordinated(Span s) {
        return joinedAfter(s) >= 0;
    }

    /**
     * Where the mention before a conjunction ends (a token of it), for a mention joined to it; -1 when
     * none is. "Putin and Erdogan", "Motegi and his Indian counterpart Jaishankar", "Carney and U.S.
     * President Trump": the conjunction may be a word of its own, before the words of a title and the
     * state or adjective that qualifies it.
     */
    int joinedAfter(Span s) {
        Token t = cx.token(s.first());
        if (s.start() > t.start() && pack.morphology.conjunctionOf(t.folded()) != null) {
            return s.first() - 1;
        }
        for (int k = s.first() - 1; k >= 0 && k >= s.first() - 6 && cx.sameSentence(k, s.first()); k--) {
            if (cx.isWord(k) && pack.is(LanguagePack.Marker.CONJUNCTIONS, cx.token(k).folded())) {
                return k - 1;
            }
            if (joinedTitle(k)) {
                return k - 1; // "wal-raʾīs al-sūrī aḥmad al-sharʿ": the conjunction is the title's prefix
            }
            Span modifier = cx.spanAt(k);
            if (modifier != null && (modifier.adjective() || modifier.entity().type != EntityType.PERSON
                    && cx.isWord(modifier.end()) && cx.nounPhrase(pack.titles, modifier.end()) != null)) {
                k = modifier.first();
                continue;
            }
            // a title's words, read backwards one by one: "Prime Minister" is two
            if (!cx.isTitleWord(k) && !(cx.isWord(k) && pack.isFunctionWord(cx.token(k).folded()))) {
                return -1;
            }
        }
        return -1;
    }
}
