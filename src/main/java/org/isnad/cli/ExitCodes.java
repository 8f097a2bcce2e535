package org.isnad.cli;

import org.isnad.read.InputProblem;
import org.isnad.store.StoreProblem;
import picocli.CommandLine;

/** The one place where an exception becomes a message and an exit code. */
final class ExitCodes implements CommandLine.IExecutionExceptionHandler, CommandLine.IExitCodeExceptionMapper {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        cl.getErr().println("error: " + message(e));
        cl.getErr().flush();
        return getExitCode(e);
    }

    @Override
    public int getExitCode(Throwable e) {
        if (e instanceof StoreProblem || e instanceof org.isnad.store.StoreFailure || fromStore(e)) {
            return IsnadCli.STORE;
        }
        if (e instanceof UsageProblem || e instanceof org.isnad.evaluate.GoldProblem
                || e instanceof org.isnad.extract.RuleError || e instanceof CommandLine.ParameterException
                || e instanceof org.apache.jena.query.QueryParseException) {
            return IsnadCli.USAGE;
        }
        if (e instanceof org.isnad.link.WikidataProblem) {
            return IsnadCli.REMOTE;
        }
        if (e instanceof org.isnad.push.PushProblem) {
            return IsnadCli.PUSH_REMOTE;
        }
        if (e instanceof InputProblem) {
            return IsnadCli.PARTIAL;
        }
        return IsnadCli.PARTIAL;
    }

    /** Damage found after the open check: TDB2 and its storage layer throw from any read. */
    private static boolean fromStore(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("org.apache.jena.tdb2.") || name.startsWith("org.apache.jena.dboe.")) {
                return true;
            }
        }
        return false;
    }

    private static String message(Throwable e) {
        if (fromStore(e) && !(e instanceof StoreProblem)) {
            return "the store is damaged or unusable: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "; restore it from a backup or ingest into a new folder";
        }
        if (e instanceof org.apache.jena.query.QueryParseException) {
            return "the query does not parse: " + e.getMessage();
        }
        if (e instanceof InputProblem p) {
            return p.getMessage();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
