package org.isnad.cli;

import org.isnad.push.Backoff;
import org.isnad.push.Pusher;
import org.isnad.push.RemoteStore;
import org.isnad.store.IsnadStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code isnad push}: the store's graphs to another store, through RDF4J. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Publishes each document's named graph, the link graph and the events graph to another store: "
                + "an RDF4J Server or GraphDB repository (--kind rdf4j, one transaction per batch) or any SPARQL 1.1 "
                + "Update endpoint such as Fuseki (--kind sparql). Each graph is replaced whole. Only graphs changed "
                + "since the last push to the same URL are sent (the local store remembers what it sent), and a push "
                + "that stopped resumes where it stopped.",
                "Exit codes: 0 pushed, 2 usage error, 3 the local store cannot be used, "
                        + "5 the remote store could not be reached or refused the data."})
final class PushCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "The remote: an RDF4J repository (http://host:8080/rdf4j-server/repositories/NAME) "
                    + "or a SPARQL endpoint that accepts updates (http://host:3030/DATASET).")
    String to;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "rdf4j or sparql (default: rdf4j when the URL has /repositories/ in it, else sparql).")
    RemoteStore.Kind kind;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "100",
            description = "Graphs per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "4",
            description = "Tries again this often when the remote cannot be reached or is unavailable, waiting "
                    + "1 s, 2 s, 4 s… (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--all", description = "Send every graph, even those the remote already has (after it was emptied).")
    boolean all;

    @Option(names = "--user", paramLabel = "NAME:PASSWORD", description = "HTTP Basic credentials for the remote.")
    String user;

    @Override
    public Integer call() throws Exception {
        String url = checkedUrl();
        if (batch < 1) {
            throw new UsageProblem("--batch must be at least 1 (got " + batch + ")");
        }
        if (retries < 0) {
            throw new UsageProblem("--retries must not be negative (got " + retries + ")");
        }
        String name = null;
        String password = null;
        if (user != null) {
            int colon = user.indexOf(':');
            if (colon < 1) {
                throw new UsageProblem("--user must be NAME:PASSWORD");
            }
            name = user.substring(0, colon);
            password = user.substring(colon + 1);
        }
        var err = spec.commandLine().getErr();
        RemoteStore.Kind k = kind != null ? kind : RemoteStore.Kind.guess(url);
        try (IsnadStore db = IsnadStore.openExisting(store.db);
             RemoteStore remote = new RemoteStore(url, k, name, password)) {
            Backoff backoff = new Backoff(retries, Duration.ofSeconds(1), Backoff.REAL);
            Pusher.Result r;
            Pusher counter = new Pusher(db, remote, batch, backoff, Pusher.Listener.NONE);
            try (Progress progress = new Progress(err, counter.graphs().size(), "push")) {
                Pusher pusher = new Pusher(db, remote, batch, backoff, new Pusher.Listener() {
                    @Override
                    public void examined(String graph) {
                        progress.step();
                    }

                    @Override
                    public void retrying(int attempt, Exception cause, Duration wait) {
                        err.println("push: " + url + " failed (" + cause.getMessage() + "); try " + (attempt + 1)
                                + " in " + wait.toSeconds() + " s");
                        err.flush();
                    }
                });
                r = pusher.push(all);
            }
            spec.commandLine().getOut().printf("pushed %d graph(s) (%d triples) in %d batch(es) to %s (%s); "
                            + "%d unchanged, %d removed%n", r.sent(), r.triples(), r.batches(), url, k, r.unchanged(),
                    r.removed());
            spec.commandLine().getOut().flush();
        }
        return IsnadCli.OK;
    }

    /** An http(s) URL, without a trailing slash so that the same remote is always named the same. */
    private String checkedUrl() {
        try {
            URI uri = new URI(to);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                throw new UsageProblem("--to must be an http or https URL (got " + to + ")");
            }
        } catch (java.net.URISyntaxException e) {
            throw new UsageProblem("--to is not a URL: " + e.getMessage());
        }
        return to.replaceAll("/+$", "");
    }
}
