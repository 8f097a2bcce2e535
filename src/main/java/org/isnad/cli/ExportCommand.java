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
                + "trig and nquads keep each document's named graph.")
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

    @Override
    public Integer call() throws Exception {
        try (IsnadStore db = IsnadStore.openExisting(store.db)) {
            if (graph != null && !db.hasGraph(graph)) {
                throw new UsageProblem("the store has no graph " + graph);
            }
            if (output != null) {
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
}
