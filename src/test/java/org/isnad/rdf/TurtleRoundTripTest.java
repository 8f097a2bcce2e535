package org.isnad.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.isnad.store.IsnadStore;
import org.isnad.testutil.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports parse back to exactly what the store holds. */
class TurtleRoundTripTest {
    @TempDir
    static Path db;
    @TempDir
    static Path out;
    static Graph union;
    static Set<String> documentIris;

    @BeforeAll
    static void ingest() throws Exception {
        Cli.ok("ingest", "--db", db, Cli.SEEDS, Cli.INPUTS.resolve("good_en.txt"));
        try (IsnadStore store = IsnadStore.open(db)) {
            union = store.unionCopy();
        }
        documentIris = Cli.documents(db, out).stream().map(d -> d.get("doc")).collect(Collectors.toSet());
        assertEquals(2, documentIris.size());
    }

    private static Path export(String format, String... extra) {
        Path file = out.resolve("export-" + format + "-" + extra.length + "." + format);
        List<Object> args = new java.util.ArrayList<>(List.of("export", "--db", db, "--format", format, "-o", file));
        args.addAll(List.of(extra));
        Cli.ok(args.toArray());
        return file;
    }

    @Test
    void turtleExportIsIsomorphicWithTheUnionGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(export("turtle")).lang(Lang.TURTLE).parse(g);
        assertEquals(union.size(), g.size());
        assertTrue(g.isIsomorphicWith(union), "turtle export differs from the union graph");
    }

    @Test
    void turtleExportKeepsArabicTextExactly() throws Exception {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(export("turtle")).lang(Lang.TURTLE).parse(g);
        String seed = java.nio.file.Files.readString(Cli.SEED);
        assertTrue(g.find(null, NodeFactory.createURI(Vocab.NS + "text"), null).toList().stream()
                .anyMatch(t -> t.getObject().getLiteralLexicalForm().equals(seed)));
    }

    @Test
    void trigExportKeepsOneNamedGraphPerDocumentAndTheSharedGraphs() {
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.source(export("trig")).lang(Lang.TRIG).parse(ds);
        Set<String> names = new java.util.HashSet<>();
        ds.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        assertEquals(graphsExpected(), names);
        assertTrue(ds.getDefaultGraph().isEmpty());
    }

    /** Each document's graph, the cross-document graph merging keeps beside them, and the linked entities' shared labels. */
    private static Set<String> graphsExpected() {
        Set<String> out = new java.util.HashSet<>(documentIris);
        out.add(Vocab.EVENTS_GRAPH);
        out.add(Vocab.ENTITIES_GRAPH);
        return out;
    }

    @Test
    void trigExportGraphsUnionToTheStoreUnion() {
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.source(export("trig")).lang(Lang.TRIG).parse(ds);
        Graph merged = GraphFactory.createDefaultGraph();
        ds.getUnionGraph().find().forEachRemaining(merged::add);
        assertTrue(merged.isIsomorphicWith(union));
    }

    @Test
    void nquadsExportHasOneGraphPerDocumentAndTheSharedGraphs() {
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.source(export("nquads")).lang(Lang.NQUADS).parse(ds);
        Set<String> names = new java.util.HashSet<>();
        ds.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        assertEquals(graphsExpected(), names);
    }

    @Test
    void jsonldExportParsesToTheUnionGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(export("jsonld")).lang(Lang.JSONLD).parse(g);
        assertEquals(union.size(), g.size());
        assertTrue(g.isIsomorphicWith(union), "JSON-LD export differs from the union graph");
    }

    /** A document exported alone is whole: its graph, and the labels its linked entities share with other documents. */
    @Test
    void exportOfOneDocumentHasItsGraphAndItsLinkedEntitiesLabels() throws Exception {
        String doc = documentIris.iterator().next();
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(export("turtle", "--graph", doc)).lang(Lang.TURTLE).parse(g);
        long own;
        try (IsnadStore store = IsnadStore.open(db)) {
            own = store.graphSize(doc);
        }
        List<org.apache.jena.graph.Node> linked = g.find(Node.ANY, RDF.type.asNode(), Node.ANY)
                .mapWith(t -> t.getSubject()).filterKeep(n -> n.getURI().startsWith(Vocab.ID + "wd/")).toList();
        assertFalse(linked.isEmpty());
        linked.forEach(e -> assertTrue(g.contains(e, RDFS.label.asNode(), Node.ANY), "no label for " + e));
        assertTrue(g.size() > own, "the shared labels are missing");
        assertTrue(g.size() < union.size());
    }

    @Test
    void exportOfUnknownGraphIsAUsageError() {
        Cli.Result r = Cli.run("export", "--db", db, "--graph", "https://example.org/none");
        assertEquals(2, r.code(), r.describe());
    }

    @Test
    void exportToStandardOutputParses() {
        Cli.Result r = Cli.ok("export", "--db", db, "--format", "turtle");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.out(), Lang.TURTLE).parse(g);
        assertEquals(union.size(), g.size());
        assertFalse(r.err().contains("wrote"));
    }
}
