package org.isnad.merge;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.isnad.rdf.Vocab;
import org.isnad.rdf.RdfMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writing to the events graph: the only place merging changes the store. Merging rewrites whatever a
 * batch touches, and most of what it rewrites comes out as it was; so deletions and additions are
 * held back and only their difference reaches the store, on {@link #flush} (which {@link Facts} calls
 * before any read of the events graph, so that readers always see what was written).
 */
final class EventsGraph {
    private final DatasetGraph dsg;
    /** Stored triples to remove. */
    private final Set<Triple> toDelete = new HashSet<>();
    /** Triples to store, indexed by subject and by object for deletions by pattern. */
    private final Set<Triple> toAdd = new LinkedHashSet<>();
    private final Map<Node, Set<Triple>> addedBySubject = new HashMap<>();
    private final Map<Node, Set<Triple>> addedByObject = new HashMap<>();

    EventsGraph(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    void add(Node s, org.apache.jena.rdf.model.Property p, Node o) {
        add(s, p.asNode(), o);
    }

    void add(Node s, Node p, Node o) {
        Triple t = Triple.create(s, p, o);
        if (toDelete.remove(t)) {
            return; // stored already, and now staying
        }
        if (toAdd.add(t)) {
            addedBySubject.computeIfAbsent(s, k -> new HashSet<>()).add(t);
            addedByObject.computeIfAbsent(o, k -> new HashSet<>()).add(t);
        }
    }

    /** Everything the events graph says of a node. */
    void deleteSubject(Node s) {
        delete(s, Node.ANY, Node.ANY);
    }

    void delete(Node s, org.apache.jena.rdf.model.Property p, Node o) {
        delete(s, p.asNode(), o);
    }

    private void delete(Node s, Node p, Node o) {
        dsg.find(Facts.EVENTS, s, p, o).forEachRemaining(q -> toDelete.add(q.asTriple()));
        Triple pattern = Triple.createMatch(s, p, o);
        for (Triple t : new ArrayList<>(added(s, o))) {
            if (pattern.matches(t)) {
                forget(t);
            }
        }
    }

    private Set<Triple> added(Node s, Node o) {
        if (s.isConcrete()) {
            return addedBySubject.getOrDefault(s, Set.of());
        }
        if (o.isConcrete()) {
            return addedByObject.getOrDefault(o, Set.of());
        }
        return toAdd;
    }

    private void forget(Triple t) {
        toAdd.remove(t);
        addedBySubject.get(t.getSubject()).remove(t);
        addedByObject.get(t.getObject()).remove(t);
    }

    /** Applies what is held back: the difference between what was deleted and what was written again. */
    void flush() {
        if (toDelete.isEmpty() && toAdd.isEmpty()) {
            return;
        }
        toDelete.forEach(t -> dsg.delete(Facts.EVENTS, t.getSubject(), t.getPredicate(), t.getObject()));
        toAdd.forEach(t -> dsg.add(Facts.EVENTS, t.getSubject(), t.getPredicate(), t.getObject()));
        toDelete.clear();
        toAdd.clear();
        addedBySubject.clear();
        addedByObject.clear();
    }

    /** The near misses that name this node, which go when it is merged anew. */
    void deleteNearMisses(Node member) {
        Set<Node> reviews = new LinkedHashSet<>();
        for (Node side : List.of(Vocab.left.asNode(), Vocab.right.asNode())) {
            dsg.find(Facts.EVENTS, Node.ANY, side, member).forEachRemaining(q -> {
                if (!toDelete.contains(q.asTriple())) {
                    reviews.add(q.getSubject());
                }
            });
            addedByObject.getOrDefault(member, Set.of()).stream().filter(t -> t.getPredicate().equals(side))
                    .forEach(t -> reviews.add(t.getSubject()));
        }
        reviews.forEach(this::deleteSubject);
    }

    /** Records that two nodes came close without being merged (once per pair, whichever side finds it). */
    void nearMiss(Node x, Node y, String reason) {
        Node left = x.toString().compareTo(y.toString()) <= 0 ? x : y;
        Node right = left == x ? y : x;
        Node review = iri("review/", left.getURI() + " " + right.getURI());
        Triple exists = Triple.create(review, Vocab.left.asNode(), left);
        if (toAdd.contains(exists)
                || (dsg.contains(Facts.EVENTS, review, Vocab.left.asNode(), left) && !toDelete.contains(exists))) {
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
