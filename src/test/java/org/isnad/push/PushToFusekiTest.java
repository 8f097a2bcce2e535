package org.isnad.push;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.isnad.rdf.Vocab;
import org.isnad.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code isnad push} to a real Fuseki on loopback, through RDF4J's SPARQLRepository. */
class PushToFusekiTest {
    static final Path V1 = Cli.INPUTS.resolve("replace_v1.json");
    static final Path V2 = Cli.INPUTS.resolve("replace_v2.json");
    static final Node MARK_P = NodeFactory.createURI("urn:test:pushedBefore");

    @TempDir
    Path db;
    @TempDir
    Path scratch;

    @BeforeEach
    void store() {
        Cli.ok("ingest", "--db", db, Cli.SEEDS, Cli.INPUTS.resolve("good_en.txt"), V1);
    }

    private Map<String, Graph> local() {
        return localGraphs(db, scratch);
    }

    /** Every graph of the local store, as an export gives them (the push ledger left out). */
    static Map<String, Graph> localGraphs(Path db, Path scratch) {
        Path nq = scratch.resolve("local.nq");
        Cli.ok("export", "--db", db, "--format", "nquads", "-o", nq);
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(nq.toString());
        Map<String, Graph> out = new TreeMap<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(g).find().forEachRemaining(copy::add);
            out.put(g.getURI(), copy);
        });
        return out;
    }

    static void assertSameGraphs(Map<String, Graph> expected, Map<String, Graph> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "graph names");
        expected.forEach((name, g) -> {
            Graph other = actual.get(name);
            assertEquals(g.size(), other.size(), () -> name + ": number of triples");
            assertTrue(g.isIsomorphicWith(other), () -> name + ": triples differ");
        });
    }

    private Cli.Result push(RemoteFuseki remote, Object... extra) {
        Object[] args = new Object[6 + extra.length];
        System.arraycopy(new Object[] {"push", "--db", db, "--to", remote.url(), "--retries"}, 0, args, 0, 6);
        System.arraycopy(extra, 0, args, 6, extra.length);
        if (extra.length == 0 || !(extra[0] instanceof Integer)) {
            Object[] withRetries = new Object[args.length + 1];
            System.arraycopy(args, 0, withRetries, 0, 6);
            withRetries[6] = "0";
            System.arraycopy(args, 6, withRetries, 7, args.length - 6);
            args = withRetries;
        }
        return Cli.run(args);
    }

    @Test
    void theRemoteHoldsTheSameQuadsPerGraph() {
        try (RemoteFuseki remote = new RemoteFuseki()) {
            Cli.Result r = push(remote);
            assertEquals(0, r.code(), r.describe());
            Map<String, Graph> local = local();
            assertTrue(local.containsKey(Vocab.EVENTS_GRAPH), "the events graph is there to push");
            assertTrue(local.size() >= 4, "three documents and the events graph: " + local.keySet());
            assertSameGraphs(local, remote.graphs());
            assertFalse(remote.graphs().containsKey(Vocab.PUSH_GRAPH), "the push ledger stays local");
            assertTrue(r.out().contains("pushed " + local.size() + " graph(s)"), r.out());
        }
    }

    @Test
    void aSecondPushSendsNothing() {
        try (RemoteFuseki remote = new RemoteFuseki()) {
            assertEquals(0, push(remote).code());
            int updatesAfterFirst = remote.updates.get();
            Map<String, Graph> before = remote.graphs();
            before.keySet().forEach(g -> remote.mark(g, NodeFactory.createURI(g), MARK_P, NodeFactory.createLiteralString("x")));

            Cli.Result again = push(remote);
            assertEquals(0, again.code(), again.describe());
            assertTrue(again.out().contains("pushed 0 graph(s)"), again.out());
            assertTrue(again.out().contains(before.size() + " unchanged"), again.out());
            assertEquals(updatesAfterFirst, remote.updates.get(), "no update request was sent");
            remote.graphs().forEach((g, graph) -> assertTrue(graph.contains(NodeFactory.createURI(g), MARK_P, Node.ANY),
                    g + " was sent again"));
        }
    }

    @Test
    void aChangedDocumentIsTheOnlyDocumentSentAgain() {
        try (RemoteFuseki remote = new RemoteFuseki()) {
            assertEquals(0, push(remote).code());
            Map<String, Graph> first = local();
            remote.graphs().keySet().forEach(g -> remote.mark(g, NodeFactory.createURI(g), MARK_P, NodeFactory.createLiteralString("x")));

            Cli.ok("ingest", "--db", db, V2);
            Map<String, Graph> second = local();
            java.util.Set<String> changed = new java.util.TreeSet<>();
            second.forEach((g, graph) -> {
                if (!first.containsKey(g) || !first.get(g).isIsomorphicWith(graph)) {
                    changed.add(g);
                }
            });
            assertFalse(changed.isEmpty());
            assertTrue(changed.size() < second.size(), "some graphs did not change: " + changed);

            Cli.Result r = push(remote);
            assertEquals(0, r.code(), r.describe());
            assertTrue(r.out().contains("pushed " + changed.size() + " graph(s)"), r.out());
            Map<String, Graph> remoteGraphs = remote.graphs();
            for (String g : second.keySet()) {
                boolean marked = remoteGraphs.get(g).contains(NodeFactory.createURI(g), MARK_P, Node.ANY);
                assertEquals(!changed.contains(g), marked, g + (marked ? " was not replaced" : " was sent though unchanged"));
                remoteGraphs.get(g).remove(NodeFactory.createURI(g), MARK_P, Node.ANY);
            }
            assertSameGraphs(second, remoteGraphs);
        }
    }

    @Test
    void anInterruptedPushResumesWithTheGraphsNotYetSent() {
        try (RemoteFuseki remote = new RemoteFuseki()) {
            int graphs = local().size();
            remote.refuse = n -> n > 2;
            Cli.Result broken = push(remote, "--batch", "1");
            assertEquals(5, broken.code(), broken.describe());
            assertEquals(2, remote.graphs().size(), "two batches of one graph got through");

            remote.refuse = n -> false;
            Cli.Result resumed = push(remote, "--batch", "1");
            assertEquals(0, resumed.code(), resumed.describe());
            assertTrue(resumed.out().contains("pushed " + (graphs - 2) + " graph(s)"), resumed.out());
            assertTrue(resumed.out().contains("2 unchanged"), resumed.out());
            assertSameGraphs(local(), remote.graphs());
        }
    }

    @Test
    void anUnavailableRemoteIsTriedAgain() {
        try (RemoteFuseki remote = new RemoteFuseki()) {
            remote.refuse = n -> n <= 1;
            Cli.Result r = Cli.run("push", "--db", db, "--to", remote.url(), "--retries", "2");
            assertEquals(0, r.code(), r.describe());
            assertTrue(r.err().contains("try 2"), r.err());
            assertSameGraphs(local(), remote.graphs());
        }
    }

    @Test
    void anUnreachableRemoteGivesExitCode5AndSaysSo() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Cli.Result r = Cli.run("push", "--db", db, "--to", "http://127.0.0.1:" + port + "/ds", "--retries", "1");
        assertEquals(5, r.code(), r.describe());
        assertTrue(r.err().contains("cannot reach http://127.0.0.1:" + port + "/ds"), r.err());
        assertTrue(r.err().contains("after 2 tries"), r.err());
    }

    @Test
    void aRemoteThatRefusesUpdatesGivesExitCode5WithoutRetrying() {
        try (RemoteFuseki remote = new RemoteFuseki()) {
            remote.refuse = n -> true;
            remote.status = 403;
            Cli.Result r = Cli.run("push", "--db", db, "--to", remote.url(), "--retries", "3");
            assertEquals(5, r.code(), r.describe());
            assertTrue(r.err().contains("refused the push"), r.err());
            assertEquals(1, remote.updates.get(), "a refusal is not retried");
            assertTrue(remote.graphs().isEmpty());
        }
    }

    /** The ledger a push writes into the local store changes nothing that merge, export or validate give. */
    @Test
    void theLedgerIsInvisibleToMergeExportAndValidate() {
        Map<String, Graph> before = local();
        try (RemoteFuseki remote = new RemoteFuseki()) {
            assertEquals(0, push(remote).code());
        }
        Cli.Result merge = Cli.run("merge", "--db", db);
        assertEquals(0, merge.code(), merge.describe());
        Map<String, Graph> after = local();
        assertFalse(after.containsKey(Vocab.PUSH_GRAPH), "export leaves the ledger out");
        assertSameGraphs(before, after);
        Cli.Result validate = Cli.run("validate", "--db", db);
        assertEquals(0, validate.code(), validate.describe());
    }

    @Test
    void aRemoteThatNeedsCredentialsTakesUserAndRefusesWithout() {
        try (RemoteFuseki remote = new RemoteFuseki(true, "editor", "s3cret-pass")) {
            Cli.Result without = Cli.run("push", "--db", db, "--to", remote.url(), "--retries", "0");
            assertEquals(5, without.code(), without.describe());
            assertTrue(without.err().contains("refused the push"), without.err());
            assertTrue(without.err().contains("--user"), without.err());
            assertTrue(remote.graphs().isEmpty());

            Cli.Result with = Cli.run("push", "--db", db, "--to", remote.url(), "--retries", "0", "--user", "editor:s3cret-pass");
            assertEquals(0, with.code(), with.describe());
            assertSameGraphs(local(), remote.graphs());
        }
    }
}
