package org.isnad.bench;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.isnad.extract.Extractor;
import org.isnad.merge.CrossDocument;
import org.isnad.rdf.RdfMapper;
import org.isnad.read.SourceDocument;
import org.isnad.store.IsnadStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole ingest of 10,000 varied documents (extraction, RDF, a write transaction per 1,000, as
 * {@code isnad ingest} does) into a new TDB2 store, with cross-document merging off and on: the issue
 * asks the second to run at no less than 0.8 times the speed of the first. One shot is one ingest of
 * the whole corpus; the time the merging stage itself takes is printed after each shot, so the cost
 * is seen apart from the noise of a shared machine. How to run: bench/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
// One shot is minutes long (JIT warm-up is a small part of it) and the machine is shared: no warm-up shot, two
// measured, and a timeout long enough that a slow shot is measured rather than interrupted mid-write.
@Warmup(iterations = 0)
@Measurement(iterations = 2)
@Timeout(time = 90, timeUnit = TimeUnit.MINUTES)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class IngestBenchmark {
    static final int BATCH = 1000;

    @Param({"false", "true"})
    public boolean merging;

    /** Documents per ingest: 10,000 as the issue asks; {@code -p documents=2000} for a quicker look. */
    @Param({"10000"})
    public int documents;

    private List<SourceDocument> corpus;
    private Extractor extractor;
    private Path store;
    private long mergeNanos;

    @Setup(Level.Trial)
    public void corpus() {
        corpus = VariedCorpus.load().documents(ExtractionBenchmark.CORPUS_SEED, documents);
        extractor = Extractor.standard();
        ExtractionBenchmark.primeLanguagePacks(extractor);
    }

    @Setup(Level.Iteration)
    public void newStore() throws IOException {
        store = Files.createTempDirectory("isnad-ingest-bench");
        mergeNanos = 0;
    }

    @TearDown(Level.Iteration)
    public void deleteStore() throws IOException {
        System.out.printf("%n  merging %s: the merging stage took %.1f s of this ingest%n", merging, mergeNanos / 1e9);
        try (Stream<Path> s = Files.walk(store)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Benchmark
    public long ingest() throws org.isnad.store.StoreProblem {
        IsnadStore.AfterWrite after = merging ? timed(CrossDocument.standard()) : IsnadStore.AfterWrite.NONE;
        long stored = 0;
        try (IsnadStore db = IsnadStore.open(store)) {
            List<IsnadStore.DocumentGraph> batch = new ArrayList<>(BATCH);
            for (SourceDocument d : corpus) {
                batch.add(new IsnadStore.DocumentGraph(RdfMapper.documentIri(d), RdfMapper.toModel(extractor.extract(d))));
                if (batch.size() == BATCH) {
                    stored += db.store(batch, after).size();
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                stored += db.store(batch, after).size();
            }
        }
        return stored;
    }

    /** The merging stage, with the time it takes added up. */
    private IsnadStore.AfterWrite timed(CrossDocument merge) {
        return new IsnadStore.AfterWrite() {
            @Override
            public void beforeReplace(DatasetGraph dsg, Node document) {
                long t = System.nanoTime();
                merge.beforeReplace(dsg, document);
                mergeNanos += System.nanoTime() - t;
            }

            @Override
            public void afterWrite(DatasetGraph dsg, java.util.Map<Node, org.apache.jena.graph.Graph> changed) {
                long t = System.nanoTime();
                merge.afterWrite(dsg, changed);
                mergeNanos += System.nanoTime() - t;
            }
        };
    }
}
