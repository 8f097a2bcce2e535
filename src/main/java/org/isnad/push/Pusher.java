package org.isnad.push;

import org.eclipse.rdf4j.query.QueryInterruptedException;
import org.eclipse.rdf4j.repository.RepositoryException;
import org.isnad.store.IsnadStore;
import org.isnad.store.PushLedger;
import org.isnad.store.PushLedger.GraphContent;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code isnad push}: publishes the store's named graphs (documents, links, events) to a remote store.
 * Only graphs whose content changed since they were last pushed to that remote are sent; graphs gone
 * from the local store are cleared at the remote. Each batch is committed at the remote, then recorded
 * in the local ledger, so a push that dies resumes: a batch sent but not recorded is sent again, which
 * replaces the same graphs with the same content.
 */
public final class Pusher {
    /** What a push did. */
    public record Result(int sent, long triples, int unchanged, int removed, int batches, int retries) {
    }

    /** Told of each graph looked at, for a progress bar, and of each retry. */
    public interface Listener {
        Listener NONE = new Listener() { };

        default void examined(String graph) {
        }

        default void retrying(int attempt, Exception cause, java.time.Duration wait) {
        }
    }

    private final IsnadStore store;
    private final RemoteStore remote;
    private final int batchSize;
    private final Backoff backoff;
    private final Listener listener;
    private int retries;

    public Pusher(IsnadStore store, RemoteStore remote, int batchSize, Backoff backoff, Listener listener) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1");
        }
        this.store = store;
        this.remote = remote;
        this.batchSize = batchSize;
        this.backoff = backoff;
        this.listener = listener;
    }

    /** The graphs a push would look at, for the progress bar's total. */
    public List<String> graphs() {
        return new PushLedger(store, remote.id()).graphs();
    }

    /** Pushes what changed; with {@code everything}, every graph whatever the ledger says. */
    public Result push(boolean everything) throws PushProblem, InterruptedException {
        PushLedger ledger = new PushLedger(store, remote.id());
        List<String> graphs = ledger.graphs();
        Map<String, String> pushed = everything ? Map.of() : ledger.pushed();
        Set<String> gone = new HashSet<>(ledger.pushed().keySet());
        graphs.forEach(gone::remove);

        int sent = 0;
        int unchanged = 0;
        int batches = 0;
        long triples = 0;
        List<GraphContent> pending = new ArrayList<>();
        for (int from = 0; from < graphs.size(); from += batchSize) {
            for (GraphContent g : ledger.read(graphs.subList(from, Math.min(graphs.size(), from + batchSize)))) {
                listener.examined(g.iri());
                if (g.hash().equals(pushed.get(g.iri()))) {
                    unchanged++;
                } else {
                    pending.add(g);
                }
            }
            // Unchanged graphs are skipped without being sent, so a batch gathers only changed graphs.
            while (pending.size() >= batchSize) {
                List<GraphContent> batch = new ArrayList<>(pending.subList(0, batchSize));
                pending.subList(0, batchSize).clear();
                send(ledger, batch, List.of());
                sent += batch.size();
                triples += batch.stream().mapToLong(GraphContent::triples).sum();
                batches++;
            }
        }
        if (!pending.isEmpty() || !gone.isEmpty()) {
            send(ledger, pending, List.copyOf(gone));
            sent += pending.size();
            triples += pending.stream().mapToLong(GraphContent::triples).sum();
            batches++;
        }
        return new Result(sent, triples, unchanged, gone.size(), batches, retries);
    }

    private void send(PushLedger ledger, List<GraphContent> batch, List<String> removed)
            throws PushProblem, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                remote.replace(batch, removed);
                break;
            } catch (RuntimeException | IOException e) {
                if (!transient_(e)) {
                    throw new PushProblem(remote.url() + " refused the push: " + describe(e)
                            + "; nothing of this batch was stored there, and the batches before it are recorded", e);
                }
                if (attempt >= backoff.retries()) {
                    throw new PushProblem("cannot reach " + remote.url() + " (" + describe(e) + ") after "
                            + (attempt + 1) + " tries: check the URL and that the store is running; "
                            + "pushing again resumes where this push stopped", e);
                }
                java.time.Duration wait = backoff.wait(attempt);
                listener.retrying(attempt + 1, e, wait);
                retries++;
                backoff.sleeper().sleep(wait);
            }
        }
        ledger.recordSent(batch);
        ledger.recordRemoved(removed);
    }

    /**
     * Worth trying again: the network failed (refused, reset, timed out) or the server said it is
     * unavailable (503). A refusal for cause (401, 403, 404, 400, a 500 on this data) is not.
     */
    /** RDF4J's HTTP client turns a 401 into an UnauthorizedException (its package moved between versions). */
    private static boolean unauthorized(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("UnauthorizedException")) {
                return true;
            }
        }
        return false;
    }

    static boolean transient_(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof QueryInterruptedException) {
                return true;
            }
            String m = t.getMessage();
            if (t instanceof RepositoryException && m != null
                    && (m.contains("Service Unavailable") || m.contains("Bad Gateway") || m.contains("Gateway Timeout"))) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        if (unauthorized(e)) {
            return "it asks for credentials that were not given or not accepted (HTTP 401): give --user NAME:PASSWORD";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof ConnectException) {
            return "connection refused";
        }
        if (root instanceof UnknownHostException) {
            return "unknown host " + root.getMessage();
        }
        String top = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String bottom = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e || top.contains(bottom) ? top : top + ": " + bottom;
    }
}
