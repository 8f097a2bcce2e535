package org.isnad.merge;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.isnad.rdf.RdfMapper;
import org.isnad.rdf.Vocab;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    static final Node ENTITIES = NodeFactory.createURI(Vocab.ENTITIES_GRAPH);
    static final Node TYPE = RDF.type.asNode();
    static final Node LABEL = RDFS.label.asNode();
    static final Node DERIVED = Vocab.wasDerivedFrom.asNode();
    /** The kinds of entity merging compares. */
    static final List<Node> ACTOR_TYPES = List.of(Vocab.Person.asNode(), Vocab.Organization.asNode(),
            Vocab.Place.asNode(), Vocab.State.asNode());

    /** A document as merging needs it. */
    record Document(Node iri, LocalDate published, String publisher, String language) {
    }

    /** One entity as one document describes it. */
    record Entity(Node iri, Node document, Set<Node> types, String labelAr, String labelEn, String subtype,
                  Node affiliation) {
        boolean is(org.apache.jena.rdf.model.Resource type) {
            return types.contains(type.asNode());
        }

        /** Whether it can take part or speak: the ontology's subclasses of isnad:Actor (not stored on each node). */
        boolean isActor() {
            return is(Vocab.Person) || is(Vocab.Organization) || is(Vocab.State) || is(Vocab.AnonymousSource);
        }

        /** The label to show: English when the document gives one. */
        String label() {
            return labelEn != null ? labelEn : labelAr != null ? labelAr : iri.getLocalName();
        }

        boolean linked() {
            return isLinked(iri);
        }
    }

    final DatasetGraph dsg;
    /**
     * The graphs of the documents this transaction has just written, as they were built in memory: the
     * same triples as the store now holds, read many times faster than through TDB2's node table.
     */
    private final Map<Node, org.apache.jena.graph.Graph> fresh;
    /** Document graphs do not change while merging runs, so what they say is read once. */
    final DocumentMemory memory;
    private EventsGraph pendingWrites;
    private final Map<Node, List<Node>> knownHere = new java.util.HashMap<>();
    /** Documents' texts read in this transaction, for the evidence sentences cut out of them. */
    private final Map<Node, String> texts = new java.util.HashMap<>();

    static final java.util.Comparator<Node> BY_IRI = (a, b) -> a.toString().compareTo(b.toString());

    Facts(DatasetGraph dsg) {
        this(dsg, Map.of(), new DocumentMemory());
    }

    Facts(DatasetGraph dsg, Map<Node, org.apache.jena.graph.Graph> fresh, DocumentMemory memory) {
        this.dsg = dsg;
        this.fresh = fresh;
        this.memory = memory;
        memory.use(this);
    }

    /** Merging writes the events graph through this; what it holds back is written before the graph is read. */
    void writesThrough(EventsGraph out) {
        this.pendingWrites = out;
    }

    /** Quads of one named graph matching the pattern, from memory when the graph was just written. */
    Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        org.apache.jena.graph.Graph mem = g.isConcrete() ? fresh.get(g) : null;
        if (mem == null) {
            flushBefore(g);
            return dsg.find(g, s, p, o);
        }
        return mem.find(s, p, o).mapWith(t -> Quad.create(g, t));
    }

    boolean contains(Node g, Node s, Node p, Node o) {
        flushBefore(g);
        return dsg.contains(g, s, p, o);
    }

    private void flushBefore(Node g) {
        if (pendingWrites != null && (g.equals(EVENTS) || !g.isConcrete())) {
            pendingWrites.flush();
        }
    }

    /** An entity linked to Wikidata: the same node in every document that names it. */
    static boolean isLinked(Node n) {
        return n.isURI() && n.getURI().startsWith(Vocab.ID + "wd/");
    }

    static boolean isDocumentGraph(Node g) {
        return g.isURI() && !g.equals(EVENTS) && !g.equals(WIKIDATA) && !g.equals(PUSHED) && !g.equals(ENTITIES)
                && !Quad.isDefaultGraph(g);
    }

    Document document(Node doc) {
        return memory.documents.computeIfAbsent(doc, d -> {
            Node published = one(d, d, Vocab.datePublished.asNode());
            Node publisher = one(d, d, Vocab.publisher.asNode());
            Node language = one(d, d, Vocab.language.asNode());
            return new Document(d, date(published), publisher == null ? null : lexical(publisher),
                    language == null ? null : lexical(language));
        });
    }

    /** The entity as document {@code doc} describes it, or null when that document does not. */
    Entity entity(Node doc, Node node) {
        DocumentMemory.Key key = new DocumentMemory.Key(doc, node);
        Optional<Entity> known = memory.entities.get(key);
        if (known != null) {
            return known.orElse(null);
        }
        Set<Node> types = new LinkedHashSet<>();
        String ar = null;
        String en = null;
        String subtype = null;
        Node affiliation = null;
        Iterator<Quad> it = find(doc, node, Node.ANY, Node.ANY);
        if (isLinked(node)) {
            // A linked entity's labels are the gazetteer's, kept once for all documents (SharedFacts).
            it = org.apache.jena.atlas.iterator.Iter.concat(it, find(ENTITIES, node, LABEL, Node.ANY));
        }
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
        memory.entities.put(key, Optional.ofNullable(e));
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

    /** The entities linked to Wikidata that a document names. */
    Set<Node> linkedEntities(Node doc) {
        Set<Node> out = new java.util.HashSet<>();
        find(doc, Node.ANY, TYPE, Node.ANY).forEachRemaining(q -> {
            Node n = q.getSubject();
            if (ACTOR_TYPES.contains(q.getObject()) && isLinked(n)) {
                out.add(n);
            }
        });
        return out;
    }

    /** Documents whose graphs describe this node (it has a type there). */
    List<Node> documentsOf(Node node) {
        List<Node> known = knownHere.get(node);
        return known != null ? known : memory.documentsOf.computeIfAbsent(node, this::findDocumentsOf);
    }

    /** Tells where a node occurs when the caller knows it already (a name first seen in this transaction). */
    void knowDocuments(Node node, java.util.Collection<Node> docs) {
        List<Node> sorted = new ArrayList<>(docs);
        sorted.sort(BY_IRI);
        knownHere.put(node, sorted); // not remembered past this transaction: the caller's knowledge may be partial
    }

    private List<Node> findDocumentsOf(Node node) {
        Set<Node> out = new java.util.TreeSet<>(BY_IRI);
        find(Node.ANY, node, TYPE, Node.ANY).forEachRemaining(q -> {
            if (isDocumentGraph(q.getGraph())) {
                out.add(q.getGraph());
            }
        });
        return new ArrayList<>(out);
    }

    /**
     * A span's text: a name's own anchor, or (evidence sentences are not stored twice) its document's text
     * between the span's offsets; null when the span has neither.
     */
    String spanText(Node doc, Node span) {
        Node anchor = one(doc, span, Vocab.anchorOf.asNode());
        if (anchor != null) {
            return lexical(anchor);
        }
        Node begin = one(doc, span, Vocab.beginIndex.asNode());
        Node end = one(doc, span, Vocab.endIndex.asNode());
        String text = begin == null || end == null ? null : texts.computeIfAbsent(doc, d -> {
            Node t = one(d, d, Vocab.text.asNode());
            return t == null ? null : lexical(t);
        });
        if (text == null) {
            return null;
        }
        try {
            return RdfMapper.cut(text, Integer.parseInt(lexical(begin)), Integer.parseInt(lexical(end)));
        } catch (NumberFormatException e) {
            return null;
        }
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
