package org.isnad.push;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.repository.Repository;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.http.HTTPRepository;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.isnad.store.PushLedger.GraphContent;

import java.io.IOException;
import java.io.StringReader;
import java.util.Collection;
import java.util.Locale;

/**
 * The store graphs are pushed to, through RDF4J's Repository API: an RDF4J Server (or GraphDB)
 * repository through {@link HTTPRepository}, any other SPARQL 1.1 Update endpoint (Fuseki, QLever,
 * Virtuoso, …) through {@link SPARQLRepository}. Each batch is one transaction: every graph in it is
 * cleared and written again whole, so sending a batch twice leaves the remote as sending it once.
 */
public final class RemoteStore implements AutoCloseable {
    /** How to talk to the remote. */
    public enum Kind {
        rdf4j, sparql;

        /** An RDF4J Server repository URL has /repositories/NAME in it; anything else is a SPARQL endpoint. */
        public static Kind guess(String url) {
            return url.toLowerCase(Locale.ROOT).contains("/repositories/") ? rdf4j : sparql;
        }
    }

    private final String url;
    private final Kind kind;
    private final Repository repository;
    private final ValueFactory values = SimpleValueFactory.getInstance();

    /** A remote at {@code url}; {@code user} and {@code password} may be null (no authentication). */
    public RemoteStore(String url, Kind kind, String user, String password) {
        this.url = url;
        this.kind = kind;
        if (kind == Kind.rdf4j) {
            HTTPRepository http = new HTTPRepository(url);
            if (user != null) {
                http.setUsernameAndPassword(user, password);
            }
            repository = http;
        } else {
            SPARQLRepository sparql = new SPARQLRepository(url);
            if (user != null) {
                sparql.setUsernameAndPassword(user, password);
            }
            repository = sparql;
        }
        repository.init();
    }

    /** Names this remote in the ledger: the same URL spoken to another way is another remote. */
    public String id() {
        return kind + " " + url;
    }

    public String url() {
        return url;
    }

    /** Replaces each graph whole and clears each of {@code removed}, all in one transaction. */
    void replace(Collection<GraphContent> graphs, Collection<String> removed) throws IOException {
        try (RepositoryConnection c = repository.getConnection()) {
            if (kind == Kind.sparql) {
                c.prepareUpdate(QueryLanguage.SPARQL, update(graphs, removed)).execute();
                return;
            }
            c.begin();
            try {
                for (String iri : removed) {
                    c.clear(iri(iri));
                }
                for (GraphContent g : graphs) {
                    IRI context = iri(g.iri());
                    c.clear(context);
                    c.add(new StringReader(g.ntriples()), "", RDFFormat.NTRIPLES, context);
                }
                c.commit();
            } catch (RuntimeException | IOException e) {
                rollbackQuietly(c, e);
                throw e;
            }
        }
    }

    /**
     * A whole batch as one SPARQL 1.1 Update request, which the endpoint runs as one transaction.
     * SPARQLRepository's own transaction would say CLEAR GRAPH, which Fuseki and others refuse for a
     * graph they do not have yet; DROP SILENT is SPARQL's "if there is one". N-Triples lines are valid
     * triples inside INSERT DATA as they are.
     */
    static String update(Collection<GraphContent> graphs, Collection<String> removed) {
        StringBuilder u = new StringBuilder();
        for (String iri : removed) {
            u.append("DROP SILENT GRAPH <").append(iri).append("> ;\n");
        }
        for (GraphContent g : graphs) {
            u.append("DROP SILENT GRAPH <").append(g.iri()).append("> ;\n");
            u.append("INSERT DATA { GRAPH <").append(g.iri()).append("> {\n").append(g.ntriples()).append("} } ;\n");
        }
        return u.toString();
    }

    /** A failed batch is rolled back; a remote gone away cannot roll back, and its failure says why already. */
    private static void rollbackQuietly(RepositoryConnection c, Exception cause) {
        try {
            if (c.isActive()) {
                c.rollback();
            }
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private IRI iri(String iri) {
        return values.createIRI(iri);
    }

    @Override
    public void close() {
        repository.shutDown();
    }
}
