package org.isnad.serve.page;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the store says about one subject, over all its graphs, read from the quad index and copied:
 * each property's distinct values in the order found.
 */
final class Facts {
    private final String iri;
    private final Map<String, Set<Node>> values = new LinkedHashMap<>();

    private Facts(String iri) {
        this.iri = iri;
    }

    static Facts of(DatasetGraph dsg, String iri) {
        Facts f = new Facts(iri);
        var it = dsg.find(Node.ANY, NodeFactory.createURI(iri), Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            f.values.computeIfAbsent(q.getPredicate().getURI(), k -> new LinkedHashSet<>()).add(q.getObject());
        }
        return f;
    }

    String iri() {
        return iri;
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    List<Node> all(String predicate) {
        return new ArrayList<>(values.getOrDefault(predicate, Set.of()));
    }

    /** IRIs among a property's values. */
    List<String> iris(String predicate) {
        return all(predicate).stream().filter(Node::isURI).map(Node::getURI).toList();
    }

    /** A literal's lexical form, or an IRI; null when there is none. */
    String one(String predicate) {
        for (Node n : values.getOrDefault(predicate, Set.of())) {
            return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : null;
        }
        return null;
    }

    /** Local names of the values of a property whose values are Isnad terms (types, status, stance). */
    List<String> localNames(String predicate) {
        return iris(predicate).stream().map(u -> u.substring(Math.max(u.lastIndexOf('#'), u.lastIndexOf('/')) + 1)).toList();
    }

    boolean has(String predicate, String iriValue) {
        return values.getOrDefault(predicate, Set.of()).contains(NodeFactory.createURI(iriValue));
    }

    Map<String, Set<Node>> asMap() {
        return values;
    }
}
