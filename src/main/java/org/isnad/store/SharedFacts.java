package org.isnad.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.isnad.rdf.Vocab;

import java.util.HashSet;
import java.util.Set;

/**
 * What every document that names an entity linked to Wikidata says of it alike — its labels, its
 * Wikidata id, owl:sameAs — comes from the gazetteer, not from the document. Stored in each document's
 * graph it made a third of a document's quads; stored once in {@link #GRAPH} it costs nothing per
 * document. A document's graph keeps what is its own: the entity's type (which says the document
 * describes it), role, affiliation, subtype, provenance and mentions. Queries over the union graph see
 * no difference.
 */
public final class SharedFacts {
    public static final Node GRAPH = NodeFactory.createURI(Vocab.ENTITIES_GRAPH);
    private static final String LINKED = Vocab.ID + "wd/";
    /** Isnad's own graphs (events, link, push ledger) are not documents. */
    private static final String GRAPHS = "https://w3id.org/isnad/graph/";
    private static final Set<Node> PREDICATES = Set.of(RDFS.label.asNode(), Vocab.wikidataId.asNode(), OWL.sameAs.asNode());

    private SharedFacts() {
    }

    static boolean isShared(Triple t) {
        return isLinked(t.getSubject()) && PREDICATES.contains(t.getPredicate());
    }

    /** The linked entities a stored document's graph describes (types). */
    static Set<Node> described(DatasetGraph dsg, Node document) {
        Set<Node> out = new HashSet<>();
        dsg.find(document, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
            if (isLinked(q.getSubject())) {
                out.add(q.getSubject());
            }
        });
        return out;
    }

    /** The shared facts of the linked entities a stored document's graph describes, as a graph of their own. */
    static org.apache.jena.graph.Graph describedBy(DatasetGraph dsg, Node document) {
        org.apache.jena.graph.Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        for (Node e : described(dsg, document)) {
            dsg.find(GRAPH, e, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
        }
        return out;
    }

    /**
     * Removes the shared facts of those entities no document describes any more (their last document was
     * replaced by a version that does not name them): the store then holds what a fresh store of the
     * same documents would.
     */
    static void forgetUnnamed(DatasetGraph dsg, Set<Node> entities) {
        for (Node e : entities) {
            boolean named = false;
            var it = dsg.find(Node.ANY, e, RDF.type.asNode(), Node.ANY);
            while (it.hasNext() && !named) {
                Node g = it.next().getGraph();
                named = !g.equals(GRAPH) && !g.getURI().startsWith(GRAPHS);
            }
            if (!named) {
                dsg.deleteAny(GRAPH, e, Node.ANY, Node.ANY);
            }
        }
    }

    private static boolean isLinked(Node n) {
        return n.isURI() && n.getURI().startsWith(LINKED);
    }

    /** A document's mapping without the shared facts: its own graph. */
    static Model without(Model full) {
        Model own = ModelFactory.createDefaultModel();
        own.setNsPrefixes(full.getNsPrefixMap());
        full.getGraph().find().forEachRemaining(t -> {
            if (!isShared(t)) {
                own.getGraph().add(t);
            }
        });
        return own;
    }

    /** The shared facts of a document's mapping. */
    static Model of(Model full) {
        Model shared = ModelFactory.createDefaultModel();
        full.getGraph().find().forEachRemaining(t -> {
            if (isShared(t)) {
                shared.getGraph().add(t);
            }
        });
        return shared;
    }
}
