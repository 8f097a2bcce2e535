package org.isnad.serve.page;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.isnad.rdf.Vocab;
import org.isnad.serve.names.Actor;
import org.isnad.serve.names.Candidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /isnad/page/}: search by name in Arabic or English, spelling variants and transliterations
 * included; without a query, what the store holds.
 */
final class SearchPage {
    private SearchPage() {
    }

    static View view(PageContext ctx) {
        String q = ctx.param("q");
        if (q == null || q.isEmpty()) {
            return overview(ctx);
        }
        List<Candidate> found = ctx.index.search(q, a -> true, 40);
        return new View() {
            @Override
            public String title() {
                return "Search: " + q;
            }

            @Override
            public void body(Html h) {
                h.element("h1", "Search");
                form(h, q);
                if (found.isEmpty()) {
                    h.open("p", "id", "no-results").text("No actor, organisation, state or place has a name like ")
                            .label(q, null).text(".").close("p");
                    return;
                }
                h.open("p", "class", "sub").text(found.size() + " found for ").label(q, null)
                        .text(" (100: the name as written; lower: a variant, a transliteration or a near spelling)").close("p");
                h.open("table", "id", "results").raw("<thead><tr><th>Name</th><th>Other script</th><th>Type</th>"
                        + "<th>Matched name</th><th>Score</th><th>Mentions</th></tr></thead><tbody>");
                for (Candidate c : found) {
                    Actor a = c.actor();
                    String first = a.label(ctx.lang);
                    String other = first.equals(a.labelAr()) ? a.labelEn() : a.labelAr();
                    h.open("tr").open("td").labelLink(Links.actor(a.iri()), first, null).close("td");
                    h.open("td");
                    if (other != null && !other.equals(first)) {
                        h.label(other, null);
                    }
                    h.close("td").element("td", a.type()).open("td").label(c.matched(), null).close("td")
                            .element("td", Integer.toString(c.score()), "class", "score")
                            .element("td", a.mentions() + " in " + a.documents() + " doc.").close("tr");
                }
                h.raw("</tbody></table>");
            }

            @Override
            public Model rdf() {
                return ctx.sparql.read(dsg -> Describe.of(dsg, found.stream().map(c -> c.actor().iri()).toList()));
            }
        };
    }

    static void form(Html h, String q) {
        h.open("form", "class", "search", "method", "get", "action", Links.BASE, "role", "search");
        h.open("input", "type", "search", "name", "q", "value", q, "dir", "auto", "autofocus", "autofocus",
                "placeholder", "Name in Arabic or English: " + Words.get("search-example") + ", Putin, Poutine…", "aria-label", "Name");
        h.element("button", "Search", "type", "submit").close("form");
    }

    private record Doc(String iri, String title, String lang, String published) {
    }

    private static View overview(PageContext ctx) {
        int[] counts = new int[3];
        List<Doc> docs = ctx.sparql.read(dsg -> {
            counts[0] = subjectsOfType(dsg, Vocab.Meeting).size();
            counts[1] = subjectsOfType(dsg, Vocab.Claim).size();
            List<Doc> out = new ArrayList<>();
            for (Node d : subjectsOfType(dsg, Vocab.Document)) {
                Facts f = Facts.of(dsg, d.getURI());
                out.add(new Doc(d.getURI(), f.one(Vocab.title.getURI()), f.one(Vocab.language.getURI()),
                        f.one(Vocab.datePublished.getURI())));
            }
            return out;
        });
        docs.sort(Comparator.comparing((Doc d) -> d.published() == null ? "" : d.published()).reversed()
                .thenComparing(d -> d.title() == null ? "" : d.title()));
        List<Actor> top = ctx.index.actors().stream().filter(Actor::isActor)
                .sorted(Comparator.comparingInt(Actor::mentions).reversed().thenComparing(Actor::iri)).limit(24).toList();
        return new View() {
            @Override
            public String title() {
                return "Search";
            }

            @Override
            public void body(Html h) {
                h.element("h1", "Isnad");
                h.element("p", "Who met whom, who said what, and through whom: every fact one click from the sentence it came from.",
                        "class", "sub");
                form(h, "");
                h.open("div", "class", "cards");
                card(h, docs.size(), "documents");
                card(h, (int) ctx.index.actors().stream().filter(Actor::isActor).count(), "actors");
                card(h, counts[0], "meetings");
                card(h, counts[1], "claims");
                h.close("div");
                h.element("h2", "Most mentioned");
                h.open("p", "id", "top-actors");
                for (Actor a : top) {
                    h.labelLink(Links.actor(a.iri()), a.label(ctx.lang), null).text(" ")
                            .element("span", Integer.toString(a.mentions()), "class", "score").text("  ");
                }
                h.close("p");
                h.element("h2", "Documents");
                h.open("table", "id", "documents").raw("<thead><tr><th>Title</th><th>Language</th><th>Published</th></tr></thead><tbody>");
                for (Doc d : docs) {
                    h.open("tr").open("td").labelLink(Links.document(d.iri()), d.title() == null ? PageContext.shortName(d.iri()) : d.title(),
                            d.lang()).close("td").element("td", d.lang()).element("td", d.published()).close("tr");
                }
                h.raw("</tbody></table>");
            }

            @Override
            public Model rdf() {
                return ctx.sparql.read(dsg -> Describe.of(dsg, docs.stream().map(Doc::iri).toList()));
            }
        };
    }

    private static void card(Html h, int n, String what) {
        h.open("div").element("b", Integer.toString(n)).text(what).close("div");
    }

    static Set<Node> subjectsOfType(DatasetGraph dsg, org.apache.jena.rdf.model.Resource type) {
        Set<Node> out = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), type.asNode()).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }
}
