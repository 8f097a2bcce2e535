package org.isnad.serve.page;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDFS;
import org.isnad.rdf.Vocab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An actor: its labels, Wikidata link, role and affiliation; where it is mentioned, the meetings and
 * events it took part in, the claims it made and the claims about it.
 */
final class ActorPage {
    private ActorPage() {
    }

    record Mentions(String doc, String title, String lang, int count, String names) {
    }

    record EventRow(String iri, String type, String status, String date, String doc, List<String> others) {
    }

    record ClaimRow(String iri, String stance, String content, String via, String doc, List<String> claimants) {
    }

    static View view(PageContext ctx) {
        String iri = Links.iri(ctx.param("id"));
        if (iri == null) {
            return null;
        }
        Facts facts = ctx.sparql.read(dsg -> Facts.of(dsg, iri));
        if (facts.isEmpty() || facts.all(Vocab.mention.getURI()).isEmpty() && facts.all(RDFS.label.getURI()).isEmpty()) {
            return null;
        }
        List<Mentions> mentions = ctx.sparql.read(dsg -> mentions(dsg, facts));
        List<EventRow> events = ctx.sparql.read(dsg -> events(dsg, iri));
        List<ClaimRow> made = ctx.sparql.read(dsg -> claims(dsg, iri, Vocab.claimant));
        List<ClaimRow> about = ctx.sparql.read(dsg -> claims(dsg, iri, Vocab.about));
        String[] label = ctx.label(iri);
        return new View() {
            @Override
            public String title() {
                return label[0];
            }

            @Override
            public void body(Html h) {
                h.open("h1").label(label[0], label[1]).close("h1");
                header(h, ctx, facts, label[0]);
                h.element("h2", "Mentions by document (" + mentions.stream().mapToInt(Mentions::count).sum() + ")");
                h.open("table", "id", "mentions").raw("<thead><tr><th>Document</th><th>Mentions</th><th>As written</th></tr></thead><tbody>");
                for (Mentions m : mentions) {
                    h.open("tr").open("td").labelLink(Links.document(m.doc()), m.title() == null ? m.doc() : m.title(), m.lang())
                            .close("td").element("td", Integer.toString(m.count())).open("td").label(m.names(), m.lang())
                            .close("td").close("tr");
                }
                h.raw("</tbody></table>");
                h.element("h2", "Meetings and events (" + events.size() + ")");
                eventTable(h, ctx, events);
                h.element("h2", "Claims made (" + made.size() + ")");
                claimTable(h, ctx, made, false);
                h.element("h2", "Claims about " + label[0] + " (" + about.size() + ")");
                claimTable(h, ctx, about, true);
            }

            @Override
            public Model rdf() {
                return ctx.sparql.read(dsg -> Describe.of(dsg, List.of(iri)));
            }
        };
    }

    private static void header(Html h, PageContext ctx, Facts facts, String shown) {
        h.open("p", "class", "sub");
        h.element("span", String.join(", ", facts.localNames(org.apache.jena.vocabulary.RDF.type.getURI()).stream()
                .filter(t -> !t.equals("Actor") && !t.equals("Entity")).toList()), "class", "tag");
        for (org.apache.jena.graph.Node l : facts.all(RDFS.label.getURI())) {
            if (l.isLiteral() && !l.getLiteralLexicalForm().equals(shown)) {
                h.text(" ").label(l.getLiteralLexicalForm(), l.getLiteralLanguage());
            }
        }
        h.close("p");
        h.open("dl");
        String wd = facts.one(Vocab.wikidataId.getURI());
        if (wd != null) {
            h.element("dt", "Wikidata").open("dd").link(Links.wikidata(wd), wd, "id", "wikidata", "rel", "external").close("dd");
        }
        for (org.apache.jena.graph.Node role : facts.all(Vocab.role.getURI())) {
            h.element("dt", "Role").open("dd").label(role.getLiteralLexicalForm(), null).close("dd");
        }
        for (String aff : facts.iris(Vocab.affiliation.getURI())) {
            String[] l = ctx.label(aff);
            h.element("dt", "Affiliation").open("dd").labelLink(Links.actor(aff), l[0], l[1]).close("dd");
        }
        h.close("dl");
    }

    /** Mentions grouped by document, most first, with the words each document used. */
    static List<Mentions> mentions(DatasetGraph dsg, Facts actor) {
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> words = new LinkedHashMap<>();
        for (String m : actor.iris(Vocab.mention.getURI())) {
            Span s = Span.read(dsg, m, actor.iri());
            if (s == null || s.document() == null) {
                continue;
            }
            count.merge(s.document(), 1, Integer::sum);
            words.computeIfAbsent(s.document(), k -> new java.util.LinkedHashSet<>()).add(s.anchor());
        }
        List<Mentions> out = new ArrayList<>();
        count.forEach((doc, n) -> {
            Facts d = Facts.of(dsg, doc);
            out.add(new Mentions(doc, d.one(Vocab.title.getURI()), d.one(Vocab.language.getURI()), n,
                    String.join(" | ", words.get(doc))));
        });
        out.sort(java.util.Comparator.comparingInt(Mentions::count).reversed().thenComparing(Mentions::doc));
        return out;
    }

    /** The events an actor has a role in (participant, party, …): every subject with a status that points to it. */
    static List<EventRow> events(DatasetGraph dsg, String iri) {
        java.util.Set<String> notRoles = java.util.Set.of(Vocab.location.getURI(), Vocab.about.getURI(), Vocab.claimant.getURI(),
                Vocab.via.getURI(), Vocab.affiliation.getURI());
        List<EventRow> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        var it = dsg.find(Node.ANY, Node.ANY, Node.ANY, NodeFactory.createURI(iri));
        while (it.hasNext()) {
            Quad q = it.next();
            String ev = q.getSubject().getURI();
            if (ev == null || notRoles.contains(q.getPredicate().getURI()) || !seen.add(ev)) {
                continue;
            }
            Facts f = Facts.of(dsg, ev);
            String status = f.localNames(Vocab.status.getURI()).stream().findFirst().orElse(null);
            if (status == null) {
                continue;
            }
            List<String> others = new ArrayList<>(f.iris(Vocab.participant.getURI()));
            others.addAll(f.iris(Vocab.party.getURI()));
            others.remove(iri);
            String type = f.localNames(RDF.type.getURI()).stream().filter(t -> !t.equals("Event")).findFirst().orElse("Event");
            out.add(new EventRow(ev, type, status, f.one(Vocab.date.getURI()), f.one(Vocab.wasDerivedFrom.getURI()), others));
        }
        out.sort(java.util.Comparator.comparing((EventRow e) -> e.date() == null ? "~" : e.date()).thenComparing(EventRow::iri));
        return out;
    }

    /** Claims that point to the actor by a property: isnad:claimant (made) or isnad:about (about it). */
    static List<ClaimRow> claims(DatasetGraph dsg, String iri, org.apache.jena.rdf.model.Property link) {
        List<ClaimRow> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        var it = dsg.find(Node.ANY, Node.ANY, link.asNode(), NodeFactory.createURI(iri));
        while (it.hasNext()) {
            String c = it.next().getSubject().getURI();
            if (c == null || !seen.add(c)) {
                continue;
            }
            Facts f = Facts.of(dsg, c);
            out.add(new ClaimRow(c, f.localNames(Vocab.stance.getURI()).stream().findFirst().orElse(""), f.one(Vocab.content.getURI()),
                    f.one(Vocab.via.getURI()), f.one(Vocab.wasDerivedFrom.getURI()), f.iris(Vocab.claimant.getURI())));
        }
        out.sort(java.util.Comparator.comparing((ClaimRow r) -> r.doc() == null ? "" : r.doc()).thenComparing(ClaimRow::iri));
        return out;
    }

    static void eventTable(Html h, PageContext ctx, List<EventRow> events) {
        if (events.isEmpty()) {
            h.element("p", "None in the store.", "class", "sub");
            return;
        }
        h.open("table", "class", "events").raw("<thead><tr><th>Event</th><th>Status</th><th>With</th><th>Date</th>"
                + "<th>Reported in</th></tr></thead><tbody>");
        for (EventRow e : events) {
            h.open("tr").open("td").link(Links.event(e.iri()), e.type()).close("td")
                    .open("td").element("span", e.status(), "class", "tag status-" + e.status()).close("td").open("td");
            names(h, ctx, new TreeSet<>(e.others()));
            h.close("td").element("td", e.date()).open("td");
            if (e.doc() != null) {
                String[] title = documentTitle(ctx, e.doc());
                h.labelLink(Links.document(e.doc()), title[0], title[1]);
            }
            h.close("td").close("tr");
        }
        h.raw("</tbody></table>");
    }

    /** A document's title and language, for a link to it. */
    static String[] documentTitle(PageContext ctx, String doc) {
        Facts d = ctx.sparql.read(dsg -> Facts.of(dsg, doc));
        String title = d.one(Vocab.title.getURI());
        return new String[] {title == null ? PageContext.shortName(doc) : title, d.one(Vocab.language.getURI())};
    }

    static void claimTable(Html h, PageContext ctx, List<ClaimRow> claims, boolean showClaimant) {
        if (claims.isEmpty()) {
            h.element("p", "None in the store.", "class", "sub");
            return;
        }
        h.open("table", "class", "claims").raw("<thead><tr>" + (showClaimant ? "<th>Claimant</th>" : "")
                + "<th>Stance</th><th>What was said</th><th>Via</th></tr></thead><tbody>");
        for (ClaimRow c : claims) {
            h.open("tr");
            if (showClaimant) {
                h.open("td");
                names(h, ctx, c.claimants());
                h.close("td");
            }
            h.open("td").link(Links.claim(c.iri()), c.stance(), "class", "stance").close("td");
            h.open("td").label(c.content() == null ? "(no content)" : c.content(), null).close("td").open("td");
            if (c.via() != null) {
                String[] l = ctx.label(c.via());
                h.labelLink(Links.actor(c.via()), l[0], l[1]);
            }
            h.close("td").close("tr");
        }
        h.raw("</tbody></table>");
    }

    /** Actors as links, comma-separated, each isolated in its direction. */
    static void names(Html h, PageContext ctx, Iterable<String> iris) {
        boolean first = true;
        for (String a : iris) {
            if (!first) {
                h.text(", ");
            }
            String[] l = ctx.label(a);
            h.labelLink(Links.actor(a), l[0], l[1]);
            first = false;
        }
    }
}
