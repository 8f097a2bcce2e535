package org.isnad.serve.page;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

import java.util.Map;

/** The pages' SPARQL: shared prefixes, and reading optional values from a row. */
final class Q {
    static final String PREFIXES = """
            PREFIX isnad: <https://w3id.org/isnad/ns#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX schema: <https://schema.org/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    private Q() {
    }

    static Map<String, RDFNode> bind(String var, String iri) {
        return Map.of(var, ResourceFactory.createResource(iri));
    }

    static String str(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : null;
    }

    static String local(QuerySolution row, String var) {
        String s = str(row, var);
        return s == null ? null : s.substring(Math.max(s.lastIndexOf('#'), s.lastIndexOf('/')) + 1);
    }
}
