package org.isnad.extract;

import org.isnad.read.SourceDocument;
import org.isnad.text.AnalyzedText;
import org.isnad.text.Fold;
import org.isnad.text.Sentence;
import org.isnad.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** One document under extraction: its tokens, the language pack, and the entity spans found so far. */
final class Context {
    /** A phrase of the lexicon found at a token. */
    record Match<V>(int first, int end, int startChar, V value, Morphology.Reading reading) {
        int length() {
            return end - first;
        }
    }

    final SourceDocument document;
    final AnalyzedText text;
    final List<Token> tokens;
    final LanguagePack pack;
    final EntityRegistry registry;
    private final List<Span> spans = new ArrayList<>();
    /** Tokens taken by a title, a trigger or another rule's words, so that no name is read into them. */
    final boolean[] reserved;

    Context(SourceDocument document, AnalyzedText text, LanguagePack pack) {
        this.document = document;
        this.text = text;
        this.tokens = text.tokens();
        this.pack = pack;
        this.registry = new EntityRegistry(pack);
        this.reserved = new boolean[tokens.size()];
    }

    Token token(int i) {
        return tokens.get(i);
    }

    boolean inRange(int i) {
        return i >= 0 && i < tokens.size();
    }

    boolean sameSentence(int a, int b) {
        return inRange(a) && inRange(b) && tokens.get(a).sentence() == tokens.get(b).sentence();
    }

    Sentence sentence(int token) {
        return text.sentences().get(tokens.get(token).sentence());
    }

    /** Longest phrase of {@code index} starting at token {@code i}; the first word may carry noun clitics. */
    <V> Match<V> nounPhrase(PhraseIndex<V> index, int i) {
        return cached(nounMatches, index, i, true);
    }

    /** Longest phrase starting at token {@code i} whose first word may carry only verb prefixes (w f s). */
    <V> Match<V> verbPhrase(PhraseIndex<V> index, int i) {
        return cached(verbMatches, index, i, false);
    }

    // Every rule asks the same questions of the same tokens; the tokens never change, so each answer is
    // computed once. This is most of the extractor's speed.
    private static final Object NO_MATCH = new Object();
    private final Map<PhraseIndex<?>, Object[]> nounMatches = new IdentityHashMap<>();
    private final Map<PhraseIndex<?>, Object[]> verbMatches = new IdentityHashMap<>();
    private List<Morphology.Reading>[] nounReadings;
    private List<Morphology.Reading>[] verbReadings;
    private List<String> folded;

    @SuppressWarnings("unchecked")
    private <V> Match<V> cached(Map<PhraseIndex<?>, Object[]> cache, PhraseIndex<V> index, int i, boolean noun) {
        Object[] answers = cache.computeIfAbsent(index, k -> new Object[tokens.size()]);
        Object a = answers[i];
        if (a == null) {
            // one bit per index says whether any reading of the token can start one of its phrases:
            // most (token, index) questions end here, without looking at a reading
            boolean possible = index.id() < 0 || (startMask(i, noun) & (1L << index.id())) != 0;
            a = possible ? longest(index, i, noun ? nounReadingsOf(i) : verbReadingsOf(i)) : null;
            answers[i] = a == null ? NO_MATCH : a;
        }
        return a == NO_MATCH ? null : (Match<V>) a;
    }

    private long[] nounStartMasks;
    private long[] verbStartMasks;

    /** The indexes any reading of token i may start a phrase of (all of them while a reading's mask is unknown). */
    private long startMask(int i, boolean noun) {
        long[] masks = noun ? nounStartMasks : verbStartMasks;
        if (masks == null) {
            masks = new long[tokens.size()];
            java.util.Arrays.fill(masks, Long.MIN_VALUE); // not yet computed: no reading mask has only the top bit
            if (noun) {
                nounStartMasks = masks;
            } else {
                verbStartMasks = masks;
            }
        }
        if (masks[i] == Long.MIN_VALUE) {
            long m = 0;
            List<Morphology.Reading> readings = noun ? nounReadingsOf(i) : verbReadingsOf(i);
            for (int k = 0; k < readings.size(); k++) {
                m |= readings.get(k).indexMask();
            }
            masks[i] = m;
        }
        return masks[i];
    }

    List<Morphology.Reading> nounReadingsOf(int i) {
        if (nounReadings == null) {
            nounReadings = newListArray();
        }
        if (nounReadings[i] == null) {
            nounReadings[i] = pack.morphology.nounReadings(tokens.get(i).folded());
        }
        return nounReadings[i];
    }

    private List<Morphology.Reading> verbReadingsOf(int i) {
        if (verbReadings == null) {
            verbReadings = newListArray();
        }
        if (verbReadings[i] == null) {
            verbReadings[i] = pack.morphology.verbReadings(tokens.get(i).folded());
        }
        return verbReadings[i];
    }

    @SuppressWarnings("unchecked")
    private <T> List<T>[] newListArray() {
        return new List[tokens.size()];
    }

    /** The folded words after token i in its sentence, at most seven: a view, nothing copied. */
    private List<String> followingWords(int i) {
        if (folded == null) {
            List<String> all = new ArrayList<>(tokens.size());
            tokens.forEach(t -> all.add(t.folded()));
            folded = all;
        }
        int end = Math.min(Math.min(tokens.size(), i + 8), text.sentences().get(tokens.get(i).sentence()).endToken());
        return folded.subList(Math.min(i + 1, end), end);
    }

    private <V> Match<V> longest(PhraseIndex<V> index, int i, List<Morphology.Reading> readings) {
        Token t = tokens.get(i);
        if (t.kind() == Token.Kind.PUNCT || t.kind() == Token.Kind.QUOTE) {
            return null;
        }
        List<String> next = followingWords(i);
        Match<V> best = null;
        for (Morphology.Reading r : readings) {
            if (!index.mayStart(r)) {
                continue;
            }
            for (PhraseIndex.Phrase<V> p : index.matches(r, next)) {
                int len = p.words().size();
                if (best == null || len > best.length()) {
                    int startChar = t.start() + Fold.surfaceLength(t.surface(), r.prefix().length());
                    best = new Match<>(i, i + len, startChar, p.value(), r);
                }
            }
        }
        return best;
    }

    Mention mention(int startChar, int endChar) {
        return new Mention(startChar, endChar, text.text().substring(startChar, endChar));
    }

    /** Records a mention of {@code entity} over tokens [first, end). */
    Span addSpan(int first, int end, int startChar, EntityRegistry.Node entity, String preposition, boolean adjective) {
        int endChar = tokens.get(end - 1).end();
        Span s = new Span(first, end, startChar, endChar, entity, preposition == null ? "" : preposition, adjective);
        spans.add(s);
        sorted = null;
        index(first, end);
        entity.mentions.add(mention(startChar, endChar));
        return s;
    }

    /**
     * Drops a mention a longer reading replaced. A rule-made entity left without mentions stays in the
     * registry; the extractor drops it unless a meeting or claim refers to it.
     */
    void removeSpan(Span s) {
        spans.remove(s);
        sorted = null;
        index(s.first(), s.end());
        s.entity().mentions.remove(mention(s.start(), s.endChar()));
    }

    // Per-token answers to "which span covers / starts here", kept current as spans come and go:
    // the rules ask them for every token, many times.
    private Span[] longestCovering;
    private Span[] longestStarting;
    private List<Span> sorted;

    private void index(int from, int to) {
        if (longestCovering == null) {
            longestCovering = new Span[tokens.size()];
            longestStarting = new Span[tokens.size()];
        }
        for (int i = from; i < to; i++) {
            longestCovering[i] = null;
            longestStarting[i] = null;
        }
        for (Span s : spans) {
            if (s.end() <= from || s.first() >= to) {
                continue;
            }
            for (int i = Math.max(from, s.first()); i < Math.min(to, s.end()); i++) {
                if (longestCovering[i] == null || s.end() - s.first() > longestCovering[i].end() - longestCovering[i].first()) {
                    longestCovering[i] = s;
                }
            }
            if (s.first() >= from && (longestStarting[s.first()] == null || s.end() > longestStarting[s.first()].end())) {
                longestStarting[s.first()] = s;
            }
        }
    }

    /** The longest span covering token i, or null. */
    Span spanAt(int i) {
        return longestCovering == null || i < 0 || i >= tokens.size() ? null : longestCovering[i];
    }

    /** The longest span starting exactly at token i, or null. */
    Span spanStartingAt(int i) {
        return longestStarting == null || i < 0 || i >= tokens.size() ? null : longestStarting[i];
    }

    boolean covered(int i) {
        return spanAt(i) != null;
    }

    List<Span> spans() {
        if (sorted == null) {
            List<Span> copy = new ArrayList<>(spans);
            copy.sort(Comparator.comparingInt(Span::first).thenComparingInt(s -> -s.end()));
            sorted = List.copyOf(copy);
        }
        return sorted;
    }

    /** Spans in token range [from, to), outermost only, in text order. */
    List<Span> spansIn(int from, int to) {
        List<Span> all = spans();
        // spans are sorted by their first token: start at the first one at or after {@code from}
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).first() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Span> out = new ArrayList<>();
        int reached = -1; // spans come in order of their first token: one inside an earlier one ends by here
        for (int k = lo; k < all.size() && all.get(k).first() < to; k++) {
            Span s = all.get(k);
            if (s.end() <= to && s.end() > reached) {
                out.add(s);
                reached = s.end();
            }
        }
        return out;
    }

    /**
     * Whether {@code s} qualifies a title (al-mtḥdth bāsm wzāra al-khārjya nāṣr knʿāny): it follows the
     * title's words and a person, the title's holder, is named within three words after it.
     */
    /**
     * Whether token k is a word of a title ("Minister", or the "Prime" of "Prime Minister"): titles read
     * backwards are met one word at a time.
     */
    boolean isTitleWord(int k) {
        return isWord(k) && (pack.titles.containsWord(token(k).folded()) || nounPhrase(pack.titles, k) != null);
    }

    /** The token before {@code first} once the quotation marks right before it are passed (first - 1 if none). */
    int beforeQuotes(int first) {
        int k = first - 1;
        while (k >= 0 && tokens.get(k).kind() == Token.Kind.QUOTE) {
            k--;
        }
        return k;
    }

    boolean isTitleComplement(Span s, int limit) {
        if (s.entity().type == EntityType.PERSON || !inRange(s.first() - 1) || !reserved[s.first() - 1]) {
            return false;
        }
        for (int k = s.end(); k < limit && k <= s.end() + 3 && inRange(k) && sameSentence(s.first(), k); k++) {
            Span next = spanStartingAt(k);
            if (next != null) {
                if (next.entity().type == EntityType.PERSON) {
                    return true;
                }
                k = next.end() - 1;
            }
        }
        return false;
    }

    boolean isWord(int i) {
        return inRange(i) && tokens.get(i).isWord();
    }

    /** Whether token i is punctuation of a marker role (commas, clause punctuation) of this language. */
    boolean isPunct(int i, LanguagePack.Marker marks) {
        return isPunct(i) && pack.is(marks, tokens.get(i).folded());
    }

    boolean isPunct(int i, String... marks) {
        if (!inRange(i) || tokens.get(i).isWord() || tokens.get(i).kind() == Token.Kind.NUMBER) {
            return false;
        }
        if (marks.length == 0) {
            return true;
        }
        for (String m : marks) {
            if (tokens.get(i).folded().equals(m)) {
                return true;
            }
        }
        return false;
    }

    /** The bare stem of a word: without conjunction, preposition and article. */
    String bareStem(int i) {
        String f = tokens.get(i).folded();
        List<Morphology.Reading> readings = nounReadingsOf(i);
        String best = f;
        for (Morphology.Reading r : readings) {
            String s = r.stem();
            String article = pack.morphology.article();
            if (article != null && s.startsWith(article) && s.length() > article.length() + 1) {
                s = s.substring(article.length());
            }
            if (s.length() < best.length() && s.length() >= 2) {
                best = s;
            }
        }
        return best;
    }

    boolean isDefinite(int i) {
        String article = pack.morphology.article();
        if (article == null) {
            return false;
        }
        for (Morphology.Reading r : nounReadingsOf(i)) {
            if (r.stem().startsWith(article) && r.stem().length() > article.length() + 1) {
                return true;
            }
        }
        return false;
    }
}
