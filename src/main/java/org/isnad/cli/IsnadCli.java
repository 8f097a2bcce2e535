package org.isnad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code isnad}: the command line. One class per subcommand; output goes only through the
 * command line's writers so that tests can capture it.
 */
@Command(name = "isnad", mixinStandardHelpOptions = true, versionProvider = IsnadCli.Version.class,
        description = "Builds a knowledge graph of who met whom and who said what, from news articles.",
        subcommands = {IngestCommand.class, MergeCommand.class, ExtractCommand.class, QueryCommand.class, ExportCommand.class, PushCommand.class,
                ServeCommand.class, ValidateCommand.class, EvaluateCommand.class, EvaluateMergeCommand.class,
                LinkCommand.class, GazetteerCommand.class, StatsCommand.class, BackupCommand.class,
                RestoreCommand.class, CompactCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 some inputs failed (the rest were stored), 2 usage error,",
                "3 the store cannot be used (locked by another process, damaged),",
                "4 Wikidata could not be reached or answered unusably (nothing was changed),",
                "5 the remote store of 'isnad push' could not be reached or refused the data."})
public final class IsnadCli implements Runnable {
    public static final int OK = 0;
    public static final int PARTIAL = 1;
    public static final int USAGE = 2;
    public static final int STORE = 3;
    /** Wikidata could not be reached or gave an unusable answer; nothing was changed. */
    public static final int REMOTE = 4;
    /** The store 'isnad push' sends to could not be reached or refused; the batches before are recorded. */
    public static final int PUSH_REMOTE = 5;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try 'isnad --help')");
    }

    /** The configured command line, for {@link #main} and for tests. */
    public static CommandLine commandLine() {
        return commandLine(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true),
                new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
    }

    /** The command line writing to {@code out} and {@code err}, terminal control characters escaped. */
    public static CommandLine commandLine(java.io.PrintWriter out, java.io.PrintWriter err) {
        CommandLine cl = new CommandLine(new IsnadCli());
        cl.setExecutionExceptionHandler(new ExitCodes());
        cl.setExitCodeExceptionMapper(new ExitCodes());
        cl.setOut(new java.io.PrintWriter(new TerminalSafeWriter(out), true));
        cl.setErr(new java.io.PrintWriter(new TerminalSafeWriter(err), true));
        return cl;
    }

    public static void main(String[] args) {
        StoreDamageWatch watch = new StoreDamageWatch(System.err);
        System.setErr(new java.io.PrintStream(watch, true, java.nio.charset.StandardCharsets.UTF_8));
        int code = commandLine().execute(args);
        System.err.flush();
        if (watch.damage() != null) {
            System.err.println("error: the store is damaged: reading it failed (" + watch.damage()
                    + "); answers may be incomplete. Restore it from a backup or ingest into a new folder");
            code = STORE;
        }
        System.exit(code);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = IsnadCli.class.getPackage().getImplementationVersion();
            return new String[] {"isnad " + (v == null ? "(development build)" : v)};
        }
    }
}
