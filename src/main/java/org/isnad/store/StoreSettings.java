package org.isnad.store;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;

import java.nio.file.Path;

/**
 * How a TDB2 store is opened. TDB2 caches 750,000 decoded terms (and 200,000 the other way) whatever the
 * heap; here a term is often a document's whole text, so on a small heap (-Xmx512m) those caches and
 * the batch in hand outgrew it. Below {@link #SMALL_HEAP} the caches are cut in proportion.
 */
public final class StoreSettings {
    /** The heap from which TDB2's default caches are kept (and the bulk loader, which holds about a million quads in flight, is chosen). */
    public static final long SMALL_HEAP = 1536L << 20;

    private StoreSettings() {
    }

    static Dataset connect(Path dir) {
        return DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(Location.create(dir), params()));
    }

    public static boolean smallHeap() {
        return Runtime.getRuntime().maxMemory() < SMALL_HEAP;
    }

    static StoreParams params() {
        StoreParams defaults = StoreParams.getDftStoreParams();
        if (!smallHeap()) {
            return defaults;
        }
        double share = (double) Runtime.getRuntime().maxMemory() / SMALL_HEAP / 8;
        return StoreParamsBuilder.create(defaults)
                .nodeId2NodeCacheSize(Math.max(10_000, (int) (defaults.getNodeId2NodeCacheSize() * share)))
                .node2NodeIdCacheSize(Math.max(10_000, (int) (defaults.getNode2NodeIdCacheSize() * share)))
                .build();
    }
}
