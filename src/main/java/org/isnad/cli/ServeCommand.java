package org.isnad.cli;

import org.isnad.read.DocumentReader;
import org.isnad.serve.FolderWatch;
import org.isnad.serve.IngestServlet;
import org.isnad.serve.Listen;
import org.isnad.serve.SparqlServer;
import org.isnad.store.IsnadStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code isnad serve}: a read-only SPARQL endpoint on the store until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store read-only over HTTP with an embedded Fuseki.",
                "  /isnad/sparql  SPARQL query endpoint (union of all documents)",
                "  /isnad/get     Graph Store Protocol, read (?graph=DOCUMENT-IRI, or ?graph=union for all)",
                "  /              Fuseki's query editor, with the bundled queries as examples",
                "  /isnad/page/   search, actor, event, claim and document pages, who met whom, timeline",
                "  /isnad/reconcile  W3C Reconciliation Service API for OpenRefine",
                "Other commands cannot open the store while it is served: documents reach it through "
                        + "--ingest-token-file (isnad ingest --server URL) or --watch DIR."})
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest a query may run (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Require HTTP Basic credentials from FILE (lines 'user: password'). Needed for an address "
                    + "other than loopback unless --no-auth is given.")
    java.nio.file.Path passwordFile;

    @Option(names = "--no-auth", description = "Serve a non-loopback address without credentials (anyone who can reach it can read the store).")
    boolean noAuth;

    @Option(names = "--ingest-token-file", paramLabel = "FILE",
            description = "Accept documents at POST /isnad/ingest from clients that send the token in FILE "
                    + "(its first line, 16 characters or more; 'isnad ingest --server URL --token-file FILE'). Off by default.")
    java.nio.file.Path ingestTokenFile;

    @Option(names = "--watch", paramLabel = "DIR",
            description = "Store the documents of files (.txt, .json, .jsonl) that appear or change under DIR while serving, "
                    + "and those already there when it starts. Write files under a dot-name or a temporary extension "
                    + "(.part) and rename them when complete.")
    java.nio.file.Path watch;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "An origin (https://example.org) whose web pages may query the server; repeatable. None by default.")
    List<String> corsOrigins = new ArrayList<>();

    /** Short enough that a dropped file is served within seconds, long enough that an idle listing costs nothing. */
    private static final Duration POLL = Duration.ofSeconds(1);
    /** As 'isnad ingest --batch': a big JSON Lines file is stored in transactions of this many documents. */
    private static final int WATCH_BATCH = 1000;

    /** Released to stop a running server; tests use it, Ctrl-C uses the shutdown hook. */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        checkOptions();
        try (IsnadStore db = IsnadStore.openExisting(store.db);
             SparqlServer server = SparqlServer.start(db.dataset(), host, port, timeout, corsOrigins, passwordFile,
                     ingestServlet(db));
             FolderWatch watching = watch(db)) {
            Thread hook = new Thread(stop::countDown);
            Runtime.getRuntime().addShutdownHook(hook);
            spec.commandLine().getOut().println("Serving " + store.db + " at " + server.endpoint(host)
                    + (ingestTokenFile != null ? " (ingest at " + Listen.url(host, server.port()) + IngestServlet.PATH + "; Ctrl-C to stop)"
                    : watch != null ? " (Ctrl-C to stop)" : " (read-only; Ctrl-C to stop)"));
            if (watching != null) {
                spec.commandLine().getOut().println("Watching " + watch + " for new and changed documents");
            }
            spec.commandLine().getOut().flush();
            stop.await();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the JVM is already on its way out; the try-with-resources still closes the store.
            }
        }
        return IsnadCli.OK;
    }

    private ServerIngest ingest;

    /** The endpoint and the watch share one ServerIngest, so their writes take turns. */
    private ServerIngest ingest(IsnadStore db) {
        if (ingest == null) {
            ingest = new ServerIngest(db, extraction.reader(), extraction.extractor());
        }
        return ingest;
    }

    private java.util.Map<String, jakarta.servlet.http.HttpServlet> ingestServlet(IsnadStore db) {
        if (ingestTokenFile == null) {
            return java.util.Map.of();
        }
        String token = IngestCommand.token(ingestTokenFile);
        return java.util.Map.of(IngestServlet.PATH, new IngestServlet(token, IngestCommand.MAX_REQUEST_BYTES, ingest(db)));
    }

    private FolderWatch watch(IsnadStore db) {
        if (watch == null) {
            return null;
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DocumentReader reader = extraction.reader();
        return FolderWatch.start(watch, POLL, (folder, problems) -> reader.files(List.of(folder), p -> problems.accept(p.getMessage())),
                file -> report(ingest(db).store(file, WATCH_BATCH), out, err), err);
    }

    /** As 'isnad ingest' reports: a line a document stored, an error line a document not. */
    private static void report(List<ServerIngest.Result> results, PrintWriter out, PrintWriter err) {
        for (ServerIngest.Result r : results) {
            if (r.error() != null) {
                synchronized (err) {
                    err.println("error: " + r.origin() + ": " + r.error());
                    err.flush();
                }
            } else {
                out.printf("%s [%s, %s]: %d entities, %d meetings, %d claims%n", r.origin(), r.outcome(), r.language(),
                        r.entities(), r.meetings(), r.claims());
                out.flush();
            }
        }
    }

    /** Usage errors before anything is opened: port range, host, origins, credentials. */
    private void checkOptions() {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port " + port + ": a port is 0 to 65535 (0 picks a free one)");
        }
        if (timeout < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
        }
        try {
            org.isnad.serve.CorsOrigins.validate(corsOrigins);
            if (!Listen.isLoopback(host) && passwordFile == null && !noAuth) {
                throw new UsageProblem("--host " + host + " is reachable from other machines: give --password-file FILE "
                        + "(HTTP Basic), or --no-auth to serve it to anyone who can reach it");
            }
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
        if (watch != null && !java.nio.file.Files.isDirectory(watch)) {
            throw new UsageProblem("--watch " + watch + ": not a folder");
        }
        if (passwordFile != null && !java.nio.file.Files.isReadable(passwordFile)) {
            throw new UsageProblem("--password-file " + passwordFile + ": cannot read it");
        }
    }
}
