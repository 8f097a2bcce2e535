package org.isnad.serve.page;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.isnad.rdf.Vocab;
import org.isnad.store.IsnadStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Every event in the store with its parties, for the network and the timeline. */
final class Events {
    private static final String ALL = Q.PREFIXES + """
            SELECT ?ev ?class ?status ?date ?published ?doc ?p WHERE {
              ?ev isnad:status ?status ; a ?class ; prov:wasDerivedFrom ?doc ; ?role ?p .
              FILTER(?role IN (isnad:participant, isnad:party))
              FILTER(?class != isnad:Event)
              OPTIONAL { ?ev isnad:date ?date }
              OPTIONAL { ?doc schema:datePublished ?published }
            }""";

    private Events() {
    }

    record Event(String iri, String type, String status, String date, String published, String doc, TreeSet<String> parties) {
        /** When it happened as far as the store knows: its own date, else "reported" by the document's date. */
        String when() {
            return date != null ? date : published;
        }
    }

    /** Events, optionally only those of one status and those with one actor among their parties. */
    static List<Event> all(PageContext ctx, String status, String actor) {
        Map<String, Event> out = new LinkedHashMap<>();
        for (QuerySolution r : ctx.sparql.select(ALL)) {
            String iri = Q.str(r, "ev");
            Event e = out.computeIfAbsent(iri, k -> new Event(iri, Q.local(r, "class"), Q.local(r, "status"), Q.str(r, "date"),
                    Q.str(r, "published"), Q.str(r, "doc"), new TreeSet<>()));
            e.parties().add(Q.str(r, "p"));
        }
        List<Event> kept = new ArrayList<>();
        for (Event e : out.values()) {
            if ((status == null || status.isEmpty() || status.equals(e.status()))
                    && (actor == null || actor.isEmpty() || e.parties().contains(actor))) {
                kept.add(e);
            }
        }
        return kept;
    }

    /** The events as RDF: type, status, date, document, parties and their labels. */
    static Model rdf(PageContext ctx, List<Event> events) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(IsnadStore.standardPrefixes());
        TreeSet<String> parties = new TreeSet<>();
        for (Event e : events) {
            Resource r = m.createResource(e.iri()).addProperty(RDF.type, Vocab.term(e.type()))
                    .addProperty(Vocab.status, Vocab.term(e.status()))
                    .addProperty(Vocab.wasDerivedFrom, m.createResource(e.doc()));
            if (e.date() != null) {
                r.addProperty(Vocab.date, e.date());
            }
            for (String p : e.parties()) {
                r.addProperty(Vocab.participant, m.createResource(p));
                parties.add(p);
            }
        }
        for (String p : parties) {
            String[] l = ctx.label(p);
            m.createResource(p).addProperty(org.apache.jena.vocabulary.RDFS.label, l[0], l[1] == null ? "" : l[1]);
        }
        return m;
    }
}
