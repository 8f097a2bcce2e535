package org.isnad.cli;

import org.apache.jena.riot.RDFFormat;
import org.isnad.store.IsnadStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code isnad export}: the store as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the store as RDF: turtle and jsonld give the union of all documents (with prefixes); "
                + "trig and nquads keep each document's named graph. With --split N (nquads only), writes files of "
                + "N quads each and a manifest.json listing them into the folder given by -o, for bulk loaders.")
final class ExportCommand implements Callable<Integer> {
    enum Format {
        turtle(RDFFormat.TURTLE_BLOCKS), trig(RDFFormat.TRIG_BLOCKS), nquads(RDFFormat.NQUADS), jsonld(RDFFormat.JSONLD);

        final RDFFormat rdf;

        Format(RDFFormat rdf) {
            this.rdf = rdf;
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "turtle", description = "turtle, trig, nquads or jsonld (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Export only this document's graph.")
    String graph;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--split", paramLabel = "N",
            description = "With --format nquads: write files of N quads each (part-00001.nq, …) and manifest.json "
                    + "into the folder -o DIR, which must be new or empty.")
    Long split;

    @Override
    public Integer call() throws Exception {
        if (split != null) {
            checkSplit();
        }
        try (IsnadStore db = IsnadStore.openExisting(store.db)) {
            if (graph != null && !db.hasGraph(graph)) {
                throw new UsageProblem("the store has no graph " + graph);
            }
            if (split != null) {
                writeShards(db);
            } else if (output != null) {
                AtomicFile.write(output, out -> db.export(format.rdf, graph, out));
                spec.commandLine().getErr().println("wrote " + output);
            } else {
                try (Utf8Out out = new Utf8Out(spec.commandLine().getOut())) {
                    db.export(format.rdf, graph, out);
                }
            }
        }
        return IsnadCli.OK;
    }

    private void checkSplit() throws java.io.IOException {
        if (format != Format.nquads) {
            throw new UsageProblem("--split needs --format nquads (bulk loaders take N-Quads files)");
        }
        if (split < 1) {
            throw new UsageProblem("--split must be at least 1 (got " + split + ")");
        }
        if (output == null) {
            throw new UsageProblem("--split needs -o DIR, the folder to write the files into");
        }
        if (java.nio.file.Files.exists(output)) {
            if (!java.nio.file.Files.isDirectory(output)) {
                throw new UsageProblem("-o " + output + " is a file; --split writes into a folder");
            }
            try (var children = java.nio.file.Files.list(output)) {
                if (children.findAny().isPresent()) {
                    throw new UsageProblem("-o " + output + " is not empty: give a new or empty folder, so that "
                            + "no files of an earlier export are mixed in");
                }
            }
        }
    }

    /** The shards, then the manifest: a folder with a manifest.json holds every shard it lists. */
    private void writeShards(IsnadStore db) throws java.io.IOException {
        java.nio.file.Files.createDirectories(output);
        var shards = org.isnad.store.ShardedExport.write(db, graph, output, split);
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var manifest = mapper.createObjectNode()
                .put("format", "application/n-quads")
                .put("quads", shards.stream().mapToLong(org.isnad.store.ShardedExport.Shard::quads).sum())
                .put("quadsPerShard", split);
        if (graph != null) {
            manifest.put("graph", graph);
        }
        var list = manifest.putArray("shards");
        for (var s : shards) {
            list.addObject().put("file", s.file()).put("quads", s.quads()).put("bytes", s.bytes()).put("sha256", s.sha256());
        }
        AtomicFile.write(output.resolve("manifest.json"),
                out -> out.write(mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest)));
        spec.commandLine().getErr().println("wrote " + shards.size() + " file(s) of at most " + split + " quads and "
                + output.resolve("manifest.json"));
    }
}
