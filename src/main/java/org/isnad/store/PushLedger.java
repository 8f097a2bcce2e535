package org.isnad.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.isnad.rdf.Vocab;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was pushed to one remote store, kept in the local store's graph {@link Vocab#PUSH_GRAPH}: for
 * each graph sent, a hash of its content when it was sent. A push sends only the graphs whose hash
 * changed, and records each batch once the remote has committed it, so an interrupted push resumes
 * where it stopped. Graph content leaves this class as N-Triples text: Jena types stay on the store side.
 */
public final class PushLedger {
    /** One graph as it is now: its N-Triples and a hash of its set of triples. */
    public record GraphContent(String iri, String ntriples, long triples, String hash) {
    }

    /** Ledger entries are named under this prefix, and nothing else is. */
    static final String ENTRY_PREFIX = Vocab.ID + "push/";
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    private final IsnadStore store;
    private final String remote;
    private final Node ledger = NodeFactory.createURI(Vocab.PUSH_GRAPH);

    public PushLedger(IsnadStore store, String remote) {
        this.store = store;
        this.remote = remote;
    }

    /** The graphs a push publishes: every named graph but this ledger, documents first, sorted by name. */
    public List<String> graphs() {
        List<String> names = Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            store.dataset().asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && !g.equals(ledger)) {
                    out.add(g.getURI());
                }
            });
            return out;
        });
        names.sort((a, b) -> {
            int shared = Boolean.compare(isShared(a), isShared(b));
            return shared != 0 ? shared : a.compareTo(b);
        });
        return names;
    }

    private static boolean isShared(String iri) {
        return iri.equals(Vocab.WIKIDATA_GRAPH) || iri.equals(Vocab.EVENTS_GRAPH) || iri.equals(Vocab.ENTITIES_GRAPH);
    }

    /** Graph name to content hash, as last pushed to this remote. */
    public Map<String, String> pushed() {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Map<String, String> out = new LinkedHashMap<>();
            dsg.find(ledger, Node.ANY, Vocab.pushTarget.asNode(), NodeFactory.createLiteralString(remote))
                    .forEachRemaining(q -> {
                        Node graph = one(dsg, q.getSubject(), Vocab.pushedGraph.asNode());
                        Node hash = one(dsg, q.getSubject(), Vocab.contentHash.asNode());
                        if (graph != null && hash != null) {
                            out.put(graph.getURI(), hash.getLiteralLexicalForm());
                        }
                    });
            return out;
        });
    }

    private Node one(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(ledger, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** The current content of these graphs, read in one read transaction. */
    public List<GraphContent> read(List<String> iris) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<GraphContent> out = new ArrayList<>(iris.size());
            for (String iri : iris) {
                out.add(content(store.dataset().asDatasetGraph(), iri));
            }
            return out;
        });
    }

    private static GraphContent content(DatasetGraph dsg, String iri) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF stream = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NTRIPLES);
        stream.start();
        long[] n = {0};
        dsg.getGraph(NodeFactory.createURI(iri)).find().forEachRemaining(t -> {
            stream.triple(t);
            n[0]++;
        });
        stream.finish();
        String text = bytes.toString(StandardCharsets.UTF_8);
        return new GraphContent(iri, text, n[0], hash(text));
    }

    /**
     * A hash of a graph's set of triples that does not depend on their order: the sum of each
     * N-Triples line's SHA-256, so no sort of a large graph is needed. TDB2 keeps blank node labels,
     * so an unchanged graph writes the same lines.
     */
    static String hash(String ntriples) {
        MessageDigest sha = sha256();
        BigInteger sum = BigInteger.ZERO;
        for (String line : ntriples.split("\n")) {
            if (!line.isBlank()) {
                sum = sum.add(new BigInteger(1, sha.digest(line.strip().getBytes(StandardCharsets.UTF_8))));
            }
        }
        return sum.mod(MODULUS).toString(16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    /** Records, in one write transaction, that these graphs now hold this content at the remote. */
    public void recordSent(Collection<GraphContent> sent) {
        Txn.executeWrite(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Node now = NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime);
            for (GraphContent g : sent) {
                Node entry = entry(g.iri());
                dsg.deleteAny(ledger, entry, Node.ANY, Node.ANY);
                dsg.add(ledger, entry, Vocab.pushTarget.asNode(), NodeFactory.createLiteralString(remote));
                dsg.add(ledger, entry, Vocab.pushedGraph.asNode(), NodeFactory.createURI(g.iri()));
                dsg.add(ledger, entry, Vocab.contentHash.asNode(), NodeFactory.createLiteralString(g.hash()));
                dsg.add(ledger, entry, Vocab.pushedAt.asNode(), now);
            }
        });
    }

    /** Records, in one write transaction, that these graphs were removed from the remote. */
    public void recordRemoved(Collection<String> iris) {
        Txn.executeWrite(store.dataset(), () -> {
            for (String iri : iris) {
                store.dataset().asDatasetGraph().deleteAny(ledger, entry(iri), Node.ANY, Node.ANY);
            }
        });
    }

    /** One ledger entry per remote and graph, named by a hash of both so that it is found again. */
    private Node entry(String graph) {
        byte[] digest = sha256().digest((remote + "\n" + graph).getBytes(StandardCharsets.UTF_8));
        return NodeFactory.createURI(ENTRY_PREFIX + HexFormat.of().formatHex(digest, 0, 16));
    }
}
