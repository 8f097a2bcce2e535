package org.isnad.serve.page;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.isnad.rdf.Vocab;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A claim and its isnad: claimant → via → document → publisher; the reporting sentence highlighted at
 * its offsets in its paragraph; and, where the store joins claims across documents into propositions
 * ({@code isnad:Proposition}), the reports that corroborate or contradict it.
 */
final class ClaimPage {
    /** Claims joined to the same proposition, whichever way the link points. */
    private static final String SAME_PROPOSITION = Q.PREFIXES + """
            SELECT DISTINCT ?p ?other ?stance ?doc WHERE {
              ?p a isnad:Proposition .
              { ?this ?r1 ?p } UNION { ?p ?r1 ?this }
              { ?other ?r2 ?p } UNION { ?p ?r2 ?other }
              ?other a isnad:Claim ; isnad:stance ?stance ; prov:wasDerivedFrom ?doc .
              FILTER(?other != ?this)
            }""";
    private static final int CONTEXT = 300;

    private ClaimPage() {
    }

    record Related(String claim, String stance, String doc) {
    }

    static View view(PageContext ctx) {
        String iri = Links.iri(ctx.param("id"));
        if (iri == null) {
            return null;
        }
        Facts facts = ctx.sparql.read(dsg -> Facts.of(dsg, iri));
        if (!facts.has(org.apache.jena.vocabulary.RDF.type.getURI(), Vocab.Claim.getURI())) {
            return null;
        }
        String doc = facts.one(Vocab.wasDerivedFrom.getURI());
        Facts docFacts = ctx.sparql.read(dsg -> Facts.of(dsg, doc));
        String text = docFacts.one(Vocab.text.getURI());
        String lang = docFacts.one(Vocab.language.getURI());
        Span sentence = ctx.sparql.read(dsg -> facts.iris(Vocab.evidence.getURI()).stream()
                .map(e -> Span.read(dsg, e, iri)).filter(s -> s != null).findFirst().orElse(null));
        List<Span> inSentence = sentence == null ? List.of() : ctx.sparql.read((DatasetGraph dsg) -> Sentence.mentionsWithin(dsg, sentence));
        String stance = facts.localNames(Vocab.stance.getURI()).stream().findFirst().orElse("");
        List<String> claimants = facts.iris(Vocab.claimant.getURI());
        String via = facts.one(Vocab.via.getURI());
        String content = facts.one(Vocab.content.getURI());
        List<Related> related = new ArrayList<>();
        for (QuerySolution r : ctx.sparql.select(SAME_PROPOSITION, Q.bind("this", iri))) {
            related.add(new Related(Q.str(r, "other"), Q.local(r, "stance"), Q.str(r, "doc")));
        }
        return new View() {
            @Override
            public String title() {
                return stance + ": " + String.join(", ", claimants.stream().map(c -> ctx.label(c)[0]).toList());
            }

            @Override
            public void body(Html h) {
                h.open("h1");
                ActorPage.names(h, ctx, claimants);
                h.text(" ").element("span", stance.toLowerCase(), "class", "stance").close("h1");
                if (content != null) {
                    h.open("p", "class", "sub").text(Boolean.parseBoolean(facts.one(Vocab.directQuote.getURI())) ? "Quoted: " : "Reported: ")
                            .label(content, lang).close("p");
                }
                h.element("h2", "Isnad: the chain of transmission");
                h.open("ol", "class", "chain", "id", "isnad");
                h.open("li").element("small", "claimant");
                ActorPage.names(h, ctx, claimants);
                h.close("li");
                if (via != null) {
                    String[] l = ctx.label(via);
                    arrow(h);
                    h.open("li").element("small", "via").labelLink(Links.actor(via), l[0], l[1]).close("li");
                }
                String title = docFacts.one(Vocab.title.getURI());
                arrow(h);
                h.open("li").element("small", "document")
                        .labelLink(Links.document(doc), title == null ? PageContext.shortName(doc) : title, lang);
                String published = docFacts.one(Vocab.datePublished.getURI());
                if (published != null) {
                    h.text(" ").element("time", published);
                }
                h.close("li");
                String publisher = docFacts.one(Vocab.publisher.getURI());
                arrow(h);
                h.open("li").element("small", "publisher");
                h.label(publisher == null ? "not given" : publisher, null).close("li");
                h.close("ol");
                h.element("h2", "The sentence");
                if (sentence != null && text != null) {
                    context(h, ctx, text, sentence, inSentence, new LinkedHashSet<>(claimants), lang);
                }
                h.element("h2", "Other reports of the same proposition");
                if (related.isEmpty()) {
                    h.element("p", "None: no other document's claim has been joined to this one in the store.", "class", "sub",
                            "id", "no-corroboration");
                } else {
                    h.open("ul", "id", "corroboration");
                    for (Related r : related) {
                        boolean agrees = r.stance().equals(stance) || !(isDenial(r.stance()) ^ isDenial(stance));
                        h.open("li").text(agrees ? "corroborates: " : "contradicts: ")
                                .link(Links.claim(r.claim()), r.stance()).text(" in ")
                                .link(Links.document(r.doc()), PageContext.shortName(r.doc())).close("li");
                    }
                    h.close("ul");
                }
            }

            @Override
            public Model rdf() {
                return ctx.sparql.read(dsg -> Describe.of(dsg, List.of(iri)));
            }
        };
    }

    private static void arrow(Html h) {
        h.open("li", "class", "arrow", "aria-hidden", "true").text("→").close("li");
    }

    private static boolean isDenial(String stance) {
        return "Deny".equals(stance);
    }

    /** The paragraph around the sentence, the sentence marked, its names linked, the claimants' names emphasised. */
    private static void context(Html h, PageContext ctx, String text, Span sentence, List<Span> mentions, Set<String> claimants,
                                String lang) {
        int n = text.codePointCount(0, text.length());
        int from = Math.max(0, sentence.begin() - CONTEXT);
        int to = Math.min(n, sentence.end() + CONTEXT);
        String before = Span.substring(text, from, sentence.begin());
        String after = Span.substring(text, sentence.end(), to);
        int cut = before.lastIndexOf('\n');
        before = cut >= 0 ? before.substring(cut + 1) : (from > 0 ? "…" + before : before);
        cut = after.indexOf('\n');
        after = cut >= 0 ? after.substring(0, cut) : (to < n ? after + "…" : after);
        h.open("div", "class", "text", "lang", lang, "dir", Html.isRtl(text) ? "rtl" : "ltr", "id", "sentence");
        h.text(before).open("mark", "data-begin", Integer.toString(sentence.begin()), "data-end", Integer.toString(sentence.end()));
        Sentence.inline(h, sentence, mentions, claimants);
        h.close("mark").text(after).close("div");
        h.open("p", "class", "sub").text("Characters " + sentence.begin() + "–" + sentence.end() + " of the document; ")
                .link(Links.span(sentence.document(), sentence.begin(), sentence.end()), "see it in the document").text(".").close("p");
    }
}
