package org.isnad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.isnad.read.SourceDocument;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the varied corpus as one JSON Lines file, so that the real {@code isnad ingest} can be timed on
 * it (bench/README.md): {@code WriteCorpus FILE [COUNT]}, COUNT 2,000 by default, the benchmarks' seed.
 */
public final class WriteCorpus {
    private WriteCorpus() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : VariedCorpus.DOCUMENTS;
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (SourceDocument d : VariedCorpus.load().documents(ExtractionBenchmark.CORPUS_SEED, count)) {
                ObjectNode o = json.createObjectNode().put("text", d.text()).put("language", d.language())
                        .put("published", d.published().toString());
                w.write(json.writeValueAsString(o));
                w.newLine();
            }
        }
    }
}
