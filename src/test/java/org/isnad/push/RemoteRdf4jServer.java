package org.isnad.push;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.jetty.ee8.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * A real RDF4J Server (the project's own rdf4j-http-server war, from Maven Central) in Jetty 12's EE8
 * environment on a loopback port, with one in-memory repository created through its REST API.
 */
final class RemoteRdf4jServer implements AutoCloseable {
    static final String WAR_PROPERTY = "isnad.test.rdf4jServerWar";
    private static final String CONFIG = """
            @prefix rep: <http://www.openrdf.org/config/repository#> .
            @prefix sr: <http://www.openrdf.org/config/repository/sail#> .
            @prefix sail: <http://www.openrdf.org/config/sail#> .
            [] a rep:Repository ; rep:repositoryID "%s" ;
               rep:repositoryImpl [ rep:repositoryType "openrdf:SailRepository" ;
                                    sr:sailImpl [ sail:sailType "openrdf:MemoryStore" ] ] .
            """;

    private final Server server;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Starts the server with its data under {@code dataDir}; the war's path comes from the build. */
    RemoteRdf4jServer(Path dataDir) throws Exception {
        String war = System.getProperty(WAR_PROPERTY);
        if (war == null || !java.nio.file.Files.isRegularFile(Path.of(war))) {
            throw new IllegalStateException("no RDF4J Server war at " + war + ": run the tests through Maven, "
                    + "which sets -D" + WAR_PROPERTY);
        }
        System.setProperty("org.eclipse.rdf4j.appdata.basedir", dataDir.toString());
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        WebAppContext webapp = new WebAppContext();
        webapp.setContextPath("/rdf4j-server");
        webapp.setWar(war);
        webapp.setTempDirectory(dataDir.resolve("jetty").toFile());
        server.setHandler(webapp);
        server.start();
        if (!webapp.isAvailable()) {
            server.stop();
            throw new IllegalStateException("the RDF4J Server webapp did not start", webapp.getUnavailableException());
        }
        base = "http://127.0.0.1:" + connector.getLocalPort() + "/rdf4j-server";
    }

    /** The URL a repository with this id would have (whether or not it exists). */
    String createRepositoryUrlFor(String id) {
        return base + "/repositories/" + id;
    }

    /** Creates an in-memory repository and returns its URL. */
    String createRepository(String id) throws Exception {
        String url = base + "/repositories/" + id;
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(CONFIG.formatted(id))).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("creating repository " + id + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return url;
    }

    /** Every named graph of a repository, read back over its REST API as N-Quads. */
    Map<String, Graph> graphs(String repositoryUrl) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(repositoryUrl + "/statements"))
                .header("Accept", "application/n-quads").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("reading " + repositoryUrl + ": HTTP " + r.statusCode() + " " + r.body());
        }
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(r.body(), Lang.NQUADS).parse(dsg);
        Map<String, Graph> out = new TreeMap<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(g).find().forEachRemaining(copy::add);
            out.put(g.getURI(), copy);
        });
        return out;
    }

    /** Adds one triple to a graph over the REST API, behind the push's back. */
    void mark(String repositoryUrl, String graph, String ntriple) throws Exception {
        String url = repositoryUrl + "/statements?context=" + java.net.URLEncoder.encode("<" + graph + ">", StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/n-triples")
                .POST(HttpRequest.BodyPublishers.ofString(ntriple)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("marking " + graph + ": HTTP " + r.statusCode() + " " + r.body());
        }
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
