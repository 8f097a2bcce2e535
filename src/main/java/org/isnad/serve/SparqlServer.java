package org.isnad.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.tdb2.TDB2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The serve stage: an embedded Fuseki on the store, read-only. {@code /isnad/sparql} answers SPARQL
 * queries over the union of all documents and {@code /isnad/get} serves graphs (Graph Store
 * Protocol, read). No update endpoint exists, SERVICE calls to other endpoints are refused, queries
 * are stopped after a timeout, and browsers may call it only from the origins given.
 */
public final class SparqlServer implements AutoCloseable {
    public static final String DATASET = "/isnad";

    private final FusekiServer server;

    private SparqlServer(FusekiServer server) {
        this.server = server;
    }

    /**
     * Starts the server.
     *
     * @param host           "127.0.0.1" (loopback only) or an address to listen on
     * @param port           0 picks a free port
     * @param timeoutSeconds longest a query may run
     * @param corsOrigins    origins allowed to call from a browser; empty means none
     */
    public static SparqlServer start(Dataset dataset, String host, int port, long timeoutSeconds, List<String> corsOrigins) {
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeoutSeconds * 1000));
        dataset.getContext().set(Service.httpServiceAllowed, false);
        dataset.getContext().set(Service.serviceAllowed, false);
        DataService service = DataService.newBuilder(dataset.asDatasetGraph())
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get")
                .build();
        FusekiServer.Builder b = FusekiServer.create()
                .port(port)
                .loopback(isLoopback(host))
                .add(DATASET, service)
                .enablePing(true)
                .enableStats(false)
                .enableTasks(false)
                .enableCompact(false)
                .verbose(false);
        WebFeatures.install(b, dataset);
        if (corsOrigins.isEmpty()) {
            b.enableCors(false);
        } else {
            b.enableCors(true, corsConfig(corsOrigins).toString());
        }
        FusekiServer server = b.build();
        server.start();
        return new SparqlServer(server);
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    /** Fuseki's CORS filter reads its settings from a properties file. */
    private static Path corsConfig(List<String> origins) {
        try {
            Path f = Files.createTempFile("isnad-cors", ".properties");
            f.toFile().deleteOnExit();
            Files.writeString(f, "allowedOrigins=" + String.join(",", origins) + "\n"
                    + "allowedMethods=GET,POST,OPTIONS\n"
                    + "allowedHeaders=X-Requested-With,Content-Type,Accept,Origin,Authorization\n", StandardCharsets.UTF_8);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getHttpPort();
    }

    public String endpoint(String host) {
        return "http://" + host + ":" + port() + DATASET + "/sparql";
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
