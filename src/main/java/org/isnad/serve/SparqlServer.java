package org.isnad.serve;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.tdb2.TDB2;
import org.isnad.store.QueryGuards;

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
    /** Longest request body or query string, in bytes: far above any hand-written or bundled query. */
    public static final long MAX_REQUEST_BYTES = 256 * 1024;

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
        return start(dataset, host, port, timeoutSeconds, corsOrigins, null);
    }

    /**
     * As above; with a {@code passwordFile} (Jetty realm format, "user: password" lines) every request
     * must carry HTTP Basic credentials from it.
     */
    public static SparqlServer start(Dataset dataset, String host, int port, long timeoutSeconds, List<String> corsOrigins,
                                     Path passwordFile) {
        return start(dataset, host, port, timeoutSeconds, corsOrigins, passwordFile, java.util.Map.of());
    }

    /** As above, with more servlets by path (such as {@link IngestServlet}), which set their own size limits. */
    public static SparqlServer start(Dataset dataset, String host, int port, long timeoutSeconds, List<String> corsOrigins,
                                     Path passwordFile, java.util.Map<String, jakarta.servlet.http.HttpServlet> servlets) {
        QueryGuards.install();
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
                .loopback(Listen.isLoopback(host))
                .add(DATASET, service)
                .addFilter("/*", new RequestLimits(MAX_REQUEST_BYTES, servlets.keySet()))
                .enablePing(true)
                .enableStats(false)
                // Compaction while serving (POST /$/compact/isnad?deleteOld=true) and its task status.
                .enableTasks(true)
                .enableCompact(true)
                .verbose(false);
        servlets.forEach(b::addServlet);
        WebFeatures.install(b, dataset);
        if (passwordFile != null) {
            // Read once (Fuseki's passwordFile() rescans the file on a thread that outlives the server).
            b.securityHandler(JettySecurityLib.makeSecurityHandler(Auth.dftRealm, Passwords.read(passwordFile),
                    AuthScheme.BASIC)).serverAuthPolicy(Auth.ANY_USER);
        }
        if (corsOrigins.isEmpty()) {
            b.enableCors(false);
        } else {
            b.enableCors(true, corsConfig(CorsOrigins.validate(corsOrigins)).toString());
        }
        FusekiServer server = b.build();
        Listen.bindExactly(server.getJettyServer(), host);
        server.start();
        return new SparqlServer(server);
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
        return Listen.url(host, port()) + DATASET + "/sparql";
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
