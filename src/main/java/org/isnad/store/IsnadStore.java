package org.isnad.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.isnad.rdf.Vocab;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The TDB2 store: one named graph per document, the union of all graphs as the default graph for
 * queries. Every access runs inside {@link Txn}; nothing read outlives its transaction.
 */
public final class IsnadStore implements AutoCloseable {
    /** What ingesting one document did. */
    public enum Outcome { ADDED, REPLACED, UNCHANGED }

    /**
     * One document ready to store: its graph name, its triples and the hash of the input they were
     * extracted from (see {@code Extractor.inputHash}), or null when there is none to record.
     */
    public record DocumentGraph(String iri, Model model, Model shared, String inputHash) {
        /** A document's full mapping, split into its own graph and what it shares ({@link SharedFacts}). */
        public DocumentGraph(String iri, Model model, String inputHash) {
            this(iri, SharedFacts.without(model), SharedFacts.of(model), inputHash);
        }

        public DocumentGraph(String iri, Model model) {
            this(iri, model, null);
        }
    }

    private static final int OPEN_CHECK_QUADS = 2000;

    static {
        QueryGuards.install();
    }

    private final Path location;
    private final Dataset dataset;
    private boolean closed;

    private IsnadStore(Path location, Dataset dataset) {
        this.location = location;
        this.dataset = dataset;
    }

    /**
     * Opens (creating if needed) the store in {@code dir}. A store held by another process or one
     * whose files are damaged gives a {@link StoreProblem} that says so.
     */
    public static IsnadStore open(Path dir) throws StoreProblem {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new StoreProblem(dir + " is a file, not a store folder");
            }
            Files.createDirectories(dir);
            Dataset ds = StoreSettings.connect(dir);
            // Read a sample of quads now, decoding their terms, so a damaged store fails here with a
            // clear message rather than mid-ingest or with garbage rows.
            Txn.executeRead(ds, () -> {
                var it = ds.asDatasetGraph().find(null, null, null, null);
                for (int n = 0; n < OPEN_CHECK_QUADS && it.hasNext(); n++) {
                    org.apache.jena.sparql.core.Quad q = it.next();
                    if (q.getSubject() == null || q.getPredicate() == null || q.getObject() == null
                            || !q.getPredicate().isURI()) {
                        throw new IllegalStateException("undecodable term in quad " + n);
                    }
                    q.getObject().toString();
                }
            });
            return new IsnadStore(dir, ds);
        } catch (StoreProblem e) {
            throw e;
        } catch (Exception e) {
            throw StoreProblem.explain(dir, e);
        }
    }

    /**
     * Opens a store that must already exist: every command but ingest, so that a mistyped --db is an
     * error instead of a new empty store that answers nothing.
     */
    public static IsnadStore openExisting(Path dir) throws StoreProblem {
        if (!Files.isDirectory(dir)) {
            throw new StoreProblem("no store at " + dir + (Files.exists(dir) ? " (it is a file)" : "")
                    + ": check --db, or create one with 'isnad ingest --db " + dir + " FILES'");
        }
        if (!isStore(dir)) {
            throw new StoreProblem(dir + " is not an Isnad store (no TDB2 data in it): check --db");
        }
        return open(dir);
    }

    /** Whether {@code dir} holds a TDB2 store: its data lives in Data-NNNN generations. */
    static boolean isStore(Path dir) {
        try (var children = Files.list(dir)) {
            return children.anyMatch(p -> p.getFileName().toString().matches("Data-\\d+") && Files.isDirectory(p));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public Path location() {
        return location;
    }

    /**
     * Work that belongs in the same write transaction as the documents it concerns: the cross-document
     * stage (org.isnad.merge), which must see a document's old graph before it is replaced and every
     * changed document after the batch is written. Unchanged documents are not shown to it.
     */
    public interface AfterWrite {
        AfterWrite NONE = (dsg, changed) -> { };

        /** Called while a stored document's old graph is still there, just before it is replaced. */
        default void beforeReplace(DatasetGraph dsg, Node document) {
        }

        /** Called once the batch's graphs are written, with the documents added or replaced and their new graphs. */
        void afterWrite(DatasetGraph dsg, Map<Node, Graph> changed);

        /** Called when the write transaction was undone (it failed, or its commit did): nothing it did is stored. */
        default void afterAbort() {
        }
    }

    /**
     * Stores a batch of documents in one write transaction: each replaces its own graph, or is left
     * as it is when the stored graph already holds exactly the same triples.
     */
    public List<Outcome> store(List<DocumentGraph> batch) {
        return store(batch, AfterWrite.NONE);
    }

    /** As {@link #store(List)}, running {@code after} inside the same write transaction. */
    public List<Outcome> store(List<DocumentGraph> batch, AfterWrite after) {
        DiskSpace.ensure(location, batch.stream().mapToLong(d -> d.model().size()).sum());
        try {
            return write(batch, after);
        } catch (RuntimeException | Error e) {
            after.afterAbort();
            if (DiskSpace.isFull(e)) {
                throw new StoreFailure(DiskSpace.full(location) + " while writing a batch of " + batch.size()
                        + " document(s); that batch was not stored, every batch before it was", e);
            }
            throw e;
        }
    }

    private List<Outcome> write(List<DocumentGraph> batch, AfterWrite after) {
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<Outcome> out = new ArrayList<>(batch.size());
            Map<Node, Graph> changed = new java.util.LinkedHashMap<>();
            java.util.Set<Node> unnamed = new java.util.HashSet<>();
            for (DocumentGraph d : batch) {
                Node name = NodeFactory.createURI(d.iri());
                Graph incoming = d.model().getGraph();
                if (dsg.containsGraph(name)) {
                    if (sameTriples(dsg.getGraph(name), name, incoming)) {
                        // Same graph from another input (or one stored without a hash): record the new hash
                        // so that the next ingest of this input is skipped too; nothing else changes.
                        recordHash(dsg, name, d.inputHash());
                        out.add(Outcome.UNCHANGED);
                        continue;
                    }
                    after.beforeReplace(dsg, name);
                    unnamed.addAll(SharedFacts.described(dsg, name));
                    dsg.removeGraph(name);
                    copyInto(dsg, name, incoming);
                    out.add(Outcome.REPLACED);
                } else {
                    copyInto(dsg, name, incoming);
                    out.add(Outcome.ADDED);
                }
                // In the document's own graph, so that it is written and removed with it in the same transaction.
                recordHash(dsg, name, d.inputHash());
                copyInto(dsg, SharedFacts.GRAPH, d.shared().getGraph());
                changed.put(name, incoming);
            }
            SharedFacts.forgetUnnamed(dsg, unnamed);
            if (!changed.isEmpty()) {
                after.afterWrite(dsg, changed);
            }
            return out;
        });
    }

    /** Whether a stored graph holds exactly {@code incoming}'s triples, its input hash aside. */
    private static boolean sameTriples(Graph existing, Node name, Graph incoming) {
        Node hash = Vocab.inputHash.asNode();
        if (!existing.contains(name, hash, Node.ANY)) {
            return existing.size() == incoming.size() && existing.isIsomorphicWith(incoming);
        }
        if (existing.size() - 1 != incoming.size()) {
            return false;
        }
        Graph withoutHash = GraphFactory.createDefaultGraph();
        existing.find().forEachRemaining(t -> {
            if (!(t.getSubject().equals(name) && t.getPredicate().equals(hash))) {
                withoutHash.add(t);
            }
        });
        return withoutHash.isIsomorphicWith(incoming);
    }

    private static void recordHash(DatasetGraph dsg, Node name, String inputHash) {
        Node hash = Vocab.inputHash.asNode();
        Node value = inputHash == null ? null : NodeFactory.createLiteralString(inputHash);
        if (value != null && dsg.contains(name, name, hash, value)) {
            return;
        }
        dsg.deleteAny(name, name, hash, Node.ANY);
        if (value != null) {
            dsg.add(name, name, hash, value);
        }
    }

    /**
     * The input hash recorded with a stored document, or null when the document is not stored or was
     * stored without one. Ingest compares it with the hash of what it has just read, before extracting.
     */
    public String inputHash(String documentIri) {
        Node name = NodeFactory.createURI(documentIri);
        return Txn.calculateRead(dataset, () -> {
            var it = dataset.asDatasetGraph().find(name, name, Vocab.inputHash.asNode(), Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
    }

    /** Runs {@code work} in one write transaction (a rebuild of derived graphs, say). */
    public void write(java.util.function.Consumer<DatasetGraph> work) {
        Txn.executeWrite(dataset, () -> work.accept(dataset.asDatasetGraph()));
    }

    /**
     * Replaces, in one write transaction, what the link graph ({@link Vocab#WIKIDATA_GRAPH}) says
     * about the given entities (their own triples and those of their isnad:candidate nodes) with
     * {@code triples}. Document graphs are not touched.
     */
    public void replaceLinks(java.util.Collection<String> entityIris, Model triples) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node graph = NodeFactory.createURI(Vocab.WIKIDATA_GRAPH);
            Node candidate = Vocab.candidate.asNode();
            for (String iri : entityIris) {
                Node entity = NodeFactory.createURI(iri);
                List<Node> candidates = new ArrayList<>();
                dsg.find(graph, entity, candidate, Node.ANY).forEachRemaining(q -> candidates.add(q.getObject()));
                candidates.forEach(c -> dsg.deleteAny(graph, c, Node.ANY, Node.ANY));
                dsg.deleteAny(graph, entity, Node.ANY, Node.ANY);
            }
            copyInto(dsg, graph, triples.getGraph());
        });
    }

    private static void copyInto(DatasetGraph dsg, Node name, Graph g) {
        g.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /**
     * Runs a SELECT query over the union of all documents, with {@code params} bound as RDF terms
     * (never spliced into the text), and returns the results copied out of the transaction.
     */
    public ResultSetRewindable select(String sparql, Map<String, RDFNode> params, long timeoutSeconds) {
        return read(sparql, params, timeoutSeconds, qe -> ResultSetFactory.copyResults(qe.execSelect()));
    }

    public boolean ask(String sparql, Map<String, RDFNode> params, long timeoutSeconds) {
        return read(sparql, params, timeoutSeconds, QueryExecution::execAsk);
    }

    /** CONSTRUCT or DESCRIBE over the union graph, copied out of the transaction. */
    public Model construct(String sparql, Map<String, RDFNode> params, long timeoutSeconds) {
        return read(sparql, params, timeoutSeconds, qe -> {
            Model copy = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            copy.add(qe.getQuery().isDescribeType() ? qe.execDescribe() : qe.execConstruct());
            return copy;
        });
    }

    /** One query in one read transaction; {@code collect} must copy what it needs out of it. */
    private <T> T read(String sparql, Map<String, RDFNode> params, long timeoutSeconds,
                       java.util.function.Function<QueryExecution, T> collect) {
        Query query = QueryFactory.create(sparql);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                    .substitution(bindings(params))
                    .set(TDB2.symUnionDefaultGraph, true)
                    .set(org.apache.jena.sparql.exec.http.Service.serviceAllowed, false)
                    .timeout(timeoutSeconds, TimeUnit.SECONDS)
                    .build()) {
                return collect.apply(qe);
            }
        });
    }

    private static org.apache.jena.query.QuerySolutionMap bindings(Map<String, RDFNode> params) {
        org.apache.jena.query.QuerySolutionMap map = new org.apache.jena.query.QuerySolutionMap();
        params.forEach(map::add);
        return map;
    }

    /**
     * Writes the store: Turtle and JSON-LD give the union graph (or one graph), TriG and N-Quads keep
     * the per-document graphs. Every format but JSON-LD is streamed from one read transaction, so a
     * store of any size exports in little memory; Jena's JSON-LD writer needs the graph in memory.
     */
    public void export(RDFFormat format, String graphIri, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node name = graphIri == null ? null : NodeFactory.createURI(graphIri);
            // One document's graph comes with its linked entities' shared labels, as it was before they were shared.
            Graph shared = name != null ? SharedFacts.describedBy(dsg, name) : GraphFactory.createDefaultGraph();
            Graph own = name != null ? dsg.getGraph(name) : dsg.getUnionGraph();
            Graph g = shared.isEmpty() ? own : new org.apache.jena.graph.compose.Union(own, shared);
            if (!StreamRDFWriter.registered(format)) {
                Graph copy = GraphFactory.createDefaultGraph();
                g.find().filterDrop(IsnadStore::isLedger).forEachRemaining(copy::add);
                copy.getPrefixMapping().setNsPrefixes(standardPrefixes());
                RDFDataMgr.write(out, copy, format);
                return;
            }
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
            stream.start();
            standardPrefixes().forEach(stream::prefix);
            if (!org.apache.jena.riot.RDFLanguages.isQuads(format.getLang())) {
                g.find().filterDrop(IsnadStore::isLedger).forEachRemaining(stream::triple);
            } else if (name == null) {
                Node ledger = NodeFactory.createURI(Vocab.PUSH_GRAPH);
                dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (!q.getGraph().equals(ledger)) {
                        stream.quad(q);
                    }
                });
            } else {
                own.find().forEachRemaining(t -> stream.quad(org.apache.jena.sparql.core.Quad.create(name, t)));
                shared.find().forEachRemaining(t -> stream.quad(org.apache.jena.sparql.core.Quad.create(SharedFacts.GRAPH, t)));
            }
            stream.finish();
        });
    }

    /** The push ledger ({@link PushLedger}) is this store's own bookkeeping: exports leave it out. */
    private static boolean isLedger(org.apache.jena.graph.Triple t) {
        return t.getSubject().isURI() && t.getSubject().getURI().startsWith(PushLedger.ENTRY_PREFIX);
    }

    /**
     * Runs {@code work} on the union of all documents inside one read transaction, without copying
     * it, so that whole-store checks work at any store size.
     */
    public <T> T readUnion(java.util.function.Function<Graph, T> work) {
        return Txn.calculateRead(dataset, () -> work.apply(dataset.asDatasetGraph().getUnionGraph()));
    }

    public static Map<String, String> standardPrefixes() {
        return Map.of("isnad", Vocab.NS, "nif", Vocab.NIF, "prov", Vocab.PROV, "schema", Vocab.SCHEMA,
                "dcterms", Vocab.DCTERMS, "owl", "http://www.w3.org/2002/07/owl#",
                "rdfs", "http://www.w3.org/2000/01/rdf-schema#", "xsd", "http://www.w3.org/2001/XMLSchema#",
                "wd", Vocab.WIKIDATA);
    }

    /** A copy of the union of all documents' graphs, for whole-store checks such as SHACL validation. */
    public Graph unionCopy() {
        return Txn.calculateRead(dataset, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.asDatasetGraph().getUnionGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /** Whether a graph with this name is stored. */
    public boolean hasGraph(String iri) {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().containsGraph(NodeFactory.createURI(iri)));
    }

    /** Number of triples in one named graph (0 when absent). */
    public long graphSize(String iri) {
        return Txn.calculateRead(dataset, () -> (long) dataset.asDatasetGraph().getGraph(NodeFactory.createURI(iri)).size());
    }

    /** Whether the store holds no quad at all (no document, no derived graph, no push ledger). */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().isEmpty());
    }

    /** Number of quads in the whole store. */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /** The dataset, for the Fuseki server that shares this process. */
    public Dataset dataset() {
        return dataset;
    }

    @Override
    public void close() {
        // A bulk load closes the store it moved its data into; the caller's close comes after.
        if (closed) {
            return;
        }
        closed = true;
        dataset.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }
}
