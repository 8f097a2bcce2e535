package org.isnad.cli;

import org.isnad.extract.Extraction;
import org.isnad.extract.Extractor;
import org.isnad.merge.CrossDocument;
import org.isnad.rdf.RdfMapper;
import org.isnad.read.DocumentReader;
import org.isnad.read.InputProblem;
import org.isnad.read.SourceDocument;
import org.isnad.store.BulkLoad;
import org.isnad.store.StoreSettings;
import org.isnad.store.IsnadStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code isnad ingest}: read, extract, map and store documents, a batch per write transaction, or, for a
 * first load into an empty store, all of them through TDB2's bulk loader ({@link BulkLoad}).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads news documents (.txt, .json, .jsonl; files or folders), extracts actors, meetings "
                + "and claims, and stores each document as one named graph in the TDB2 store.",
                "Re-ingesting an unchanged document changes nothing; a document with the same URL and new text "
                        + "replaces its graph."})
final class IngestCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1000",
            description = "Documents per write transaction (default: ${DEFAULT-VALUE}). More than one batch of "
                    + "input into an empty store is loaded in bulk instead (see --bulk).")
    int batchSize;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems and the totals.")
    boolean quiet;

    @Option(names = "--no-merge", description = "Store the documents without merging events, claims and entities "
            + "across documents (faster when adding many documents in batches; run 'isnad merge' afterwards). "
            + "A bulk load merges once, after loading, unless this is given.")
    boolean noMerge;

    @Option(names = "--bulk", negatable = true,
            description = {"Load through TDB2's bulk loader instead of one write transaction per batch: faster, and "
                    + "a smaller store. Only into an empty store; the default there when the input holds more "
                    + "than one batch (--no-bulk: never).",
                    "A bulk load is stored whole or not at all: if it dies, the store is left empty and the "
                            + "same command starts it again."})
    Boolean bulk;

    @Option(names = "--workers", paramLabel = "N",
            description = "Threads that extract documents (default: the number of processor cores). One writer stores "
                    + "them in the order they were read, so the store does not depend on N.")
    int workers = Runtime.getRuntime().availableProcessors();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest.")
    List<Path> paths;

    @Option(names = "--server", paramLabel = "URL",
            description = "Send the documents to a running 'isnad serve --ingest-token-file' at URL (http://127.0.0.1:3030), "
                    + "which extracts and stores them while it serves; --db is then not used.")
    String server;

    @Option(names = "--token-file", paramLabel = "FILE", description = "The server's ingest token (with --server).")
    Path tokenFile;

    @Option(names = "--user", paramLabel = "NAME:PASSWORD", description = "Credentials for a server started with --password-file.")
    String user;

    /** Largest ingest request: the client sends at most about a quarter of it at once. */
    static final long MAX_REQUEST_BYTES = 16L * 1024 * 1024;
    private IngestClient client;
    private final List<SourceDocument> outgoing = new ArrayList<>();
    private long outgoingBytes;

    private PrintWriter out;
    private PrintWriter err;
    /** The progress bar of the run under way, which also says when a batch is being committed. */
    private Progress progress;
    private final List<ParallelExtraction.Result> pending = new ArrayList<>();
    private final CrossDocument merging = CrossDocument.standard();
    /** The bulk load under way, or null when batches are written in transactions. */
    private BulkLoad bulkLoad;
    /** Documents the bulk load keeps until it finishes (a URL read twice), to report then. */
    private final List<Extraction> deferred = new ArrayList<>();
    private int stored;
    private int unchanged;
    /** Of the unchanged, those skipped before extraction because their input hash was stored. */
    private int skipped;
    private int failed;
    private long entities;
    private long meetings;
    private long claims;

    @Override
    public Integer call() throws Exception {
        if (batchSize < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1");
        }
        if (workers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--workers must be at least 1");
        }
        out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        if (server != null && bulk != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bulk and --no-bulk are for a local --db, not --server");
        }
        if (server != null && tokenFile == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--server needs --token-file FILE");
        }
        DocumentReader reader = extraction.reader();
        List<Path> files = reader.files(paths, this::problem);
        DocumentCounts counts = new DocumentCounts(files.stream().mapToLong(Progress::documentsIn).toArray());
        if (server != null) {
            return throughServer(reader, files, counts);
        }
        Extractor extractor = extraction.extractor();
        try (IsnadStore db = IsnadStore.open(store.db);
             BulkLoad loading = bulkInto(db, counts.sum());
             ParallelExtraction extracting = new ParallelExtraction(extractor, db, workers, r -> add(db, r));
             Progress bar = new Progress(err, counts.sum(), "ingest")) {
            progress = bar;
            bulkLoad = loading;
            readAll(reader, files, counts, extracting::submit);
            extracting.finish();
            flush(db);
            if (loading != null) {
                finishBulk(loading);
            }
        } finally {
            progress = null;
            bulkLoad = null;
        }
        out.printf("%d document(s) stored, %d unchanged, %d failed; %d entities, %d meetings, %d claims -> %s%n",
                stored, unchanged, failed, entities, meetings, claims, store.db);
        if (skipped > 0) {
            out.printf("%d unchanged document(s) not extracted again (stored before from the same input); "
                    + "the counts above are of the documents extracted%n", skipped);
        }
        out.flush();
        return failed > 0 ? IsnadCli.PARTIAL : IsnadCli.OK;
    }

    /**
     * A bulk load into {@code db} when asked for (--bulk; the store must be empty) or, unless --no-bulk,
     * when the store is empty and the input holds more than one batch; null for transactional batches.
     */
    private BulkLoad bulkInto(IsnadStore db, long documents) {
        if (Boolean.FALSE.equals(bulk)) {
            return null;
        }
        boolean empty = db.isEmpty();
        if (Boolean.TRUE.equals(bulk) && !empty) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bulk loads into an empty store only, and "
                    + store.db + " holds data: ingest without --bulk to add to it, or give a new --db");
        }
        if (!empty || (!Boolean.TRUE.equals(bulk) && documents <= batchSize)) {
            return null;
        }
        if (!Boolean.TRUE.equals(bulk) && StoreSettings.smallHeap()) {
            // The loader holds about a million quads in flight: with -Xmx512m it ran out of memory at 5,000 documents.
            err.printf("note: storing in batches, not through the bulk loader, which needs a Java heap of %d MiB or more "
                    + "(this one has %d MiB; give Java more with -Xmx, or pass --bulk to try anyway)%n",
                    StoreSettings.SMALL_HEAP >> 20, Runtime.getRuntime().maxMemory() >> 20);
            return null;
        }
        return BulkLoad.start(db);
    }

    /** Builds the bulk load's indexes, merges across documents unless --no-merge, and moves it into the store. */
    private void finishBulk(BulkLoad loading) throws org.isnad.store.StoreProblem {
        BulkLoad.Finished f = loading.finish(noMerge ? null : merging::rebuild, progress::working);
        for (int i = 0; i < deferred.size(); i++) {
            count(deferred.get(i), f.deferred().get(i));
        }
        deferred.clear();
        out.printf("bulk load into the empty store: %d quads through the TDB2 loader%s%n", f.quads(),
                noMerge ? "" : ", merged across documents");
        out.flush();
    }

    /** How many documents each file holds, as counted ahead for the progress bar. */
    private record DocumentCounts(long[] perFile) {
        long sum() {
            return java.util.stream.LongStream.of(perFile).sum();
        }
    }

    /**
     * Reads the files in order, each document to {@code documents}, moving the bar a document at a time
     * in JSON Lines files (counted ahead), a file at a time otherwise.
     */
    private void readAll(DocumentReader reader, List<Path> files, DocumentCounts counts,
                         java.util.function.Consumer<SourceDocument> documents) {
        long upTo = 0;
        for (int i = 0; i < files.size(); i++) {
            boolean lines = Progress.isJsonLines(files.get(i));
            reader.readFile(files.get(i), doc -> {
                documents.accept(doc);
                if (lines) {
                    progress.step();
                }
            }, this::problem);
            upTo += counts.perFile()[i];
            progress.advanceTo(upTo);
        }
    }

    /** The same reading, the documents posted to the server in batches it stores one transaction each. */
    private int throughServer(DocumentReader reader, List<Path> files, DocumentCounts counts) throws Exception {
        if (tokenFile == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--server needs --token-file FILE");
        }
        client = new IngestClient(new ServerClient(server, user), token(tokenFile));
        try (Progress bar = new Progress(err, counts.sum(), "ingest")) {
            progress = bar;
            readAll(reader, files, counts, this::send);
            send(null);
        } finally {
            progress = null;
        }
        out.printf("%d document(s) stored, %d unchanged, %d failed; %d entities, %d meetings, %d claims -> %s%n",
                stored, unchanged, failed, entities, meetings, claims, server);
        out.flush();
        return failed > 0 ? IsnadCli.PARTIAL : IsnadCli.OK;
    }

    /** Queues a document; sends the queue when full (or, for null, whatever is queued). */
    private void send(SourceDocument doc) {
        if (doc != null) {
            outgoing.add(doc);
            outgoingBytes += doc.text().length() * 3L;
        }
        boolean full = outgoing.size() >= batchSize || outgoingBytes >= MAX_REQUEST_BYTES / 4;
        if (outgoing.isEmpty() || doc != null && !full) {
            return;
        }
        List<IngestClient.Result> results;
        try {
            results = client.send(outgoing);
        } catch (UsageProblem e) {
            throw e;
        } catch (Exception e) {
            throw new UsageProblem("cannot send documents to " + server + ": " + e.getMessage());
        }
        for (IngestClient.Result r : results) {
            String origin = r.document() == null ? server : r.document().origin();
            if (r.error() != null) {
                problem(new InputProblem(origin, r.error()));
                continue;
            }
            if ("unchanged".equals(r.outcome())) {
                unchanged++;
            } else {
                stored++;
            }
            entities += r.counts().path("entities").asLong();
            meetings += r.counts().path("meetings").asLong();
            claims += r.counts().path("claims").asLong();
            if (!quiet) {
                out.printf("%s [%s, %s]: %d entities, %d meetings, %d claims%n", origin, r.outcome(), r.language(),
                        r.counts().path("entities").asLong(), r.counts().path("meetings").asLong(), r.counts().path("claims").asLong());
            }
        }
        outgoing.clear();
        outgoingBytes = 0;
        out.flush();
    }

    /** The first line of a token file; short tokens are refused (a guessable token is no protection). */
    static String token(Path file) {
        try {
            String token = java.nio.file.Files.readAllLines(file).stream().findFirst().orElse("").strip();
            if (token.length() < 16) {
                throw new UsageProblem("token file " + file + ": the token (its first line) must have 16 characters or more");
            }
            return token;
        } catch (java.io.IOException e) {
            throw new UsageProblem("cannot read token file " + file + ": " + e.getMessage());
        }
    }

    /** A document back from extraction, in reading order: stored with its batch. */
    private void add(IsnadStore db, ParallelExtraction.Result r) {
        if (r.problem() != null) {
            problem(r.problem());
            return;
        }
        pending.add(r);
        if (pending.size() >= batchSize) {
            flush(db);
        }
    }

    private void flush(IsnadStore db) {
        if (pending.isEmpty()) {
            return;
        }
        List<IsnadStore.DocumentGraph> graphs = pending.stream().filter(p -> !p.skipped()).map(ParallelExtraction.Result::graph).toList();
        if (progress != null && !graphs.isEmpty() && bulkLoad == null) {
            progress.committing(graphs.size());
        }
        java.util.Iterator<IsnadStore.Outcome> outcomes = graphs.isEmpty() ? java.util.Collections.emptyIterator()
                : bulkLoad != null ? loadInBulk(graphs).iterator()
                : db.store(graphs, noMerge ? IsnadStore.AfterWrite.NONE : merging).iterator();
        for (ParallelExtraction.Result p : pending) {
            if (p.skipped()) {
                unchanged++;
                skipped++;
                if (!quiet) {
                    out.printf("%s [unchanged]: stored before from the same input, not extracted again%n", p.document().origin());
                }
                continue;
            }
            IsnadStore.Outcome outcome = outcomes.next();
            if (outcome == null) {
                deferred.add(p.extraction());
            } else {
                count(p.extraction(), outcome);
            }
        }
        pending.clear();
        out.flush();
    }

    /** Hands a batch to the bulk load: each is added, or (null) kept until the load finishes. */
    private List<IsnadStore.Outcome> loadInBulk(List<IsnadStore.DocumentGraph> graphs) {
        List<IsnadStore.Outcome> outcomes = new ArrayList<>(graphs.size());
        for (IsnadStore.DocumentGraph g : graphs) {
            outcomes.add(bulkLoad.add(g) == BulkLoad.Taken.LOADED ? IsnadStore.Outcome.ADDED : null);
        }
        return outcomes;
    }

    private void count(Extraction x, IsnadStore.Outcome outcome) {
        if (outcome == IsnadStore.Outcome.UNCHANGED) {
            unchanged++;
        } else {
            stored++;
        }
        entities += x.entities().stream().filter(e -> !e.mentions().isEmpty()).count();
        meetings += x.meetings().size();
        claims += x.claims().size();
        if (!quiet) {
            report(x, outcome);
        }
    }

    private void report(Extraction x, IsnadStore.Outcome outcome) {
        out.printf("%s [%s, %s]: %d entities, %d meetings, %d claims%n", x.document().origin(),
                outcome.name().toLowerCase(java.util.Locale.ROOT), x.language(),
                x.entities().stream().filter(e -> !e.mentions().isEmpty()).count(), x.meetings().size(),
                x.claims().size());
        out.print(Summary.of(x));
    }

    private void problem(InputProblem p) {
        failed++;
        err.println("error: " + p.getMessage());
        err.flush();
    }
}
