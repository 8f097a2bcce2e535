package org.isnad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code isnad gazetteer}: what the offline gazetteer knows, and building more of it from Wikidata. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Lists the offline gazetteer, or builds gazetteer files from the Wikidata Query Service.",
        subcommands = {GazetteerListCommand.class, GazetteerBuildCommand.class})
final class GazetteerCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: list or build");
    }
}
