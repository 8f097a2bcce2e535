package org.isnad.serve.web;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Read-only SPARQL over the union of the store's graphs for the pages and services, each query in its
 * own read transaction, its answer copied out. Parameters are bound as RDF terms, never pasted in.
 */
public final class Sparql {
    private static final long TIMEOUT_SECONDS = 20;
    private final Dataset dataset;

    public Sparql(Dataset dataset) {
        this.dataset = dataset;
    }

    public List<QuerySolution> select(String sparql, Map<String, ? extends RDFNode> params) {
        Query query = QueryFactory.create(sparql);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = execution(query, params)) {
                List<QuerySolution> rows = new ArrayList<>();
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    // TDB resolves terms lazily: copy each one while the transaction is open.
                    QuerySolution row = rs.next();
                    QuerySolutionMap copy = new QuerySolutionMap();
                    row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                    rows.add(copy);
                }
                return rows;
            }
        });
    }

    public List<QuerySolution> select(String sparql) {
        return select(sparql, Map.of());
    }

    public Model construct(String sparql, Map<String, ? extends RDFNode> params) {
        Query query = QueryFactory.create(sparql);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = execution(query, params)) {
                Model copy = ModelFactory.createDefaultModel();
                copy.add(qe.execConstruct());
                return copy;
            }
        });
    }

    private QueryExecution execution(Query query, Map<String, ? extends RDFNode> params) {
        QuerySolutionMap binding = new QuerySolutionMap();
        params.forEach(binding::add);
        return QueryExecution.dataset(dataset).query(query).substitution(binding)
                .set(TDB2.symUnionDefaultGraph, true)
                .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build();
    }

    /** Reads the store's quads directly, inside one read transaction; {@code read} must copy what it keeps. */
    public <T> T read(java.util.function.Function<org.apache.jena.sparql.core.DatasetGraph, T> read) {
        return Txn.calculateRead(dataset, () -> read.apply(dataset.asDatasetGraph()));
    }

    /**
     * A number that changes whenever the store may have changed: the count of write transactions
     * begun on it. Indexes built from the store are rebuilt when it moves.
     */
    public long version() {
        if (TDBInternal.isTDB2(dataset.asDatasetGraph())) {
            var txn = TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph()).getTxnSystem().getTxnMgr();
            // Odd while a write is open, so that an index built during it is rebuilt after it.
            return txn.countBeginWrite() * 2 + (txn.countActiveWriter() > 0 ? 1 : 0);
        }
        return -1;
    }
}
