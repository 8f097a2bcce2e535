package org.isnad.serve.page;

import org.apache.jena.query.QuerySolution;
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
    private static final String MENTIONS = Q.PREFIXES + """
            SELECT ?doc ?title ?lang (COUNT(DISTINCT ?m) AS ?n) (GROUP_CONCAT(DISTINCT ?t; separator=" | ") AS ?names)
            WHERE { ?this isnad:mention ?m . ?m isnad:document ?doc ; nif:anchorOf ?t .
                    OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc dcterms:language ?lang } }
            GROUP BY ?doc ?title ?lang ORDER BY DESC(?n)""";
    private static final String EVENTS = Q.PREFIXES + """
            SELECT ?ev ?class ?status ?date ?doc ?other WHERE {
              ?ev ?role ?this ; isnad:status ?status ; a ?class ; prov:wasDerivedFrom ?doc .
              """ + Q.NOT_A_ROLE + """
              OPTIONAL { ?ev isnad:date ?date }
              OPTIONAL { ?ev ?role2 ?other . FILTER(?other != ?this && isIRI(?other))
                         FILTER(?role2 IN (isnad:participant, isnad:party)) }
            } ORDER BY ?date ?ev""";
    private static final String CLAIMS = Q.PREFIXES + """
            SELECT ?c ?stance ?content ?via ?doc ?claimant WHERE {
              ?c a isnad:Claim ; ?rel ?this ; isnad:stance ?stance ; prov:wasDerivedFrom ?doc .
              OPTIONAL { ?c isnad:content ?content } OPTIONAL { ?c isnad:via ?via } OPTIONAL { ?c isnad:claimant ?claimant }
            } ORDER BY ?doc ?c""";

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
        List<Mentions> mentions = ctx.sparql.select(MENTIONS, Q.bind("this", iri)).stream()
                .map(r -> new Mentions(Q.str(r, "doc"), Q.str(r, "title"), Q.str(r, "lang"), r.getLiteral("n").getInt(),
                        Q.str(r, "names"))).toList();
        List<EventRow> events = events(ctx, iri);
        List<ClaimRow> made = claims(ctx, iri, Vocab.claimant.getURI());
        List<ClaimRow> about = claims(ctx, iri, Vocab.about.getURI());
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

    static List<EventRow> events(PageContext ctx, String iri) {
        Map<String, EventRow> rows = new LinkedHashMap<>();
        for (QuerySolution r : ctx.sparql.select(EVENTS, Q.bind("this", iri))) {
            String ev = Q.str(r, "ev");
            String type = Q.local(r, "class");
            EventRow row = rows.computeIfAbsent(ev, k -> new EventRow(ev, type, Q.local(r, "status"), Q.str(r, "date"),
                    Q.str(r, "doc"), new ArrayList<>()));
            String other = Q.str(r, "other");
            if (other != null && !row.others().contains(other)) {
                row.others().add(other);
            }
        }
        return new ArrayList<>(rows.values());
    }

    static List<ClaimRow> claims(PageContext ctx, String iri, String link) {
        Map<String, ClaimRow> rows = new LinkedHashMap<>();
        Map<String, org.apache.jena.rdf.model.RDFNode> params = new java.util.HashMap<>(Q.bind("this", iri));
        params.putAll(Q.bind("rel", link));
        for (QuerySolution r : ctx.sparql.select(CLAIMS, params)) {
            String c = Q.str(r, "c");
            ClaimRow row = rows.computeIfAbsent(c, k -> new ClaimRow(c, Q.local(r, "stance"), Q.str(r, "content"),
                    Q.str(r, "via"), Q.str(r, "doc"), new ArrayList<>()));
            String claimant = Q.str(r, "claimant");
            if (claimant != null && !row.claimants().contains(claimant)) {
                row.claimants().add(claimant);
            }
        }
        return new ArrayList<>(rows.values());
    }

    static void eventTable(Html h, PageContext ctx, List<EventRow> events) {
        if (events.isEmpty()) {
            h.element("p", "None in the store.", "class", "sub");
            return;
        }
        h.open("table", "class", "events").raw("<thead><tr><th>Event</th><th>Status</th><th>With</th><th>Date</th></tr></thead><tbody>");
        for (EventRow e : events) {
            h.open("tr").open("td").link(Links.event(e.iri()), e.type() + " " + PageContext.shortName(e.iri())).close("td")
                    .open("td").element("span", e.status(), "class", "tag status-" + e.status()).close("td").open("td");
            names(h, ctx, new TreeSet<>(e.others()));
            h.close("td").element("td", e.date()).close("tr");
        }
        h.raw("</tbody></table>");
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
