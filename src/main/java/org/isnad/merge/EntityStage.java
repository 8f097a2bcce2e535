package org.isnad.merge;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.isnad.rdf.Vocab;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Entities across documents. Linked entities are one node already (their Wikidata IRI); the rest
 * are compared within blocks of one type and one surname key (isnad:mergeKey, kept in the events
 * graph so that a new document finds its block). A changed document re-merges the blocks of the
 * entities it names now and named before, and nothing else.
 */
final class EntityStage {
    private static final String LINKED = Vocab.ID + "wd/";

    private final Facts facts;
    private final EventsGraph out;
    private final EntityResolver resolver;
    private final Map<Node, String> blockKeys = new HashMap<>();
    /** Names this transaction sees for the first time: nothing was merged for them before. */
    private final Set<Node> fresh = new HashSet<>();
    /** Per document: each state it names, with the spans of its mentions. */
    private final Map<Node, Map<Node, List<long[]>>> stateSpans = new HashMap<>();

    EntityStage(Facts facts, EventsGraph out, EntityResolver resolver) {
        this.facts = facts;
        this.out = out;
        this.resolver = resolver;
    }

    /**
     * Re-merges the blocks of the unlinked entities these documents name, and of {@code formerNodes} (what
     * replaced documents named); returns the documents where some entity now stands for another node.
     */
    Set<Node> update(Collection<Node> documents, Collection<Node> formerNodes) {
        Set<String> blocks = new TreeSet<>();
        Map<String, Set<Node>> dirty = new TreeMap<>();
        Set<Node> nodes = new LinkedHashSet<>(formerNodes);
        Map<Node, Set<Node>> here = new HashMap<>();
        for (Node doc : documents) {
            for (Node n : unlinkedEntities(doc)) {
                nodes.add(n);
                here.computeIfAbsent(n, x -> new HashSet<>()).add(doc);
            }
        }
        for (Node n : nodes) {
            List<Node> keys = facts.all(Facts.EVENTS, n, Vocab.mergeKey.asNode());
            keys.forEach(k -> blocks.add(k.getLiteralLexicalForm()));
            if (keys.isEmpty() && !formerNodes.contains(n)) {
                // Never merged before, so named by no stored document but these: no need to look for others.
                facts.knowDocuments(n, here.get(n));
                fresh.add(n);
            }
            String k = blockKey(n);
            if (k != null) {
                blocks.add(k);
                dirty.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(n);
            }
        }
        Set<Node> changed = new TreeSet<>(Reader::compare);
        for (String block : blocks) {
            changed.addAll(remerge(block, dirty.getOrDefault(block, Set.of())));
        }
        return changed;
    }

    /** Unlinked, named entities of one document graph (anonymous sources are never merged). */
    List<Node> unlinkedEntities(Node doc) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node t : Facts.ACTOR_TYPES) {
            for (Node n : facts.subjects(doc, Facts.TYPE, t)) {
                if (n.isURI() && !n.getURI().startsWith(LINKED)) {
                    out.add(n);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The block of a name: the smallest key any of its documents gives it, so that it depends on the documents alone. */
    private String blockKey(Node n) {
        if (!blockKeys.containsKey(n)) {
            blockKeys.put(n, findBlockKey(n));
        }
        return blockKeys.get(n);
    }

    /** Whether the extractor took the entity from the gazetteer: it then has its names in both languages. */
    private boolean fromGazetteer(Node doc, Node n) {
        Facts.Entity e = facts.entity(doc, n);
        return e != null && e.labelAr() != null && e.labelEn() != null;
    }

    private String findBlockKey(Node n) {
        String best = null;
        List<Node> all = facts.documentsOf(n);
        for (Node doc : !all.isEmpty() && fromGazetteer(all.get(0), n) ? all.subList(0, 1) : all) {
            Facts.Entity e = facts.entity(doc, n);
            Node type = typeOf(e);
            String label = e == null ? null : e.labelAr() != null ? e.labelAr() : e.labelEn();
            if (type == null || label == null) {
                continue;
            }
            String k = resolver.blockKey(type, label, type.equals(Vocab.Person.asNode()));
            if (best == null || k.compareTo(best) < 0) {
                best = k;
            }
        }
        return best;
    }

    private static Node typeOf(Facts.Entity e) {
        if (e == null || e.is(Vocab.AnonymousSource)) {
            return null;
        }
        for (Node t : Facts.ACTOR_TYPES) {
            if (e.types().contains(t)) {
                return t;
            }
        }
        return null;
    }

    private Set<Node> remerge(String block, Set<Node> dirtyNodes) {
        Set<Node> members = new TreeSet<>(Reader::compare);
        members.addAll(facts.subjects(Facts.EVENTS, Vocab.mergeKey.asNode(), NodeFactory.createLiteralString(block)));
        members.addAll(dirtyNodes);
        List<Occurrence> occurrences = new ArrayList<>();
        Set<Node> present = new TreeSet<>(Reader::compare);
        for (Node n : members) {
            if (!block.equals(blockKey(n))) {
                continue; // it left this block (its documents were replaced): it is merged in its new one
            }
            List<Node> docs = facts.documentsOf(n);
            Occurrence first = docs.isEmpty() ? null : occurrence(docs.get(0), n);
            for (Node doc : docs) {
                // A gazetteer entry (both labels) is described alike in every document: read it once.
                Occurrence o = first != null && fromGazetteer(docs.get(0), n)
                        ? new Occurrence(doc, n, first.type(), first.labels(), first.state(), () -> facts.memory.context(doc))
                        : occurrence(doc, n);
                if (o != null) {
                    occurrences.add(o);
                    present.add(n);
                }
            }
        }
        Canonical before = new Canonical(facts);
        Map<Occurrence, Node> old = new HashMap<>();
        boolean allFresh = fresh.containsAll(members);
        if (!allFresh) {
            occurrences.forEach(o -> old.put(o, before.of(o.document(), o.node())));
            delete(members);
        }
        EntityResolver.Result result = resolver.resolve(occurrences);
        Set<Node> changed = new TreeSet<>(Reader::compare);
        for (EntityResolver.Cluster c : result.clusters()) {
            write(c);
            for (Occurrence o : c.members()) {
                if (!allFresh && !c.canonical().equals(old.get(o))) {
                    changed.add(o.document()); // (a block of new names only is in this transaction's documents)
                }
            }
        }
        for (Node n : present) {
            out.add(n, Vocab.mergeKey, NodeFactory.createLiteralString(block));
        }
        result.nearMisses().forEach(n -> out.nearMiss(n.left(), n.right(), n.reason()));
        return changed;
    }

    private Occurrence occurrence(Node doc, Node n) {
        DocumentMemory.Key key = new DocumentMemory.Key(doc, n);
        Optional<Occurrence> known = facts.memory.occurrences.get(key);
        if (known == null) {
            known = Optional.ofNullable(readOccurrence(doc, n));
            facts.memory.occurrences.put(key, known);
        }
        return known.orElse(null);
    }

    private Occurrence readOccurrence(Node doc, Node n) {
        Facts.Entity e = facts.entity(doc, n);
        Node type = typeOf(e);
        if (type == null) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        if (e.labelAr() != null) {
            labels.add(e.labelAr());
        }
        if (e.labelEn() != null) {
            labels.add(e.labelEn());
        }
        Node state = type.equals(Vocab.State.asNode()) || e.affiliation() == null ? null
                : facts.stateOf(doc, e.affiliation());
        if (state == null && type.equals(Vocab.Organization.asNode())) {
            state = stateNamedIn(doc, n);
        }
        DocumentMemory memory = facts.memory;
        return new Occurrence(doc, n, type, labels, state, () -> memory.context(doc));
    }

    /**
     * The state an organisation's own name names ("Egypt's presidency", "Iraqi foreign ministry"): the
     * one state with a mention inside the organisation's mentions, or null.
     */
    private Node stateNamedIn(Node doc, Node org) {
        Set<Node> found = new TreeSet<>(Reader::compare);
        List<long[]> spans = spans(doc, org);
        Map<Node, List<long[]>> states = stateSpans.computeIfAbsent(doc, d -> {
            Map<Node, List<long[]>> out = new HashMap<>();
            facts.subjects(d, Facts.TYPE, Vocab.State.asNode()).forEach(s -> out.put(s, spans(d, s)));
            return out;
        });
        states.forEach((state, mentions) -> {
            for (long[] m : mentions) {
                for (long[] o : spans) {
                    if (m[0] >= o[0] && m[1] <= o[1]) {
                        found.add(state);
                    }
                }
            }
        });
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private List<long[]> spans(Node doc, Node entity) {
        List<long[]> out = new ArrayList<>();
        for (Node m : facts.all(doc, entity, Vocab.mention.asNode())) {
            Node b = facts.one(doc, m, Vocab.beginIndex.asNode());
            Node e = facts.one(doc, m, Vocab.endIndex.asNode());
            if (b != null && e != null) {
                out.add(new long[] {Long.parseLong(b.getLiteralLexicalForm()), Long.parseLong(e.getLiteralLexicalForm())});
            }
        }
        return out;
    }

    /** Removes what an earlier merge of this block wrote. */
    private void delete(Set<Node> members) {
        Set<Node> canonicals = new LinkedHashSet<>();
        for (Node n : members) {
            canonicals.addAll(facts.all(Facts.EVENTS, n, Vocab.canonicalEntity.asNode()));
            canonicals.add(n);
        }
        // A node merging made (a namesake's), not one a document names, goes whole. Read before deleting (see EventsGraph).
        List<Node> minted = canonicals.stream()
                .filter(c -> facts.documentsOf(c).isEmpty() && facts.contains(Facts.EVENTS, c, Facts.TYPE, Node.ANY)).toList();
        for (Node c : canonicals) {
            out.deleteNearMisses(c);
            out.delete(c, Vocab.wasDerivedFrom, Node.ANY);
        }
        minted.forEach(out::deleteSubject);
        for (Node n : members) {
            out.delete(n, Vocab.canonicalEntity, Node.ANY);
            out.delete(n, Vocab.mergeReason, Node.ANY);
            out.delete(n, Vocab.mergeKey, Node.ANY);
        }
    }

    private void write(EntityResolver.Cluster c) {
        Set<Node> names = new TreeSet<>(Reader::compare);
        Set<Node> docs = new TreeSet<>(Reader::compare);
        for (Occurrence o : c.members()) {
            names.add(o.node());
            docs.add(o.document());
        }
        boolean splitName = names.stream().anyMatch(n -> facts.documentsOf(n).size() > countDocs(c, n));
        if (names.size() == 1 && !c.minted() && !splitName) {
            return; // one name, one entity: its own IRI serves
        }
        Node canonical = c.canonical();
        // What canonical(document, name) reads: the canonical node derived from the documents where another name means it.
        c.members().stream().filter(o -> !o.node().equals(canonical) || c.minted()).map(Occurrence::document).distinct()
                .forEach(d -> out.add(canonical, Vocab.wasDerivedFrom, d));
        for (Node n : names) {
            if (!n.equals(canonical)) {
                out.add(n, Vocab.canonicalEntity, canonical);
                out.add(n, Vocab.mergeReason, EventsGraph.text(c.reasons().getOrDefault(n, "same name")));
            }
        }
        if (c.minted()) {
            Occurrence first = c.members().get(0);
            out.add(canonical, Facts.TYPE, first.type());
            Set<String> labels = new TreeSet<>();
            c.members().forEach(o -> labels.addAll(o.labels()));
            for (String l : labels) {
                out.add(canonical, Facts.LABEL, NodeFactory.createLiteralLang(l, NameKeys.isLatin(l) ? "en" : "ar"));
            }
            if (c.state() != null) {
                out.add(canonical, Vocab.affiliation, c.state());
            }
        }
    }

    private static long countDocs(EntityResolver.Cluster c, Node n) {
        return c.members().stream().filter(o -> o.node().equals(n)).map(Occurrence::document).distinct().count();
    }
}
