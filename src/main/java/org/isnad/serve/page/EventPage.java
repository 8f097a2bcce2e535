package org.isnad.serve.page;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.isnad.rdf.Vocab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An event (a meeting, an agreement signed): who took part, where and when, its status as each source
 * reports it, and each report's sentences with the participants highlighted. The other reports are the
 * cross-document event's when the store has one ({@code isnad:report}); otherwise the events of other
 * documents with the same participants, shown as such.
 */
final class EventPage {
    /** Cross-document events, where the store has them: an isnad:Event whose isnad:report is this one. */
    private static final String CROSS_DOCUMENT = Q.PREFIXES + """
            SELECT DISTINCT ?event ?report WHERE { ?event isnad:report ?this ; isnad:report ?report }""";

    private EventPage() {
    }

    /** One document's report of the event. */
    record Report(String iri, String status, String date, String doc, String docTitle, String docLang, String published,
                  String publisher, List<Span> evidence) {
        /** Its place in the status timeline: when it was published, else the event's own date; undated last. */
        String when() {
            return published != null ? published : date != null ? date : "~";
        }
    }

    static View view(PageContext ctx) {
        String iri = Links.iri(ctx.param("id"));
        if (iri == null) {
            return null;
        }
        Facts facts = ctx.sparql.read(dsg -> Facts.of(dsg, iri));
        // A cross-document event has reports (the documents' own events) and no status of its own.
        List<String> ownReports = facts.iris(Vocab.NS + "report");
        if (facts.one(Vocab.status.getURI()) == null && ownReports.isEmpty()) {
            return null;
        }
        Map<String, List<String>> roles = ownReports.isEmpty() ? roles(facts) : ctx.sparql.read(dsg -> {
            Map<String, List<String>> all = new LinkedHashMap<>();
            ownReports.forEach(r -> roles(Facts.of(dsg, r)).forEach((role, who) -> who.forEach(w -> {
                List<String> list = all.computeIfAbsent(role, k -> new ArrayList<>());
                if (!list.contains(w)) {
                    list.add(w);
                }
            })));
            return all;
        });
        Set<String> parties = new TreeSet<>();
        roles.values().forEach(parties::addAll);
        List<QuerySolution> cross = ownReports.isEmpty() ? ctx.sparql.select(CROSS_DOCUMENT, Q.bind("this", iri)) : List.of();
        String crossEvent = !ownReports.isEmpty() ? iri : cross.isEmpty() ? null : Q.str(cross.get(0), "event");
        Set<String> reportIris = new LinkedHashSet<>(ownReports.isEmpty() ? List.of(iri) : ownReports);
        cross.forEach(r -> reportIris.add(Q.str(r, "report")));
        if (crossEvent == null) {
            reportIris.addAll(sameParties(ctx, iri, parties));
        }
        List<Report> reports = ctx.sparql.read(dsg -> reportIris.stream().map(r -> report(dsg, r)).toList());
        List<Report> timeline = new ArrayList<>(reports);
        timeline.sort(Comparator.comparing(Report::when));
        Map<String, List<Span>> mentions = new LinkedHashMap<>();
        ctx.sparql.read(dsg -> {
            for (Report r : reports) {
                List<Span> inDocument = r.doc() == null ? List.of() : Sentence.mentionsOf(dsg, r.doc());
                r.evidence().forEach(s -> mentions.put(s.iri(), Sentence.within(inDocument, s)));
            }
            return null;
        });
        List<String> claims = ctx.sparql.read(dsg -> ActorPage.claims(dsg, iri, Vocab.about)).stream()
                .map(ActorPage.ClaimRow::iri).toList();
        // The status shown first: this report's, or for a cross-document event its latest report's.
        Report self = ownReports.isEmpty() ? reports.get(0) : timeline.get(timeline.size() - 1);
        String type = facts.localNames(RDF.type.getURI()).stream().filter(t -> !t.equals("Event")).findFirst().orElse("Event");
        return new View() {
            @Override
            public String title() {
                return type + ": " + String.join(", ", parties.stream().map(p -> ctx.label(p)[0]).toList());
            }

            @Override
            public void body(Html h) {
                h.open("h1").text(type + " ");
                ActorPage.names(h, ctx, parties);
                h.close("h1");
                h.open("p", "class", "sub").element("span", self.status(), "class", "tag status-" + self.status(), "id", "status");
                if (self.date() != null) {
                    h.text(" on ").element("time", self.date());
                }
                for (String place : facts.iris(Vocab.location.getURI())) {
                    String[] l = ctx.label(place);
                    h.text(" in ").labelLink(Links.actor(place), l[0], l[1]);
                }
                h.close("p");
                h.open("dl");
                roles.forEach((role, who) -> {
                    h.element("dt", role).open("dd");
                    ActorPage.names(h, ctx, who);
                    h.close("dd");
                });
                for (org.apache.jena.graph.Node topic : facts.all(Vocab.topic.getURI())) {
                    if (topic.isLiteral()) {
                        h.element("dt", "Topic").open("dd").label(topic.getLiteralLexicalForm(), null).close("dd");
                    }
                }
                String codes = codes(facts);
                if (!codes.isEmpty()) {
                    h.element("dt", "Codes").element("dd", codes);
                }
                h.close("dl");
                if (crossEvent != null && crossEvent.equals(iri)) {
                    h.open("p", "id", "cross-document").text("One event joined from " + reports.size()
                            + " reports; the status above is the latest report's.").close("p");
                } else if (crossEvent != null) {
                    h.open("p", "id", "cross-document").text("One of " + reports.size() + " reports joined into one event: ")
                            .link(Links.event(crossEvent), PageContext.shortName(crossEvent)).close("p");
                }
                h.element("h2", "Status across sources");
                if (crossEvent == null && reports.size() > 1) {
                    h.element("p", "Reports of events between the same participants in other documents (not yet "
                            + "joined into one event by the store):", "class", "sub");
                }
                h.open("ol", "class", "timeline", "id", "status-timeline");
                for (Report r : timeline) {
                    h.open("li").element("span", r.status(), "class", "tag status-" + r.status()).text(" ");
                    if (r.date() != null) {
                        h.text("on ").element("time", r.date()).text(", ");
                    }
                    h.text(r.published() != null ? "reported " : "report undated").element("time", r.published()).text(" in ");
                    h.labelLink(Links.document(r.doc()), r.docTitle() == null ? PageContext.shortName(r.doc()) : r.docTitle(), r.docLang());
                    if (r.publisher() != null) {
                        h.text(" · ").label(r.publisher(), null);
                    }
                    h.text(" · ");
                    if (r.iri().equals(iri)) {
                        h.element("span", "this report", "class", "sub");
                    } else {
                        h.link(Links.event(r.iri()), "the report's page");
                    }
                    h.close("li");
                }
                h.close("ol");
                for (Report r : reports) {
                    h.open("h2").text("Report in ").labelLink(Links.document(r.doc()),
                            r.docTitle() == null ? PageContext.shortName(r.doc()) : r.docTitle(), r.docLang()).close("h2");
                    for (Span s : r.evidence()) {
                        Sentence.write(h, ctx, s, mentions.get(s.iri()), parties, r.docLang());
                    }
                }
                h.element("h2", "Claims about this " + type.toLowerCase() + " (" + claims.size() + ")");
                h.open("ul");
                for (String c : claims) {
                    h.open("li").link(Links.claim(c), PageContext.shortName(c)).close("li");
                }
                h.close("ul");
            }

            @Override
            public Model rdf() {
                List<String> all = new ArrayList<>(reportIris);
                if (crossEvent != null) {
                    all.add(crossEvent);
                }
                return ctx.sparql.read(dsg -> Describe.of(dsg, all));
            }
        };
    }

    /** Role name -> actors, for the properties that name an event type's roles (participant, party, …). */
    static Map<String, List<String>> roles(Facts facts) {
        Set<String> notRoles = Set.of(Vocab.location.getURI(), Vocab.about.getURI(), Vocab.evidence.getURI(),
                Vocab.wasDerivedFrom.getURI(), Vocab.status.getURI(), RDF.type.getURI());
        Map<String, List<String>> out = new LinkedHashMap<>();
        facts.asMap().forEach((p, values) -> {
            if (p.startsWith(Vocab.NS) && !notRoles.contains(p)) {
                List<String> iris = values.stream().filter(n -> n.isURI()).map(n -> n.getURI()).toList();
                if (!iris.isEmpty()) {
                    out.put(p.substring(Vocab.NS.length()), iris);
                }
            }
        });
        return out;
    }

    /** Other documents' events with exactly these parties, found through the events of the first party. */
    private static List<String> sameParties(PageContext ctx, String iri, Set<String> parties) {
        if (parties.isEmpty()) {
            return List.of();
        }
        return ctx.sparql.read(dsg -> ActorPage.events(dsg, parties.iterator().next()).stream()
                .filter(e -> !e.iri().equals(iri))
                .filter(e -> {
                    Set<String> all = new TreeSet<>(e.others());
                    all.add(parties.iterator().next());
                    return all.equals(parties);
                })
                .map(ActorPage.EventRow::iri).toList());
    }

    private static Report report(DatasetGraph dsg, String iri) {
        Facts f = Facts.of(dsg, iri);
        String doc = f.one(Vocab.wasDerivedFrom.getURI());
        Facts d = doc == null ? null : Facts.of(dsg, doc);
        List<Span> evidence = new ArrayList<>();
        for (String e : f.iris(Vocab.evidence.getURI())) {
            Span s = Span.read(dsg, e, iri);
            if (s != null) {
                evidence.add(s);
            }
        }
        evidence.sort(Comparator.comparingInt(Span::begin));
        String status = f.localNames(Vocab.status.getURI()).stream().findFirst().orElse(null);
        return new Report(iri, status, f.one(Vocab.date.getURI()), doc,
                d == null ? null : d.one(Vocab.title.getURI()), d == null ? null : d.one(Vocab.language.getURI()),
                d == null ? null : d.one(Vocab.datePublished.getURI()), d == null ? null : d.one(Vocab.publisher.getURI()),
                evidence);
    }

    private static String codes(Facts f) {
        List<String> parts = new ArrayList<>();
        if (f.one(Vocab.plover.getURI()) != null) {
            parts.add("PLOVER " + f.one(Vocab.plover.getURI())
                    + (f.one(Vocab.ploverMode.getURI()) != null ? " (" + f.one(Vocab.ploverMode.getURI()) + ")" : ""));
        }
        if (f.one(Vocab.cameo.getURI()) != null) {
            parts.add("CAMEO " + f.one(Vocab.cameo.getURI()));
        }
        return String.join(" · ", parts);
    }
}
