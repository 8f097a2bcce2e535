package org.isnad.bench;

import org.isnad.extract.Extraction;
import org.isnad.extract.Extractor;
import org.isnad.read.SourceDocument;
import org.isnad.text.AnalyzedText;
import org.isnad.text.TextAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Documents per second, single thread, on the {@link VariedCorpus} (each call takes the next of its
 * 2,000 documents, round-robin) and on the seed article repeated. {@code tokenize} (sentence split and
 * tokens only) is the baseline of each pair, measured in the same run: report {@code extract} as a
 * ratio to it, since the machine's speed varies. The repeated seed is kept to show how much the
 * cross-document memo of word readings flatters a benchmark that never sees a new word.
 *
 * <p>Round-robin, the memo ends up holding the whole corpus vocabulary (under its 200,000-word bound), so
 * {@code extract} is the steady state of a long run; {@code extractFirstPass} is one pass over the
 * corpus with an empty memo, as an ingest of 2,000 new articles meets them (one shot per iteration,
 * time per 2,000 documents). How to run: see bench/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Long warm-up: on a 2-core machine shared with other work, extract took 15 to 30 s to reach steady state.
@Warmup(iterations = 12, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {
    /** Seed of the corpus: fixed, so that every run measures the same documents. */
    public static final long CORPUS_SEED = 1;

    private Extractor extractor;
    private SourceDocument seed;
    private SourceDocument[] corpus;
    private int nextToTokenize;
    private int nextToExtract;

    @Setup
    public void load() throws IOException {
        extractor = Extractor.standard();
        String text = Files.readString(Path.of("seeds/000_91e09f6812842d2b.txt"), StandardCharsets.UTF_8);
        seed = new SourceDocument(text, null, null, null, null, "ar", "seed");
        corpus = VariedCorpus.build(CORPUS_SEED).toArray(SourceDocument[]::new);
        primeLanguagePacks(extractor);
    }

    /** Builds both language packs outside the measurement, with as few words as possible in the memo. */
    static void primeLanguagePacks(Extractor extractor) {
        extractor.extract(new SourceDocument("عنوان\n", null, null, null, null, "ar", "prime"));
        extractor.extract(new SourceDocument("Title\n", null, null, null, null, "en", "prime"));
    }

    @Benchmark
    public AnalyzedText tokenize() {
        SourceDocument d = corpus[nextToTokenize];
        nextToTokenize = nextToTokenize + 1 == corpus.length ? 0 : nextToTokenize + 1;
        return TextAnalyzer.analyze(d.text());
    }

    @Benchmark
    public Extraction extract() {
        SourceDocument d = corpus[nextToExtract];
        nextToExtract = nextToExtract + 1 == corpus.length ? 0 : nextToExtract + 1;
        return extractor.extract(d);
    }

    @Benchmark
    public AnalyzedText tokenizeRepeatedSeed() {
        return TextAnalyzer.analyze(seed.text());
    }

    @Benchmark
    public Extraction extractRepeatedSeed() {
        return extractor.extract(seed);
    }

    /** A new extractor, hence an empty memo, for every iteration of {@link #extractFirstPass}. */
    @State(Scope.Thread)
    public static class FirstPass {
        Extractor extractor;
        int next;

        @Setup(Level.Iteration)
        public void emptyMemo() {
            extractor = Extractor.standard();
            primeLanguagePacks(extractor);
            next = 0;
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 12, batchSize = VariedCorpus.DOCUMENTS)
    @Measurement(iterations = 5, batchSize = VariedCorpus.DOCUMENTS)
    public Extraction extractFirstPass(FirstPass pass) {
        return pass.extractor.extract(corpus[pass.next++ % corpus.length]);
    }
}
