package org.isnad.merge;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.isnad.rdf.RdfMapper;
import org.isnad.rdf.Vocab;

import java.util.ArrayList;
import java.util.List;

/** Writing to the events graph: the only place merging changes the store. */
final class EventsGraph {
    private final DatasetGraph dsg;

    EventsGraph(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    void add(Node s, org.apache.jena.rdf.model.Property p, Node o) {
        dsg.add(Facts.EVENTS, s, p.asNode(), o);
    }

    void add(Node s, Node p, Node o) {
        dsg.add(Facts.EVENTS, s, p, o);
    }

    /** Everything the events graph says of a node. */
    void deleteSubject(Node s) {
        dsg.deleteAny(Facts.EVENTS, s, Node.ANY, Node.ANY);
    }

    void delete(Node s, org.apache.jena.rdf.model.Property p, Node o) {
        dsg.deleteAny(Facts.EVENTS, s, p.asNode(), o);
    }

    /** The near misses that name this node, which go when it is merged anew. */
    void deleteNearMisses(Node member) {
        List<Node> reviews = new ArrayList<>();
        dsg.find(Facts.EVENTS, Node.ANY, Vocab.left.asNode(), member).forEachRemaining(q -> reviews.add(q.getSubject()));
        dsg.find(Facts.EVENTS, Node.ANY, Vocab.right.asNode(), member).forEachRemaining(q -> reviews.add(q.getSubject()));
        reviews.forEach(this::deleteSubject);
    }

    /** Records that two nodes came close without being merged (once per pair, whichever side finds it). */
    void nearMiss(Node x, Node y, String reason) {
        Node left = x.toString().compareTo(y.toString()) <= 0 ? x : y;
        Node right = left == x ? y : x;
        Node review = iri("review/", left.getURI() + " " + right.getURI());
        if (dsg.contains(Facts.EVENTS, review, Vocab.left.asNode(), left)) {
            return;
        }
        add(review, Facts.TYPE, Vocab.NearMiss.asNode());
        add(review, Vocab.left, left);
        add(review, Vocab.right, right);
        add(review, Vocab.reviewReason, text(reason));
    }

    /** A node of the events graph named from what identifies it, so that merging again names it again the same. */
    static Node iri(String kind, String identity) {
        return NodeFactory.createURI(Vocab.ID + kind + RdfMapper.sha256(identity).substring(0, 24));
    }

    static Node text(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static boolean isEventsQuad(Quad q) {
        return q.getGraph().equals(Facts.EVENTS);
    }
}
