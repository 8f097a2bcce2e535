package org.isnad.cli;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.isnad.store.IsnadStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** {@code isnad validate}: checks the store against the bundled SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the whole store against the SHACL shapes in ontology/shapes.ttl. Exit 0 when it "
                + "conforms, 1 with the violations printed when it does not.")
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws Exception {
        Graph shapesGraph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("isnad/ontology/shapes.ttl")) {
            if (in == null) {
                throw new IllegalStateException("the bundled shapes (isnad/ontology/shapes.ttl) are missing from the jar");
            }
            RDFDataMgr.read(shapesGraph, in, org.apache.jena.riot.Lang.TURTLE);
        }
        Shapes shapes = Shapes.parse(shapesGraph);
        try (IsnadStore db = IsnadStore.openExisting(store.db)) {
            var out = spec.commandLine().getOut();
            // Validated in place, inside one read transaction: nothing is copied, whatever the store's size.
            int code = db.readUnion(data -> {
                if (data.isEmpty()) {
                    out.println("the store is empty: nothing to check (is --db the folder you ingested into?)");
                    return IsnadCli.OK;
                }
                ValidationReport report = ShaclValidator.get().validate(shapes, data);
                if (report.conforms()) {
                    out.printf("conforms: %d triples checked against %d shapes%n", data.size(), shapes.numRootShapes());
                    return IsnadCli.OK;
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ShLib.printReport(bytes, report);
                out.print(bytes.toString(StandardCharsets.UTF_8));
                out.printf("does not conform: %d violation(s)%n", report.getEntries().size());
                return IsnadCli.PARTIAL;
            });
            out.flush();
            return code;
        }
    }
}
