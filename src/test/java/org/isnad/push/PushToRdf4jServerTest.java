package org.isnad.push;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.isnad.rdf.Vocab;
import org.isnad.testutil.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code isnad push} to a real RDF4J Server on loopback, through RDF4J's HTTPRepository. */
class PushToRdf4jServerTest {
    static final Node MARK_P = NodeFactory.createURI("urn:test:pushedBefore");

    @TempDir
    static Path serverData;
    static RemoteRdf4jServer server;
    static int repositories;

    @TempDir
    Path db;
    @TempDir
    Path scratch;

    @BeforeAll
    static void start() throws Exception {
        server = new RemoteRdf4jServer(serverData);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void store() {
        Cli.ok("ingest", "--db", db, Cli.SEEDS, Cli.INPUTS.resolve("good_en.txt"), PushToFusekiTest.V1);
    }

    private static String newRepository() throws Exception {
        return server.createRepository("isnad" + (++repositories));
    }

    @Test
    void theRepositoryHoldsTheSameQuadsPerGraph() throws Exception {
        String repo = newRepository();
        Cli.Result r = Cli.run("push", "--db", db, "--to", repo, "--batch", "2");
        assertEquals(0, r.code(), r.describe());
        assertTrue(r.out().contains("(rdf4j)"), "a /repositories/ URL is spoken to as RDF4J Server: " + r.out());
        Map<String, Graph> local = PushToFusekiTest.localGraphs(db, scratch);
        assertTrue(local.containsKey(Vocab.EVENTS_GRAPH));
        PushToFusekiTest.assertSameGraphs(local, server.graphs(repo));
        int batches = (local.size() + 1) / 2; // --batch 2: the graphs two at a time
        assertTrue(r.out().contains("in " + batches + " batch(es)"), r.out());
    }

    @Test
    void onlyWhatChangedIsSentAgain() throws Exception {
        String repo = newRepository();
        assertEquals(0, Cli.run("push", "--db", db, "--to", repo).code());
        Map<String, Graph> first = PushToFusekiTest.localGraphs(db, scratch);
        for (String g : first.keySet()) {
            server.mark(repo, g, "<" + g + "> <" + MARK_P.getURI() + "> \"x\" .\n");
        }
        Cli.Result unchanged = Cli.run("push", "--db", db, "--to", repo);
        assertTrue(unchanged.out().contains("pushed 0 graph(s)"), unchanged.describe());

        Cli.ok("ingest", "--db", db, PushToFusekiTest.V2);
        Map<String, Graph> second = PushToFusekiTest.localGraphs(db, scratch);
        Set<String> changed = new TreeSet<>();
        second.forEach((g, graph) -> {
            if (!first.containsKey(g) || !first.get(g).isIsomorphicWith(graph)) {
                changed.add(g);
            }
        });
        assertFalse(changed.isEmpty());
        Cli.Result r = Cli.run("push", "--db", db, "--to", repo);
        assertEquals(0, r.code(), r.describe());
        assertTrue(r.out().contains("pushed " + changed.size() + " graph(s)"), r.out());
        Map<String, Graph> remote = server.graphs(repo);
        for (String g : second.keySet()) {
            boolean marked = remote.get(g).contains(NodeFactory.createURI(g), MARK_P, Node.ANY);
            assertEquals(!changed.contains(g), marked, g + (marked ? " was not replaced" : " was sent though unchanged"));
            remote.get(g).remove(NodeFactory.createURI(g), MARK_P, Node.ANY);
        }
        PushToFusekiTest.assertSameGraphs(second, remote);
    }

    @Test
    void aRepositoryThatDoesNotExistGivesExitCode5() {
        Cli.Result r = Cli.run("push", "--db", db, "--to", server.createRepositoryUrlFor("missing"), "--retries", "0");
        assertEquals(5, r.code(), r.describe());
        assertTrue(r.err().contains("refused the push"), r.err());
    }
}
