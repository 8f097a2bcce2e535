package org.isnad.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.isnad.rdf.Vocab;

import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a --param value into an RDF term, so that it is bound, never spliced into query text. */
final class Terms {
    private Terms() {
    }

    static Map<String, RDFNode> parseAll(Map<String, String> params) {
        Map<String, RDFNode> out = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new UsageProblem("parameter name '" + name + "' is not a SPARQL variable name");
            }
            out.put(name, parse(value));
        });
        return out;
    }

    static RDFNode parse(String value) {
        if (value.startsWith("<") && value.endsWith(">")) {
            return ResourceFactory.createResource(value.substring(1, value.length() - 1));
        }
        if (value.matches("https?://\\S+") || value.matches("urn:\\S+")) {
            return ResourceFactory.createResource(value);
        }
        if (value.matches("Q[1-9][0-9]*")) {
            return ResourceFactory.createResource(Vocab.WIKIDATA + value);
        }
        if (value.startsWith("\"") || value.matches("-?[0-9]+(\\.[0-9]+)?")) {
            try {
                Node n = NodeFactoryExtra.parseNode(value);
                if (n.isLiteral()) {
                    return ModelFactory.createDefaultModel().asRDFNode(n);
                }
            } catch (RuntimeException e) {
                throw new UsageProblem("cannot read '" + value + "' as an RDF literal: " + e.getMessage());
            }
        }
        return ResourceFactory.createStringLiteral(value);
    }
}
