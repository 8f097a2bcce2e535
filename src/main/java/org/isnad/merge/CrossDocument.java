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
    static final int REBUILD_STEP = 1000;

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

    /**
     * Merges the whole store again from nothing: what {@code isnad merge} does. The documents are taken a
     * thousand at a time, as ingest's batches take them: the result does not depend on how documents are
     * batched, and each step costs what a batch costs, where one step over every document would cluster
     * every much-reported pair of parties and claimant at once.
     */
    public void rebuild(DatasetGraph dsg) {
        rebuild(dsg, REBUILD_STEP);
    }

    void rebuild(DatasetGraph dsg, int documentsPerStep) {
        dsg.removeGraph(Facts.EVENTS);
        List<Node> docs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (Facts.isDocumentGraph(g)) {
                docs.add(g);
            }
        });
        docs.sort(Facts.BY_IRI);
        DocumentMemory shared = new DocumentMemory();
        for (int from = 0; from < docs.size(); from += documentsPerStep) {
            List<Node> step = docs.subList(from, Math.min(docs.size(), from + documentsPerStep));
            update(new Facts(dsg, Map.of(), shared), step, List.of());
            shared.keepWithinLimit(); // a store of any size is merged in bounded memory
        }
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
