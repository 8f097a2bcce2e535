package org.isnad.cli;

import org.isnad.link.GazetteerBuilder;
import org.isnad.link.GazetteerClass;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

/** {@code isnad gazetteer build}: a gazetteer file from one Wikidata Query Service query. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Asks the Wikidata Query Service for one class of entities (with Arabic and English labels "
                + "and aliases) and writes them as a gazetteer TSV file (format: data/gazetteer/README.md).",
                "Use it with 'isnad ingest --gazetteer FILE', or copy it into data/gazetteer/."})
final class GazetteerBuildCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    WikidataOptions wikidata;

    @Option(names = "--class", paramLabel = "CLASS", defaultValue = "countries",
            description = "countries, capitals, heads (of state and government), ministers, organizations "
                    + "(intergovernmental) or agencies (news) (default: ${DEFAULT-VALUE}).")
    GazetteerClass cls;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The TSV file to write.")
    Path output;

    @Override
    public Integer call() throws Exception {
        GazetteerBuilder builder = new GazetteerBuilder(wikidata.endpoint, wikidata.client(true));
        String text = builder.build(cls);
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Through a temporary file: an interrupted build never leaves half a gazetteer to be loaded.
        AtomicFile.write(output, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        spec.commandLine().getOut().printf("%d %s written to %s%n", builder.lines(text), cls.name(), output);
        spec.commandLine().getOut().flush();
        return IsnadCli.OK;
    }
}
