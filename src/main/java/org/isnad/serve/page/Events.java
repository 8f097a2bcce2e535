package org.isnad.serve.page;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.isnad.rdf.Vocab;
import org.isnad.store.IsnadStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Every event in the store with its parties, for the network and the timeline. */
final class Events {
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
        Map<String, Event> out = ctx.sparql.read(Events::read);
        List<Event> kept = new ArrayList<>();
        for (Event e : out.values()) {
            if ((status == null || status.isEmpty() || status.equals(e.status()))
                    && (actor == null || actor.isEmpty() || e.parties().contains(actor))) {
                kept.add(e);
            }
        }
        return kept;
    }

    /** Every subject with a status is an event; read from the quad indexes, property by property. */
    private static Map<String, Event> read(DatasetGraph dsg) {
        Map<String, Event> out = new LinkedHashMap<>();
        Map<String, String> published = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.datePublished.asNode(), Node.ANY).forEachRemaining(q ->
                published.put(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm()));
        var it = dsg.find(Node.ANY, Node.ANY, Vocab.status.asNode(), Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            String iri = q.getSubject().getURI();
            if (out.containsKey(iri)) {
                continue;
            }
            Facts f = Facts.of(dsg, iri);
            String type = f.localNames(RDF.type.getURI()).stream().filter(t -> !t.equals("Event")).findFirst().orElse("Event");
            String doc = f.one(Vocab.wasDerivedFrom.getURI());
            TreeSet<String> parties = new TreeSet<>(f.iris(Vocab.participant.getURI()));
            parties.addAll(f.iris(Vocab.party.getURI()));
            if (!parties.isEmpty()) {
                out.put(iri, new Event(iri, type, f.localNames(Vocab.status.getURI()).get(0), f.one(Vocab.date.getURI()),
                        published.get(doc), doc, parties));
            }
        }
        return out;
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
