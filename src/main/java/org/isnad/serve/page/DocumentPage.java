package org.isnad.serve.page;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.isnad.rdf.Vocab;
import org.isnad.serve.names.Actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A document's text with what was read in it highlighted: each name linked to its entity, each
 * sentence that reports a claim or an event shaded and linked. Offsets are the store's, in code points.
 */
final class DocumentPage {
    private DocumentPage() {
    }

    /** What the document holds, read in one transaction. */
    record Reading(List<Span> names, List<Span> claims, List<Span> events, Map<String, String> eventTypes) {
    }

    static View view(PageContext ctx) {
        String iri = Links.iri(ctx.param("id"));
        if (iri == null) {
            return null;
        }
        Facts facts = ctx.sparql.read(dsg -> Facts.of(dsg, iri));
        String text = facts.one(Vocab.text.getURI());
        if (text == null) {
            return null;
        }
        Reading reading = ctx.sparql.read(dsg -> read(dsg, iri));
        String lang = facts.one(Vocab.language.getURI());
        String title = facts.one(Vocab.title.getURI());
        return new View() {
            @Override
            public String title() {
                return title == null ? "Document" : title;
            }

            @Override
            public void body(Html h) {
                h.open("h1").label(title(), lang).close("h1");
                h.open("p", "class", "sub");
                meta(h, facts);
                h.close("p");
                h.open("p", "class", "legend").element("span", "claim", "class", "hl-claim")
                        .element("span", "meeting or event", "class", "hl-meeting")
                        .element("span", reading.names().size() + " names, linked", "class", "tag").close("p");
                h.open("div", "class", "text", "id", "text", "lang", lang, "dir", Html.isRtl(text) ? "rtl" : "ltr");
                markup(h, ctx, text, reading);
                h.close("div");
                h.element("h2", "Claims (" + reading.claims().size() + ")");
                list(h, reading.claims(), Links::claim, c -> "claim " + PageContext.shortName(c.owner()), lang, text);
                h.element("h2", "Meetings and events (" + reading.events().size() + ")");
                list(h, reading.events(), Links::event, e -> reading.eventTypes().get(e.owner()) + " "
                        + PageContext.shortName(e.owner()), lang, text);
            }

            @Override
            public Model rdf() {
                return ctx.sparql.read(dsg -> Describe.of(dsg, List.of(iri)));
            }
        };
    }

    private static void meta(Html h, Facts facts) {
        String published = facts.one(Vocab.datePublished.getURI());
        String publisher = facts.one(Vocab.publisher.getURI());
        String url = facts.one(Vocab.url.getURI());
        h.element("span", facts.one(Vocab.language.getURI()), "class", "tag");
        if (published != null) {
            h.text(" published ").element("time", published);
        }
        if (publisher != null) {
            h.text(" by ").label(publisher, null);
        }
        if (url != null && (url.startsWith("http://") || url.startsWith("https://"))) {
            h.text(" · ").link(url, "original", "rel", "external nofollow");
        }
    }

    static Reading read(DatasetGraph dsg, String doc) {
        List<Span> names = new ArrayList<>();
        List<Span> claims = new ArrayList<>();
        List<Span> events = new ArrayList<>();
        Map<String, String> eventTypes = new TreeMap<>();
        for (Node m : Sentence.spansOf(dsg, doc)) {
            dsg.find(Node.ANY, Node.ANY, Vocab.mention.asNode(), m).forEachRemaining(q ->
                    add(names, Span.read(dsg, m.getURI(), q.getSubject().getURI())));
            dsg.find(Node.ANY, Node.ANY, Vocab.evidence.asNode(), m).forEachRemaining(q -> {
                Node owner = q.getSubject();
                if (dsg.contains(Node.ANY, owner, RDF.type.asNode(), Vocab.Claim.asNode())) {
                    add(claims, Span.read(dsg, m.getURI(), owner.getURI()));
                } else {
                    add(events, Span.read(dsg, m.getURI(), owner.getURI()));
                    dsg.find(Node.ANY, owner, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
                        if (!t.getObject().equals(Vocab.Event.asNode())) {
                            eventTypes.put(owner.getURI(), t.getObject().getLocalName());
                        }
                    });
                }
            });
        }
        Comparator<Span> order = Comparator.comparingInt(Span::begin).thenComparing(s -> -s.end()).thenComparing(Span::owner);
        names.sort(order);
        claims.sort(order);
        events.sort(order);
        return new Reading(dropOverlaps(names), claims, events, eventTypes);
    }

    private static void add(List<Span> to, Span s) {
        if (s != null) {
            to.add(s);
        }
    }

    /** Names never nest in the markup: of overlapping mentions the first and longest is kept. */
    private static List<Span> dropOverlaps(List<Span> sorted) {
        List<Span> out = new ArrayList<>();
        int end = -1;
        for (Span s : sorted) {
            if (s.begin() >= end) {
                out.add(s);
                end = s.end();
            }
        }
        return out;
    }

    /**
     * The text cut at every span boundary; each piece shaded by the sentences over it and, inside a
     * name, linked to the entity. Each reporting sentence starts with an anchor {@code char=B,E}.
     */
    private static void markup(Html h, PageContext ctx, String text, Reading r) {
        int length = text.codePointCount(0, text.length());
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        List<Span> sentences = new ArrayList<>(r.claims());
        sentences.addAll(r.events());
        for (Span s : sentences) {
            cuts.add(clamp(s.begin(), length));
            cuts.add(clamp(s.end(), length));
        }
        for (Span s : r.names()) {
            cuts.add(clamp(s.begin(), length));
            cuts.add(clamp(s.end(), length));
        }
        TreeSet<String> anchored = new TreeSet<>();
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                piece(h, ctx, text, from, to, r, anchored);
            }
            from = to;
        }
    }

    private static void piece(Html h, PageContext ctx, String text, int from, int to, Reading r, TreeSet<String> anchored) {
        boolean claim = false;
        boolean event = false;
        for (Span s : r.claims()) {
            claim |= s.begin() <= from && to <= s.end();
            anchor(h, s, from, anchored);
        }
        for (Span s : r.events()) {
            event |= s.begin() <= from && to <= s.end();
            anchor(h, s, from, anchored);
        }
        Span name = null;
        for (Span s : r.names()) {
            if (s.begin() <= from && to <= s.end()) {
                name = s;
                break;
            }
        }
        String cls = (claim ? "hl-claim " : "") + (event ? "hl-meeting" : "");
        if (!cls.isBlank()) {
            h.open("span", "class", cls.strip());
        }
        String words = Span.substring(text, from, to);
        if (name != null) {
            Actor a = ctx.index.get(name.owner());
            String[] label = ctx.label(name.owner());
            h.open("a", "href", Links.actor(name.owner()), "class", "ent ent-" + (a == null ? "Entity" : a.type()),
                    "title", label[0]).text(words).close("a");
        } else {
            h.text(words);
        }
        if (!cls.isBlank()) {
            h.close("span");
        }
    }

    private static void anchor(Html h, Span s, int at, TreeSet<String> anchored) {
        String id = "char=" + s.begin() + "," + s.end();
        if (s.begin() == at && anchored.add(id)) {
            h.open("a", "id", id).close("a");
        }
    }

    private static int clamp(int v, int length) {
        return Math.max(0, Math.min(v, length));
    }

    private static void list(Html h, List<Span> spans, java.util.function.Function<String, String> link,
                             java.util.function.Function<Span, String> name, String lang, String text) {
        h.open("ul");
        TreeSet<String> seen = new TreeSet<>();
        for (Span s : spans) {
            if (!seen.add(s.owner())) {
                continue;
            }
            h.open("li").link(link.apply(s.owner()), name.apply(s)).text(": ")
                    .label(abbreviate(Span.substring(text, s.begin(), s.end())), lang).close("li");
        }
        h.close("ul");
    }

    private static String abbreviate(String s) {
        return s.length() <= 140 ? s : s.substring(0, 140) + "…";
    }
}
