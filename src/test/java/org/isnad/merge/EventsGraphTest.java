package org.isnad.merge;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.isnad.rdf.Vocab;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Merging writes only what changed: a rewrite that comes out as it was leaves the store alone. */
class EventsGraphTest {
    static final Node E = NodeFactory.createURI(Vocab.ID + "event/e");
    static final Node R1 = NodeFactory.createURI(Vocab.ID + "doc/a#m1");
    static final Node R2 = NodeFactory.createURI(Vocab.ID + "doc/b#m1");

    /** A dataset that counts what reaches it. */
    static final class Counting extends DatasetGraphWrapper {
        int adds;
        int deletes;

        Counting() {
            super(DatasetGraphFactory.createTxnMem());
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            adds++;
            super.add(g, s, p, o);
        }

        @Override
        public void delete(Node g, Node s, Node p, Node o) {
            deletes++;
            super.delete(g, s, p, o);
        }
    }

    /** An event of two reports, stored; the count starts after it. */
    private static EventsGraph storedEvent(Counting dsg) {
        EventsGraph out = new EventsGraph(dsg);
        out.add(E, Vocab.report, R1);
        out.add(E, Vocab.report, R2);
        out.flush();
        dsg.adds = 0;
        return out;
    }

    @Test
    void rewritingAnEventAsItWasWritesNothing() {
        Counting dsg = new Counting();
        EventsGraph out = storedEvent(dsg);
        out.deleteSubject(E);
        out.add(E, Vocab.report, R1);
        out.add(E, Vocab.report, R2);
        out.flush();
        assertEquals(0, dsg.adds + dsg.deletes);
        assertTrue(dsg.contains(Facts.EVENTS, E, Vocab.report.asNode(), R2));
    }

    @Test
    void rewritingWritesOnlyTheDifference() {
        Counting dsg = new Counting();
        EventsGraph out = storedEvent(dsg);
        out.deleteSubject(E);
        out.add(E, Vocab.report, R1);
        out.flush();
        assertEquals(0, dsg.adds);
        assertEquals(1, dsg.deletes);
        assertFalse(dsg.contains(Facts.EVENTS, E, Vocab.report.asNode(), R2));
    }

    @Test
    void deletingByPatternDropsWhatIsNotWrittenYet() {
        Counting dsg = new Counting();
        EventsGraph out = new EventsGraph(dsg);
        out.add(R1, Vocab.contradicts, R2);
        out.add(E, Vocab.report, R2);
        out.delete(Node.ANY, Vocab.contradicts, R2);
        out.flush();
        assertFalse(dsg.contains(Facts.EVENTS, R1, Vocab.contradicts.asNode(), R2));
        assertTrue(dsg.contains(Facts.EVENTS, E, Vocab.report.asNode(), R2));
    }

    @Test
    void aReaderSeesWhatWasWritten() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Facts facts = new Facts(dsg);
        EventsGraph out = new EventsGraph(dsg);
        facts.writesThrough(out);
        out.add(E, Vocab.report, R1);
        assertEquals(java.util.List.of(R1), facts.all(Facts.EVENTS, E, Vocab.report.asNode()));
        out.deleteSubject(E);
        assertTrue(facts.all(Facts.EVENTS, E, Vocab.report.asNode()).isEmpty());
    }

    @Test
    void aNearMissIsRecordedOnceBeforeAndAfterItIsWritten() {
        Counting dsg = new Counting();
        EventsGraph out = new EventsGraph(dsg);
        out.nearMiss(R1, R2, "dates 20 days apart");
        out.nearMiss(R2, R1, "dates 20 days apart");
        out.flush();
        out.nearMiss(R1, R2, "dates 20 days apart");
        out.flush();
        assertEquals(4, dsg.adds); // type, left, right, reason
    }
}
