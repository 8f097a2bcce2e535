package org.isnad.merge;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.isnad.store.IsnadStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cross-document stage: entities, events and propositions across documents, kept in the graph
 * https://w3id.org/isnad/graph/events and updated inside the write transaction that stores the
 * documents they come from. Entities are merged first (events compare participants by their canonical
 * nodes), then events, then propositions (which may be about events). Each step re-merges only what the
 * changed documents touch, and always to the result a merge of the whole store would give.
 */
public final class CrossDocument implements IsnadStore.AfterWrite {
    /** Unlinked entities that replaced documents named before their new text came (their blocks are merged again). */
    private final List<Node> formerEntities = new ArrayList<>();
    private final EntityResolver resolver = new EntityResolver(NameKeys.STANDARD, OrgConcepts.STANDARD);
    private final DocumentMemory memory = new DocumentMemory();

    public static CrossDocument standard() {
        return new CrossDocument();
    }

    @Override
    public void beforeReplace(DatasetGraph dsg, Node document) {
        memory.forget();
        Facts facts = new Facts(dsg);
        formerEntities.addAll(new EntityStage(facts, new EventsGraph(dsg), resolver).unlinkedEntities(document));
    }

    @Override
    public void afterWrite(DatasetGraph dsg, Map<Node, Graph> changed) {
        try {
            memory.added(changed);
            update(new Facts(dsg, changed, memory), changed.keySet(), formerEntities);
        } finally {
            formerEntities.clear();
        }
    }

    @Override
    public void afterAbort() {
        memory.forget(); // it may hold what the undone write added
        formerEntities.clear();
    }

    /** Merges the whole store again from nothing: what {@code isnad merge --rebuild} does. */
    public void rebuild(DatasetGraph dsg) {
        dsg.removeGraph(Facts.EVENTS);
        Set<Node> docs = new LinkedHashSet<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (Facts.isDocumentGraph(g)) {
                docs.add(g);
            }
        });
        update(new Facts(dsg), docs, List.of());
    }

    private void update(Facts facts, Collection<Node> docs, Collection<Node> former) {
        EventsGraph out = new EventsGraph(facts.dsg);
        facts.writesThrough(out);
        Set<Node> touched = new LinkedHashSet<>(docs);
        touched.addAll(new EntityStage(facts, out, resolver).update(docs, former));
        Reader reader = new Reader(facts, new Canonical(facts));
        EventStage.Result events = new EventStage(facts, reader, out).update(touched);
        // Claims about the events just merged now point at new event nodes: their propositions are merged again.
        for (Node e : events.written()) {
            touched.addAll(facts.all(Facts.EVENTS, e, Facts.DERIVED));
        }
        new PropositionStage(facts, reader, out).update(touched);
        out.flush();
    }
}
