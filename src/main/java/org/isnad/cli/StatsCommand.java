package org.isnad.cli;

import org.isnad.store.IsnadStore;
import org.isnad.store.Maintenance;
import org.isnad.store.StoreStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code isnad stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts the store's documents, entities, events (meetings included), claims and quads, its "
                + "size on disk and the time of its last change, all from one snapshot.")
final class StatsCommand implements Callable<Integer> {
    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--server", paramLabel = "URL",
            description = "Ask a running server (http://127.0.0.1:3030) instead: the counts, without bytes and last change.")
    String server;

    @Option(names = "--user", paramLabel = "NAME:PASSWORD", description = "Credentials for a server started with --password-file.")
    String user;

    @Override
    public Integer call() throws Exception {
        StoreStats s;
        if (server != null) {
            s = fromServer();
        } else {
            try (IsnadStore db = IsnadStore.openExisting(store.db)) {
                s = Maintenance.stats(db);
            }
        }
        var out = spec.commandLine().getOut();
        if (format == Format.json) {
            var json = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                    .put("store", server != null ? server : store.db.toString()).put("documents", s.documents()).put("entities", s.entities())
                    .put("events", s.events()).put("claims", s.claims()).put("quads", s.quads()).put("bytes", s.bytes() < 0 ? null : s.bytes())
                    .put("last_change", s.lastChange() == null ? null : s.lastChange().toString());
            out.println(json.toPrettyString());
        } else {
            out.printf("store        %s%ndocuments    %d%nentities     %d%nevents       %d%nclaims       %d%n"
                            + "quads        %d%nbytes        %s%nlast change  %s%n", server != null ? server : store.db,
                    s.documents(), s.entities(), s.events(), s.claims(), s.quads(), s.bytes() < 0 ? "-" : s.bytes(),
                    s.lastChange() == null ? "-" : s.lastChange());
        }
        out.flush();
        return IsnadCli.OK;
    }

    /** The same counts through the server's SPARQL endpoint (one query, so one snapshot). */
    private StoreStats fromServer() throws Exception {
        String query = StoreStats.COUNTS.replace("SELECT\n", "SELECT (COUNT(?q) AS ?quads)\n")
                .replace("UNION { ?claim a isnad:Claim }", "UNION { ?claim a isnad:Claim } UNION { GRAPH ?g { ?q ?qp ?qo } }");
        ServerClient client = new ServerClient(server, user);
        var req = client.request(org.isnad.serve.SparqlServer.DATASET + "/sparql")
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(query)).build();
        com.fasterxml.jackson.databind.JsonNode row;
        try (var in = client.send(req).body()) {
            row = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("results").path("bindings").path(0);
        }
        return new StoreStats(n(row, "documents"), n(row, "entities"), n(row, "events"), n(row, "claims"), n(row, "quads"), -1, null);
    }

    private static long n(com.fasterxml.jackson.databind.JsonNode row, String var) {
        return row.path(var).path("value").asLong();
    }
}
