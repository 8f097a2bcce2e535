package org.isnad.cli;

import org.isnad.serve.SparqlServer;
import org.isnad.store.IsnadStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
                "The store stays locked while the server runs: stop it (Ctrl-C) before ingesting."})
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

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "An origin (https://example.org) whose web pages may query the server; repeatable. None by default.")
    List<String> corsOrigins = new ArrayList<>();

    /** Released to stop a running server; tests use it, Ctrl-C uses the shutdown hook. */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        if (corsOrigins.contains("*")) {
            throw new UsageProblem("--cors-origin '*' would let every web page read the store; name the origins");
        }
        try (IsnadStore db = IsnadStore.open(store.db);
             SparqlServer server = SparqlServer.start(db.dataset(), host, port, timeout, corsOrigins)) {
            Thread hook = new Thread(stop::countDown);
            Runtime.getRuntime().addShutdownHook(hook);
            spec.commandLine().getOut().println("Serving " + store.db + " at " + server.endpoint(host)
                    + " (read-only; Ctrl-C to stop)");
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
}
