package org.isnad.serve.page;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.isnad.store.IsnadStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The RDF a page shows: each resource's own triples, the spans (mentions, evidence) it points to,
 * and the labels of everything it links to, so the Turtle of a page reads on its own.
 */
final class Describe {
    private Describe() {
    }

    static Model of(DatasetGraph dsg, Collection<String> iris) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(IsnadStore.standardPrefixes());
        List<Node> linked = new ArrayList<>();
        for (String iri : iris) {
            var it = dsg.find(Node.ANY, NodeFactory.createURI(iri), Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Triple t = it.next().asTriple();
                m.getGraph().add(t);
                if (t.getObject().isURI()) {
                    linked.add(t.getObject());
                }
            }
        }
        for (Node o : linked) {
            if (o.getURI().contains("#char=")) {
                dsg.find(Node.ANY, o, Node.ANY, Node.ANY).forEachRemaining(q -> m.getGraph().add(q.asTriple()));
            } else {
                dsg.find(Node.ANY, o, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> m.getGraph().add(q.asTriple()));
            }
        }
        return m;
    }
}
