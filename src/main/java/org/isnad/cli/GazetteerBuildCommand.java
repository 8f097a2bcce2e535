package org.isnad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code isnad gazetteer build}: placeholder, filled in below. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Builds a gazetteer file from Wikidata.")
final class GazetteerBuildCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return IsnadCli.OK;
    }
}
