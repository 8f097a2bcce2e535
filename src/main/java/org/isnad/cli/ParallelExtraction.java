package org.isnad.cli;

import org.isnad.extract.Extraction;
import org.isnad.extract.Extractor;
import org.isnad.rdf.RdfMapper;
import org.isnad.read.InputProblem;
import org.isnad.read.SourceDocument;
import org.isnad.store.IsnadStore;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Extraction of the documents read, on N worker threads, handed back one by one in the order they were
 * read, on the thread that reads (and stores): so what is stored does not depend on N. Documents stored
 * before from the same input are not extracted at all (see {@link Extractor#inputHash}).
 */
final class ParallelExtraction implements AutoCloseable {
    /** One document read: extracted (graph set), skipped as stored from the same input, or failed (problem set). */
    record Result(SourceDocument document, Extraction extraction, IsnadStore.DocumentGraph graph, InputProblem problem) {
        boolean skipped() {
            return extraction == null && problem == null;
        }
    }

    /** Documents in flight per worker: enough to keep workers busy between two hand-backs, few enough to bound memory. */
    private static final int IN_FLIGHT_PER_WORKER = 8;

    private final Extractor extractor;
    private final IsnadStore db;
    private final Consumer<Result> inOrder;
    private final ExecutorService pool;
    private final int inFlight;
    private final Deque<Future<Result>> window = new ArrayDeque<>();
    /** IRIs of the documents read in this run: see {@link #submit}. */
    private final Set<String> seen = new HashSet<>();

    ParallelExtraction(Extractor extractor, IsnadStore db, int workers, Consumer<Result> inOrder) {
        this.extractor = extractor;
        this.db = db;
        this.inOrder = inOrder;
        this.inFlight = workers * IN_FLIGHT_PER_WORKER;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "isnad-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Queues a document; hands back finished ones, oldest first, while too many are in flight. The
     * input's hash and the ledger look-up are the workers' (on a re-ingest they are most of the work).
     */
    void submit(SourceDocument doc) {
        String iri = RdfMapper.documentIri(doc);
        // Skipped only when stored from the same input and not read earlier in this run: a URL read twice
        // with different texts must end as the last one read, as it would without the ledger.
        boolean first = seen.add(iri);
        window.add(pool.submit(() -> {
            String hash = extractor.inputHash(doc);
            return first && hash.equals(db.inputHash(iri)) ? new Result(doc, null, null, null) : extract(doc, iri, hash);
        }));
        while (window.size() > inFlight) {
            handBack();
        }
    }

    /** Hands back every document still in flight. */
    void finish() {
        while (!window.isEmpty()) {
            handBack();
        }
    }

    private void handBack() {
        Future<Result> next = window.poll();
        try {
            inOrder.accept(next.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for extraction", e);
        } catch (ExecutionException e) {
            // extract() catches what a document can cause; anything else is a bug and stops the run.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Result extract(SourceDocument doc, String iri, String hash) {
        try {
            Extraction x = extractor.extract(doc);
            return new Result(doc, x, new IsnadStore.DocumentGraph(iri, RdfMapper.toModel(x), hash), null);
        } catch (RuntimeException | StackOverflowError e) {
            // One document's failure must not cost the others: report it and go on.
            return new Result(doc, null, null, new InputProblem(doc.origin(), "extraction failed: " + e));
        } catch (OutOfMemoryError e) {
            // What the document took is unreachable once we return, so the next one has the heap back.
            return new Result(doc, null, null, new InputProblem(doc.origin(), "out of memory while extracting it (Java heap "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB): skipped; give Java more memory to ingest it"));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
