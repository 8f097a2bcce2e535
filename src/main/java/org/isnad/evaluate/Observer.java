package org.isnad.evaluate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.isnad.extract.Extraction;
import org.isnad.rdf.RdfMapper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an extraction into an {@link Observation} by the route {@code ingest} + {@code query} take:
 * the RDF mapping, stored as one named graph in a TDB2 dataset (in memory, but with TDB2's indexes,
 * so rows come back in the order the jar's store gives them), asked over the union graph. Going
 * through the RDF rather than the extraction records keeps what the mapping merges merged: two
 * extracted entities with one Wikidata id are one node, as the shared scorer sees them.
 */
public final class Observer {
    private static final String PREFIXES = """
            PREFIX isnad: <https://w3id.org/isnad/ns#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            """;
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private static final String ENTITIES = PREFIXES + """
            SELECT ?e ?type ?wd ?b ?end WHERE {
              VALUES ?type { isnad:Person isnad:Organization isnad:State isnad:Place }
              ?e a ?type .
              OPTIONAL { ?e owl:sameAs ?wd FILTER(STRSTARTS(STR(?wd), "%s")) }
              OPTIONAL { ?e isnad:mention ?m . ?m nif:beginIndex ?b ; nif:endIndex ?end . }
            }""".formatted(WIKIDATA);
    private static final String MEETINGS = PREFIXES + """
            SELECT ?x ?p ?status ?b ?end WHERE {
              ?x a isnad:Meeting .
              OPTIONAL { ?x isnad:participant ?p }
              OPTIONAL { ?x isnad:status ?status }
              OPTIONAL { ?x isnad:evidence ?m . ?m nif:beginIndex ?b ; nif:endIndex ?end . }
            }""";
    private static final String CLAIMS = PREFIXES + """
            SELECT ?x ?a ?stance ?b ?end WHERE {
              ?x a isnad:Claim .
              OPTIONAL { ?x isnad:claimant ?a }
              OPTIONAL { ?x isnad:stance ?stance }
              OPTIONAL { ?x isnad:evidence ?m . ?m nif:beginIndex ?b ; nif:endIndex ?end . }
            }""";
    /** Asked apart from CLAIMS so that the rows (and order) of the scorer's own query are left as they are. */
    private static final String VIAS = PREFIXES + "SELECT ?x ?v WHERE { ?x a isnad:Claim ; isnad:via ?v }";

    private Observer() {
    }

    public static Observation observe(Extraction x) {
        Model model = RdfMapper.toModel(x);
        Dataset ds = TDB2Factory.createDataset();
        try {
            Txn.executeWrite(ds, () -> {
                DatasetGraph dsg = ds.asDatasetGraph();
                Node graph = NodeFactory.createURI(RdfMapper.documentIri(x.document()));
                // Triple by triple in the model's own order, as ingest copies a document graph in.
                model.getGraph().find().forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            });
            return Txn.calculateRead(ds, () -> new Observation(entities(ds), meetings(ds), claims(ds)));
        } finally {
            ds.close();
        }
    }

    private static List<Observation.Entity> entities(Dataset ds) {
        Map<String, Acc> byIri = rows(ds, ENTITIES, "e", (row, acc) -> {
            acc.a.add(local(row.get("type"), '#'));
            if (row.get("wd") != null) {
                acc.b.add(local(row.get("wd"), '/'));
            }
            acc.span(row);
        });
        List<Observation.Entity> out = new ArrayList<>();
        byIri.forEach((iri, acc) -> out.add(new Observation.Entity(iri, acc.a, acc.b, acc.spans)));
        return out;
    }

    private static List<Observation.Meeting> meetings(Dataset ds) {
        Map<String, Acc> byIri = rows(ds, MEETINGS, "x", (row, acc) -> {
            acc.addValue(acc.a, row.get("p"));
            if (row.get("status") != null) {
                acc.b.add(lower(local(row.get("status"), '#')));
            }
            acc.span(row);
        });
        List<Observation.Meeting> out = new ArrayList<>();
        byIri.forEach((iri, acc) -> out.add(new Observation.Meeting(iri, acc.a, acc.b, acc.spans)));
        return out;
    }

    private static List<Observation.Claim> claims(Dataset ds) {
        Map<String, Acc> byIri = rows(ds, CLAIMS, "x", (row, acc) -> {
            acc.addValue(acc.a, row.get("a"));
            if (row.get("stance") != null) {
                acc.b.add(lower(local(row.get("stance"), '#')));
            }
            acc.span(row);
        });
        Map<String, Acc> vias = rows(ds, VIAS, "x", (row, acc) -> acc.addValue(acc.a, row.get("v")));
        List<Observation.Claim> out = new ArrayList<>();
        byIri.forEach((iri, acc) -> out.add(new Observation.Claim(iri, acc.a, acc.b, acc.spans,
                vias.containsKey(iri) ? vias.get(iri).a : Set.of())));
        return out;
    }

    /** What one node's rows add up to: two sets of values and its spans. */
    private static final class Acc {
        final Set<String> a = new HashSet<>();
        final Set<String> b = new HashSet<>();
        final Set<Observation.Span> spans = new HashSet<>();

        void addValue(Set<String> to, RDFNode n) {
            if (n != null) {
                to.add(value(n));
            }
        }

        void span(QuerySolution row) {
            RDFNode b = row.get("b");
            RDFNode e = row.get("end");
            if (b != null && e != null) {
                spans.add(new Observation.Span(Integer.parseInt(value(b)), Integer.parseInt(value(e))));
            }
        }
    }

    private interface RowReader {
        void read(QuerySolution row, Acc acc);
    }

    /** Rows grouped by the key variable, keys in the order they first appear. */
    private static Map<String, Acc> rows(Dataset ds, String sparql, String key, RowReader reader) {
        Map<String, Acc> out = new LinkedHashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).set(TDB2.symUnionDefaultGraph, true).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(row -> reader.read(row, out.computeIfAbsent(value(row.get(key)), k -> new Acc())));
        }
        return out;
    }

    /** The value SPARQL results JSON gives: an IRI as itself, a literal's lexical form. */
    private static String value(RDFNode n) {
        return n.isURIResource() ? n.asResource().getURI() : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static String local(RDFNode n, char sep) {
        String v = value(n);
        return v.substring(v.lastIndexOf(sep) + 1);
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }
}
