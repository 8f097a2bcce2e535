package org.isnad.serve.page;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.isnad.rdf.Vocab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An evidence sentence shown on its own, with the names in it highlighted at their offsets and a
 * link to the same place in the document.
 */
final class Sentence {
    private Sentence() {
    }

    /** The mentions of entities that lie inside a span of a document (from the document's mention nodes). */
    static List<Span> mentionsWithin(DatasetGraph dsg, Span sentence) {
        return sentence.document() == null ? List.of() : within(mentionsOf(dsg, sentence.document()), sentence);
    }

    /** Every mention of an entity in a document, in text order. */
    static List<Span> mentionsOf(DatasetGraph dsg, String document) {
        List<Span> out = new ArrayList<>();
        for (Node m : spansOf(dsg, document)) {
            var owners = dsg.find(Node.ANY, Node.ANY, Vocab.mention.asNode(), m);
            if (owners.hasNext()) {
                Span s = Span.read(dsg, m.getURI(), owners.next().getSubject().getURI());
                if (s != null) {
                    out.add(s);
                }
            }
        }
        out.sort(Comparator.comparingInt(Span::begin).thenComparing(s -> -s.end()));
        return out;
    }

    /** The spans a document's graph names: its names' mentions and its reports' evidence. */
    static Set<Node> spansOf(DatasetGraph dsg, String document) {
        Node graph = NodeFactory.createURI(document);
        Set<Node> spans = new LinkedHashSet<>();
        for (Node p : List.of(Vocab.mention.asNode(), Vocab.evidence.asNode())) {
            dsg.find(graph, Node.ANY, p, Node.ANY).forEachRemaining(q -> spans.add(q.getObject()));
        }
        return spans;
    }

    /** The mentions strictly inside a sentence. */
    static List<Span> within(List<Span> mentions, Span sentence) {
        return mentions.stream().filter(s -> sentence.contains(s)
                && !(s.begin() == sentence.begin() && s.end() == sentence.end())).toList();
    }

    /**
     * Writes a sentence as a quotation in its own direction; the mentions inside it are links, those of
     * {@code emphasised} entities marked.
     */
    static void write(Html h, PageContext ctx, Span sentence, List<Span> mentions, java.util.Set<String> emphasised, String lang) {
        String text = sentence.anchor() == null ? "" : sentence.anchor();
        String language = lang != null ? lang : Html.guessLanguage(text);
        h.open("blockquote", "lang", language, "dir", Html.isRtl(text) ? "rtl" : "ltr");
        inline(h, sentence, mentions, emphasised);
        h.text(" ").link(Links.span(sentence.document(), sentence.begin(), sentence.end()), "¶", "title",
                "In the document, characters " + sentence.begin() + "–" + sentence.end(), "class", "where");
        h.close("blockquote");
    }

    /** The sentence's words, its mentions linked to their entities, those of {@code emphasised} marked. */
    static void inline(Html h, Span sentence, List<Span> mentions, java.util.Set<String> emphasised) {
        String text = sentence.anchor() == null ? "" : sentence.anchor();
        int at = sentence.begin();
        for (Span m : mentions) {
            if (m.begin() < at) {
                continue;
            }
            h.text(Span.substring(text, at - sentence.begin(), m.begin() - sentence.begin()));
            String piece = Span.substring(text, m.begin() - sentence.begin(), m.end() - sentence.begin());
            if (emphasised.contains(m.owner())) {
                h.open("mark");
            }
            h.open("a", "href", Links.actor(m.owner()), "class", "ent").text(piece).close("a");
            if (emphasised.contains(m.owner())) {
                h.close("mark");
            }
            at = m.end();
        }
        h.text(Span.substring(text, at - sentence.begin(), sentence.end() - sentence.begin()));
    }
}
