package org.isnad.cli;

import org.isnad.bench.ExtractionBenchmark;
import org.isnad.bench.VariedCorpus;
import org.isnad.extract.Extractor;
import org.isnad.read.SourceDocument;
import org.isnad.store.IsnadStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The part of {@code ingest} that {@code --workers} spreads over threads — the ledger look-up, extraction
 * and RDF mapping of the varied corpus, handed back in order — timed with 1 and 2 workers, alternately,
 * each pass with a new extractor (an empty memo, as a new run has) and nothing stored. Not a test (speed
 * is measured, not asserted); here rather than in org.isnad.bench because ParallelExtraction is package
 * private. How to run: bench/README.md.
 */
public final class WorkersBenchmark {
    private WorkersBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : VariedCorpus.DOCUMENTS;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<SourceDocument> corpus = VariedCorpus.load().documents(ExtractionBenchmark.CORPUS_SEED, count);
        Path dir = Files.createTempDirectory("isnad-workers-bench");
        try (IsnadStore db = IsnadStore.open(dir)) {
            pass(db, corpus, 2); // warm-up: JIT and the JVM's caches, not measured
            for (int round = 1; round <= rounds; round++) {
                for (int workers : new int[] {1, 2}) {
                    double s = pass(db, corpus, workers);
                    System.out.printf("round %d, %d worker(s): %.2f s, %.0f documents/s (load %s)%n", round, workers, s,
                            corpus.size() / s, Files.readString(Path.of("/proc/loadavg")).substring(0, 14));
                }
            }
        }
    }

    private static double pass(IsnadStore db, List<SourceDocument> corpus, int workers) {
        Extractor extractor = Extractor.standard();
        extractor.fingerprint();
        long[] triples = {0};
        long t = System.nanoTime();
        try (ParallelExtraction p = new ParallelExtraction(extractor, db, workers, r -> triples[0] += r.graph().model().size())) {
            corpus.forEach(p::submit);
            p.finish();
        }
        return (System.nanoTime() - t) / 1e9;
    }
}
