package org.isnad.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.isnad.rdf.Vocab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A first load of an empty store through TDB2's bulk loader instead of one write transaction per batch.
 * The loader is not transactional (it writes each index on its own, and a process that dies mid-load
 * leaves them disagreeing), so it loads a staging store inside the target's folder; only when that is
 * whole (documents, their input hashes, and the cross-document graph if asked for) is its data moved in
 * as the target's next generation ({@code Data-NNNN}, the newest of which TDB2 opens), by one rename. A
 * run that dies before the rename leaves the target as it was, empty; the next bulk load deletes the
 * leftover staging store and starts again. What a crash loses is therefore the whole run, not one batch.
 */
public final class BulkLoad implements AutoCloseable {
    /** The staging store's folder inside the target's; not named {@code Data-…}, which TDB2 would take for its own. */
    static final String STAGING = "isnad-bulk-staging";
    /**
     * The loader writes on its own threads through memory-mapped files, where a full disk is a crash
     * rather than an error: so free space is checked this often, and before the indexes are built.
     */
    private static final long SPACE_CHECK_QUADS = 10_000;
    /** Disk per quad of a bulk-loaded store, all indexes built, with room to spare (measured: about 350 bytes). */
    private static final long BYTES_PER_QUAD = 512;

    /** A document, and whether the loader took it or it waits for {@link #finish} (its IRI came earlier in this run). */
    public enum Taken { LOADED, DEFERRED }

    /** What {@link #finish} did with the documents it was given late, in the order they came; the quads the loader took. */
    public record Finished(List<IsnadStore.Outcome> deferred, long quads) {
    }

    private final IsnadStore target;
    private final Path staging;
    private final Dataset dataset;
    private final DataLoader loader;
    private final StreamRDF stream;
    private final Set<String> loaded = new HashSet<>();
    /** Shared facts already streamed: every document naming Egypt brings Egypt's labels again. */
    private final Set<org.apache.jena.graph.Triple> sharedLoaded = new HashSet<>();
    private final List<IsnadStore.DocumentGraph> deferred = new ArrayList<>();
    private long quadsSinceSpaceCheck;
    private long quads;
    /** The loader's indexes are built (or abandoned): the staging store may be opened as a store. */
    private boolean loaderDone;
    /** The staging data is the target's now: nothing is left to clean up. */
    private boolean moved;

    private BulkLoad(IsnadStore target, Path staging, Dataset dataset, DataLoader loader) {
        this.target = target;
        this.staging = staging;
        this.dataset = dataset;
        this.loader = loader;
        this.stream = loader.stream();
    }

    /**
     * Starts a bulk load into {@code target}, which must hold no quad (open, so that its lock keeps
     * other processes out for the whole load). A staging store left by a run that died is deleted.
     */
    public static BulkLoad start(IsnadStore target) {
        if (!target.isEmpty()) {
            throw new IllegalStateException("store " + target.location() + " is not empty: a bulk load needs an empty store");
        }
        Path staging = target.location().resolve(STAGING);
        deleteTree(staging);
        Dataset ds = StoreSettings.connect(staging);
        // The phased loader, tdb2.tdbloader's default: the parallel one was 1.12 x as fast on the N-Quads
        // (bench/README.md) but takes every core, which extraction shares here.
        DataLoader loader = LoaderFactory.phasedLoader(ds.asDatasetGraph(), (fmt, args) -> { });
        loader.startBulk();
        return new BulkLoad(target, staging, ds, loader);
    }

    /**
     * Loads one document's graph with its input hash, or keeps it for {@link #finish} when a document of
     * the same IRI was loaded earlier in this run (the loader only adds; the later one must replace it).
     */
    public Taken add(IsnadStore.DocumentGraph d) {
        if (!loaded.add(d.iri())) {
            deferred.add(d);
            return Taken.DEFERRED;
        }
        Node name = NodeFactory.createURI(d.iri());
        quadsSinceSpaceCheck += d.model().size() + 1;
        quads += d.model().size() + 1;
        if (quadsSinceSpaceCheck >= SPACE_CHECK_QUADS) {
            ensureSpace(SPACE_CHECK_QUADS * BYTES_PER_QUAD, "the next " + SPACE_CHECK_QUADS + " quads");
            quadsSinceSpaceCheck = 0;
        }
        d.model().getGraph().find().forEachRemaining(t -> stream.quad(Quad.create(name, t)));
        if (d.inputHash() != null) {
            stream.quad(Quad.create(name, name, Vocab.inputHash.asNode(), NodeFactory.createLiteralString(d.inputHash())));
        }
        d.shared().getGraph().find().forEachRemaining(t -> {
            if (sharedLoaded.add(t)) {
                stream.quad(Quad.create(SharedFacts.GRAPH, t));
            }
        });
        return Taken.LOADED;
    }

    /**
     * Builds the loader's remaining indexes, stores the deferred documents (each replacing the graph of
     * its IRI, as ingest does), runs {@code derive} (the cross-document merge, say) in one write
     * transaction on the staging store, then moves the staging data into the target. {@code phase} hears
     * what is being done, for a progress line. The target is closed afterwards: open it again to use it.
     */
    public Finished finish(Consumer<DatasetGraph> derive, Consumer<String> phase) throws StoreProblem {
        ensureSpace(quads * BYTES_PER_QUAD, "building the indexes");
        phase.accept("building indexes");
        loaderDone = true;
        loader.finishBulk();
        TDBInternal.expel(dataset.asDatasetGraph(), true);
        List<IsnadStore.Outcome> outcomes = List.of();
        long total = loader.countQuads();
        try (IsnadStore store = IsnadStore.open(staging)) {
            if (!deferred.isEmpty()) {
                outcomes = store.store(deferred);
            }
            if (derive != null) {
                phase.accept("merging across documents");
                store.write(derive);
            }
        }
        phase.accept("moving the loaded store into place");
        moveIntoTarget();
        return new Finished(outcomes, total);
    }

    /**
     * Renames the staging generation to the target's next one, closes the target, deletes its old (empty)
     * generations and the staging folder. The rename is the commit point: before it the target is as it
     * was; after it TDB2 opens the loaded data. A crash after it leaves only empty folders to tidy.
     */
    private void moveIntoTarget() {
        Path root = target.location();
        try {
            Path loadedData = onlyGeneration(staging);
            List<Path> old = generations(root);
            int next = old.isEmpty() ? 1 : number(old.get(old.size() - 1)) + 1;
            Files.move(loadedData, root.resolve(String.format("Data-%04d", next)), StandardCopyOption.ATOMIC_MOVE);
            target.close();
            for (Path p : old) {
                deleteTree(p);
            }
            moved = true;
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the bulk-loaded store into " + root + ": " + e.getMessage(), e);
        }
    }

    private void ensureSpace(long bytes, String what) {
        DiskSpace.ensureBytes(target.location(), bytes, what,
                "the bulk load was abandoned and the store left empty: free some space and run the same command again");
    }

    private static Path onlyGeneration(Path container) throws IOException {
        List<Path> g = generations(container);
        if (g.size() != 1) {
            throw new IOException("expected one Data-NNNN folder in " + container + ", found " + g.size());
        }
        return g.get(0);
    }

    private static List<Path> generations(Path container) throws IOException {
        try (Stream<Path> s = Files.list(container)) {
            return s.filter(p -> p.getFileName().toString().matches("Data-\\d+") && Files.isDirectory(p))
                    .sorted(Comparator.comparingInt(BulkLoad::number)).toList();
        }
    }

    private static int number(Path generation) {
        return Integer.parseInt(generation.getFileName().toString().substring("Data-".length()));
    }

    /** Closes the staging store; a load that did not finish is abandoned and its staging folder deleted. */
    @Override
    public void close() {
        if (moved) {
            return;
        }
        if (!loaderDone) {
            loaderDone = true;
            try {
                loader.finishException(new IllegalStateException("bulk load abandoned"));
            } catch (RuntimeException e) {
                // Abandoning is best effort: the folder is deleted below, or by the next bulk load.
            }
        }
        TDBInternal.expel(dataset.asDatasetGraph(), true);
        deleteTree(staging);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
