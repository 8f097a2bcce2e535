package org.isnad.push;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * A real Fuseki on a loopback port with an in-memory dataset at /ds that accepts updates: the remote
 * store a push writes to. {@code refuse} decides, by the number of the update request (from 1), whether
 * the server answers it with {@code status} instead of running it: an outage, or a refusal, on demand.
 */
final class RemoteFuseki implements AutoCloseable {
    final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    final AtomicInteger updates = new AtomicInteger();
    private final FusekiServer server;
    volatile IntPredicate refuse = n -> false;
    volatile int status = 503;

    RemoteFuseki() {
        this(true);
    }

    RemoteFuseki(boolean allowUpdate) {
        this(allowUpdate, null, null);
    }

    /** With {@code user} not null, every request needs HTTP Basic credentials {@code user:password}. */
    RemoteFuseki(boolean allowUpdate, String user, String password) {
        Filter counting = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            if ("POST".equals(http.getMethod())) {
                int n = updates.incrementAndGet();
                if (refuse.test(n)) {
                    ((HttpServletResponse) response).sendError(status);
                    return;
                }
            }
            chain.doFilter(request, response);
        };
        FusekiServer.Builder b = FusekiServer.create().port(0).loopback(true).add("/ds", dataset, allowUpdate)
                .addFilter("/*", counting);
        if (user != null) {
            org.eclipse.jetty.security.UserStore users = new org.eclipse.jetty.security.UserStore();
            org.apache.jena.fuseki.main.JettySecurityLib.addUser(users, user, password);
            b.securityHandler(org.apache.jena.fuseki.main.JettySecurityLib.makeSecurityHandler(
                    org.apache.jena.fuseki.auth.Auth.dftRealm, users, org.apache.jena.atlas.web.AuthScheme.BASIC))
                    .serverAuthPolicy(org.apache.jena.fuseki.auth.Auth.ANY_USER);
        }
        server = b.build().start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getHttpPort() + "/ds";
    }

    /** A copy of every named graph the remote holds. */
    Map<String, Graph> graphs() {
        return Txn.calculateRead(dataset, () -> {
            Map<String, Graph> out = new TreeMap<>();
            dataset.find().forEachRemaining(q -> {
                if (!q.isDefaultGraph()) {
                    out.computeIfAbsent(q.getGraph().getURI(), g -> GraphFactory.createDefaultGraph()).add(q.asTriple());
                }
            });
            return out;
        });
    }

    /** Adds a triple to a remote graph behind the push's back, to see whether a later push replaces the graph. */
    void mark(String graph, Node s, Node p, Node o) {
        Txn.executeWrite(dataset, () -> dataset.add(org.apache.jena.graph.NodeFactory.createURI(graph), s, p, o));
    }

    @Override
    public void close() {
        server.stop();
    }
}
