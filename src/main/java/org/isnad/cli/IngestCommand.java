package org.isnad.cli;

import org.isnad.extract.Extraction;
import org.isnad.extract.Extractor;
import org.isnad.rdf.RdfMapper;
import org.isnad.read.DocumentReader;
import org.isnad.read.InputProblem;
import org.isnad.read.SourceDocument;
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

/** {@code isnad ingest}: read, extract, map and store documents, a batch per write transaction. */
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
            description = "Documents per write transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems and the totals.")
    boolean quiet;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest.")
    List<Path> paths;

    private PrintWriter out;
    private PrintWriter err;
    private final List<Pending> pending = new ArrayList<>();
    private int stored;
    private int unchanged;
    private int failed;
    private long entities;
    private long meetings;
    private long claims;

    private record Pending(Extraction extraction, IsnadStore.DocumentGraph graph) {
    }

    @Override
    public Integer call() throws Exception {
        if (batchSize < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1");
        }
        out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        DocumentReader reader = extraction.reader();
        List<Path> files = reader.files(paths, this::problem);
        Extractor extractor = extraction.extractor();
        try (IsnadStore db = IsnadStore.open(store.db);
             Progress progress = new Progress(err, files.size(), "ingest")) {
            for (Path file : files) {
                reader.readFile(file, doc -> add(db, extractor, doc), this::problem);
                progress.step();
                if (pending.size() >= batchSize) {
                    flush(db);
                }
            }
            flush(db);
        }
        out.printf("%d document(s) stored, %d unchanged, %d failed; %d entities, %d meetings, %d claims -> %s%n",
                stored, unchanged, failed, entities, meetings, claims, store.db);
        out.flush();
        return failed > 0 ? IsnadCli.PARTIAL : IsnadCli.OK;
    }

    private void add(IsnadStore db, Extractor extractor, SourceDocument doc) {
        try {
            Extraction x = extractor.extract(doc);
            pending.add(new Pending(x, new IsnadStore.DocumentGraph(RdfMapper.documentIri(doc), RdfMapper.toModel(x))));
        } catch (RuntimeException | StackOverflowError e) {
            // One document's failure must not cost the others: report it and go on.
            problem(new InputProblem(doc.origin(), "extraction failed: " + e));
        } catch (OutOfMemoryError e) {
            // What the document took is unreachable once we return, so the next one has the heap back.
            problem(new InputProblem(doc.origin(), "out of memory while extracting it (Java heap "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB): skipped; give Java more memory to ingest it"));
        }
        if (pending.size() >= batchSize) {
            flush(db);
        }
    }

    private void flush(IsnadStore db) {
        if (pending.isEmpty()) {
            return;
        }
        List<IsnadStore.DocumentGraph> graphs = pending.stream().map(Pending::graph).toList();
        List<IsnadStore.Outcome> outcomes = db.store(graphs);
        for (int i = 0; i < pending.size(); i++) {
            Extraction x = pending.get(i).extraction();
            IsnadStore.Outcome outcome = outcomes.get(i);
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
        pending.clear();
        out.flush();
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
