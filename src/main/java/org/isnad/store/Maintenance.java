package org.isnad.store;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * Backup, restore and compaction of a store. A backup is N-Quads written from one read transaction:
 * TDB2 gives that transaction a snapshot, so ingest may go on meanwhile and the backup holds exactly
 * the batches committed when it began.
 */
public final class Maintenance {
    private Maintenance() {
    }

    /** Streams every quad of the snapshot as N-Quads; returns how many. */
    public static long backup(IsnadStore store, OutputStream out) {
        return Txn.calculateRead(store.dataset(), () -> {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            writer.start();
            long n = 0;
            var it = store.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                writer.quad(it.next());
                n++;
            }
            writer.finish();
            return n;
        });
    }

    /** Loads a backup into an empty store, all in one write transaction (whole or nothing). */
    public static long restore(IsnadStore store, InputStream nquads) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateWrite(store.dataset(), () -> {
            if (!dsg.isEmpty()) {
                throw new IllegalStateException("store " + store.location() + " is not empty: restore into a new folder");
            }
            long[] n = {0};
            StreamRDF into = StreamRDFLib.dataset(dsg);
            RDFParser.source(nquads).lang(Lang.NQUADS).parse(new org.apache.jena.riot.system.StreamRDFWrapper(into) {
                @Override
                public void quad(org.apache.jena.sparql.core.Quad quad) {
                    n[0]++;
                    super.quad(quad);
                }
            });
            return n[0];
        });
    }

    /**
     * Compacts the store into a new generation (Data-NNNN) and deletes the old ones; readers and
     * writers in this process carry on through the switch.
     */
    public static void compact(IsnadStore store) {
        DatabaseMgr.compact(store.dataset().asDatasetGraph(), true);
    }

    public static StoreStats stats(IsnadStore store) {
        return StoreStats.of(store.location(), store.dataset());
    }
}
