package org.isnad.merge;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.isnad.rdf.Vocab;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the stored documents say, read inside the write transaction and remembered for the rest of it:
 * a document's date, publisher and language, an entity's names, type and affiliation in one document.
 * Every read names its graph, so a document's facts come from that document only.
 */
final class Facts {
    static final Node EVENTS = NodeFactory.createURI(Vocab.EVENTS_GRAPH);
    static final Node WIKIDATA = NodeFactory.createURI(Vocab.WIKIDATA_GRAPH);
    static final Node PUSHED = NodeFactory.createURI(Vocab.PUSH_GRAPH);
    static final Node TYPE = RDF.type.asNode();
    static final Node LABEL = RDFS.label.asNode();
    static final Node DERIVED = Vocab.wasDerivedFrom.asNode();

    /** A document as merging needs it. */
    record Document(Node iri, LocalDate published, String publisher, String language) {
    }

    /** One entity as one document describes it. */
    record Entity(Node iri, Node document, Set<Node> types, String labelAr, String labelEn, String subtype,
                  Node affiliation) {
        boolean is(org.apache.jena.rdf.model.Resource type) {
            return types.contains(type.asNode());
        }

        /** The label to show: English when the document gives one. */
        String label() {
            return labelEn != null ? labelEn : labelAr != null ? labelAr : iri.getLocalName();
        }

        boolean linked() {
            return iri.isURI() && iri.getURI().startsWith(Vocab.ID + "wd/");
        }
    }

    private record Key(Node document, Node node) {
    }

    final DatasetGraph dsg;
    /**
     * The graphs of the documents this transaction has just written, as they were built in memory: the
     * same triples as the store now holds, read many times faster than through TDB2's node table.
     */
    private final Map<Node, org.apache.jena.graph.Graph> fresh;
    private final Map<Node, Document> documents = new HashMap<>();
    private final Map<Key, Entity> entities = new HashMap<>();
    /** Document graphs do not change while merging runs, so where a node occurs is read once. */
    private final Map<Node, List<Node>> documentsOf = new HashMap<>();

    Facts(DatasetGraph dsg) {
        this(dsg, Map.of());
    }

    Facts(DatasetGraph dsg, Map<Node, org.apache.jena.graph.Graph> fresh) {
        this.dsg = dsg;
        this.fresh = fresh;
    }

    /** Quads of one named graph matching the pattern, from memory when the graph was just written. */
    Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        org.apache.jena.graph.Graph mem = g.isConcrete() ? fresh.get(g) : null;
        if (mem == null) {
            return dsg.find(g, s, p, o);
        }
        return mem.find(s, p, o).mapWith(t -> Quad.create(g, t));
    }

    static boolean isDocumentGraph(Node g) {
        return g.isURI() && !g.equals(EVENTS) && !g.equals(WIKIDATA) && !g.equals(PUSHED) && !Quad.isDefaultGraph(g);
    }

    Document document(Node doc) {
        return documents.computeIfAbsent(doc, d -> {
            Node published = one(d, d, Vocab.datePublished.asNode());
            Node publisher = one(d, d, Vocab.publisher.asNode());
            Node language = one(d, d, Vocab.language.asNode());
            return new Document(d, date(published), publisher == null ? null : lexical(publisher),
                    language == null ? null : lexical(language));
        });
    }

    /** The entity as document {@code doc} describes it, or null when that document does not. */
    Entity entity(Node doc, Node node) {
        Key key = new Key(doc, node);
        if (entities.containsKey(key)) {
            return entities.get(key);
        }
        Set<Node> types = new LinkedHashSet<>();
        String ar = null;
        String en = null;
        String subtype = null;
        Node affiliation = null;
        Iterator<Quad> it = find(doc, node, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            Node p = q.getPredicate();
            Node o = q.getObject();
            if (p.equals(TYPE)) {
                types.add(o);
            } else if (p.equals(LABEL) && o.isLiteral()) {
                if ("ar".equals(o.getLiteralLanguage())) {
                    ar = ar == null || o.getLiteralLexicalForm().compareTo(ar) < 0 ? o.getLiteralLexicalForm() : ar;
                } else {
                    en = en == null || o.getLiteralLexicalForm().compareTo(en) < 0 ? o.getLiteralLexicalForm() : en;
                }
            } else if (p.equals(Vocab.subtype.asNode()) && o.isLiteral()) {
                subtype = o.getLiteralLexicalForm();
            } else if (p.equals(Vocab.affiliation.asNode())) {
                affiliation = o;
            }
        }
        Entity e = types.isEmpty() ? null : new Entity(node, doc, types, ar, en, subtype, affiliation);
        entities.put(key, e);
        return e;
    }

    /** The state an entity belongs to in one document: itself if a state, else its affiliation's, two steps up at most. */
    Node stateOf(Node doc, Node node) {
        Node at = node;
        for (int step = 0; step < 3 && at != null; step++) {
            Entity e = entity(doc, at);
            if (e == null) {
                return null;
            }
            if (e.is(Vocab.State)) {
                return at;
            }
            at = e.affiliation();
        }
        return null;
    }

    /** Documents whose graphs describe this node (it has a type there). */
    List<Node> documentsOf(Node node) {
        return documentsOf.computeIfAbsent(node, this::findDocumentsOf);
    }

    /** Tells where a node occurs when the caller knows it already (a name first seen in this transaction). */
    void knowDocuments(Node node, java.util.Collection<Node> docs) {
        List<Node> sorted = new ArrayList<>(docs);
        sorted.sort((a, b) -> a.toString().compareTo(b.toString()));
        documentsOf.put(node, sorted);
    }

    private List<Node> findDocumentsOf(Node node) {
        Set<Node> out = new java.util.TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        dsg.find(Node.ANY, node, TYPE, Node.ANY).forEachRemaining(q -> {
            if (isDocumentGraph(q.getGraph())) {
                out.add(q.getGraph());
            }
        });
        return new ArrayList<>(out);
    }

    Node one(Node g, Node s, Node p) {
        Iterator<Quad> it = find(g, s, p, Node.ANY);
        Node best = null;
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (best == null || o.toString().compareTo(best.toString()) < 0) {
                best = o; // the smallest, so that a node with two values reads the same every time
            }
        }
        return best;
    }

    List<Node> all(Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    List<Node> subjects(Node g, Node p, Node o) {
        List<Node> out = new ArrayList<>();
        find(g, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    static String lexical(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    static LocalDate date(Node n) {
        if (n == null || !n.isLiteral()) {
            return null;
        }
        String s = n.getLiteralLexicalForm();
        try {
            return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Node dateLiteral(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }
}
