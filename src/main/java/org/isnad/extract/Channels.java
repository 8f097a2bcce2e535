package org.isnad.extract;

import org.isnad.extract.ClaimFinder.Draft;
import org.isnad.text.Sentence;
import org.isnad.text.Token;

import java.util.List;

/**
 * The channel a claim came through, where its sentence names one (lexicon/channel-markers.tsv): "told
 * Reuters", "in an interview with CNN", "according to a statement from the ministry", "fy tṣrīḥ
 * lwkāla…"; and "Kyodo reported, citing officials", where the outlet only carried what the officials said.
 */
final class Channels {
    /** How far after a channel marker its outlet may be named ("told state broadcaster VTV"). */
    private static final int CHANNEL_REACH = 5;

    private final Context cx;
    private final LanguagePack pack;
    /** An unnamed source ("two officials") starting at a token, read as the claim finder reads them. */
    private final java.util.function.BiFunction<Integer, Integer, EntityRegistry.Node> anonymousAt;

    Channels(Context cx, java.util.function.BiFunction<Integer, Integer, EntityRegistry.Node> anonymousAt) {
        this.cx = cx;
        this.pack = cx.pack;
        this.anonymousAt = anonymousAt;
    }

    /**
     * The channel a sentence names for a claim that has none yet (lexicon/channel-markers.tsv): an outlet
     * after "told" or "in an interview with", an outlet or body after "according to a statement from";
     * and "Kyodo reported, citing officials": the outlet carried what the officials said.
     */
    Draft of(Draft d) {
        PhraseIndex<?> markers = pack.phraseClass("channel-markers");
        if (d.via() != null || markers == null) {
            return d;
        }
        Sentence s = d.sentence();
        for (Span span : toldOutlets(s)) {
            // "afād mṣdr … lwkāla frāns brs": an outlet the words were told to
            if (!d.claimants().contains(span.entity())) {
                return new Draft(d.claimants(), span.entity(), d.stance(), d.contentFirst(), d.contentEnd(),
                        d.directQuote(), s, d.verb());
            }
        }
        for (Context.Match<?> m : markersIn(s, markers)) {
            int i = m.first();
            String kind = LanguagePack.valueName(m.value());
            if (kind.equals("citing")) {
                if (d.claimants().size() == 1 && d.claimants().get(0).isOutlet()) {
                    EntityRegistry.Node source = sourceAfter(m.end(), s.endToken());
                    if (source != null && source != d.claimants().get(0)) {
                        return new Draft(List.of(source), d.claimants().get(0), d.stance(), d.contentFirst(),
                                d.contentEnd(), d.directQuote(), s, d.verb());
                    }
                }
                continue;
            }
            EntityRegistry.Node channel = channelAfter(m.end(), s.endToken(), kind.equals("body"));
            if (channel != null && !d.claimants().contains(channel)) {
                return new Draft(d.claimants(), channel, d.stance(), d.contentFirst(), d.contentEnd(),
                        d.directQuote(), s, d.verb());
            }
        }
        return d;
    }

    // A sentence may hold thousands of claims (a list of quotes run together): what it names is read
    // once per sentence, not once per claim, so the work stays linear in its length.
    private final java.util.Map<Integer, List<Span>> toldOutlets = new java.util.HashMap<>();
    private final java.util.Map<Integer, List<Context.Match<?>>> markers = new java.util.HashMap<>();

    /** The outlets of a sentence that words were told to, in order. */
    private List<Span> toldOutlets(Sentence s) {
        return toldOutlets.computeIfAbsent(s.index(), k -> cx.spansIn(s.firstToken(), s.endToken()).stream()
                .filter(span -> span.entity().isOutlet()
                        && (pack.is(LanguagePack.Marker.VIA, span.preposition()) || toldTo(span)))
                .toList());
    }

    /** The channel markers of a sentence, in order, none inside another. */
    private List<Context.Match<?>> markersIn(Sentence s, PhraseIndex<?> index) {
        return markers.computeIfAbsent(s.index(), k -> {
            List<Context.Match<?>> out = new java.util.ArrayList<>();
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Context.Match<?> m = cx.isWord(i) ? cx.nounPhrase(index, i) : null;
                if (m != null) {
                    out.add(m);
                    if (!LanguagePack.valueName(m.value()).equals("citing")) {
                        i = m.end() - 1;
                    }
                }
            }
            return out;
        });
    }

    /** "fy ḥdyth l“skāy nyūz ʿrbya”": the word before the outlet's opening quote is the "to" of telling. */
    private boolean toldTo(Span span) {
        int k = cx.beforeQuotes(span.first());
        return k < span.first() - 1 && cx.isWord(k) && pack.is(LanguagePack.Marker.VIA, cx.token(k).folded());
    }

    /** The first outlet (or, for a body, organisation) named within reach; a state's possessive may stand before it. */
    private EntityRegistry.Node channelAfter(int from, int end, boolean body) {
        for (int j = from; j < end && j < from + CHANNEL_REACH; j++) {
            Span span = cx.spanAt(j);
            if (span == null) {
                if (!cx.isWord(j) && cx.token(j).kind() != Token.Kind.QUOTE) {
                    return null; // a comma ends the phrase; an outlet's name may stand in quotes
                }
                continue;
            }
            EntityRegistry.Node e = span.entity();
            if (e.isOutlet() || body && e.type == EntityType.ORGANIZATION && !span.adjective()) {
                return e;
            }
            j = span.end() - 1;
        }
        return null;
    }

    /** "citing two officials", "quoting Yonhap's source": the unnamed source or actor named within reach. */
    private EntityRegistry.Node sourceAfter(int from, int end) {
        for (int j = from; j < end && j < from + CHANNEL_REACH; j++) {
            EntityRegistry.Node anon = anonymousAt.apply(j, end);
            if (anon != null) {
                return anon;
            }
            Span span = cx.spanAt(j);
            if (span != null && !span.adjective() && span.entity().asActor().isActor()) {
                return span.entity().asActor();
            }
        }
        return null;
    }
}
