package org.isnad.bench;

import org.isnad.extract.Extraction;
import org.isnad.extract.Extractor;
import org.isnad.read.SourceDocument;
import org.isnad.text.AnalyzedText;
import org.isnad.text.TextAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * Documents per second for a seed-sized article, single thread. {@code tokenize} (sentence split and
 * tokens only) is the baseline measured in the same run; report {@code extract} as a ratio to it.
 * How to run: see bench/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {
    private Extractor extractor;
    private SourceDocument seed;

    @Setup
    public void load() throws IOException {
        extractor = Extractor.standard();
        String text = Files.readString(Path.of("seeds/000_91e09f6812842d2b.txt"), StandardCharsets.UTF_8);
        seed = new SourceDocument(text, null, null, null, null, "ar", "seed");
        extractor.extract(seed); // builds the language pack outside the measurement
    }

    @Benchmark
    public AnalyzedText tokenize() {
        return TextAnalyzer.analyze(seed.text());
    }

    @Benchmark
    public Extraction extract() {
        return extractor.extract(seed);
    }
}
