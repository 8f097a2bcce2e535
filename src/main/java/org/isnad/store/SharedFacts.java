package org.isnad.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.isnad.rdf.Vocab;

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
    private static final Set<Node> PREDICATES = Set.of(RDFS.label.asNode(), Vocab.wikidataId.asNode(), OWL.sameAs.asNode());

    private SharedFacts() {
    }

    static boolean isShared(Triple t) {
        Node s = t.getSubject();
        return s.isURI() && s.getURI().startsWith(LINKED) && PREDICATES.contains(t.getPredicate());
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
