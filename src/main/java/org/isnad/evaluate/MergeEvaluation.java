package org.isnad.evaluate;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.isnad.extract.Extractor;
import org.isnad.merge.CrossDocument;
import org.isnad.rdf.RdfMapper;
import org.isnad.rdf.Vocab;
import org.isnad.read.DocumentReader;
import org.isnad.read.SourceDocument;
import org.isnad.store.IsnadStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores cross-document merging against a {@link MergeGold}: ingests its documents into a store the
 * way {@code isnad ingest} does (extraction, RDF, one write transaction with merging), then pairs the
 * reports and entities each document was read as with the gold's, and counts pairs across documents.
 * Merging is scored on what extraction found: a gold report no report of its document matches is
 * counted apart (reportsFound), not as a merging error.
 */
public final class MergeEvaluation {
    private static final String PREFIXES = """
            PREFIX isnad: <https://w3id.org/isnad/ns#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;
    private static final String REPORTS = PREFIXES + """
            SELECT ?r ?event ?sentence WHERE {
              GRAPH ?doc { ?r isnad:eventType ?type ; isnad:evidence ?m . ?m nif:beginIndex ?b ; nif:endIndex ?e .
                           ?doc isnad:text ?text }
              BIND(SUBSTR(?text, ?b + 1, ?e - ?b) AS ?sentence)
              OPTIONAL { GRAPH <%s> { ?r isnad:event ?event } }
            } ORDER BY ?r""".formatted(Vocab.EVENTS_GRAPH);
    private static final String ENTITIES = PREFIXES + """
            SELECT ?e ?text ?canonical WHERE {
              GRAPH ?doc { ?e isnad:mention ?m . ?m nif:anchorOf ?text }
              OPTIONAL { GRAPH <%s> { ?e isnad:canonicalEntity ?canonical . ?canonical prov:wasDerivedFrom ?doc } }
            } ORDER BY ?e""".formatted(Vocab.EVENTS_GRAPH);

    private final Extractor extractor;

    public MergeEvaluation(Extractor extractor) {
        this.extractor = extractor;
    }

    /** Ingests the gold's documents into {@code store} (empty or not) and scores. */
    public MergeScore score(MergeGold gold, IsnadStore store) {
        List<IsnadStore.DocumentGraph> graphs = new ArrayList<>();
        List<String> iris = new ArrayList<>();
        for (MergeGold.Document d : gold.documents()) {
            SourceDocument[] read = new SourceDocument[1];
            DocumentReader.create().published(d.published()).readFile(d.file(), doc -> read[0] = doc, p -> {
                throw new GoldProblem(gold.file(), p.getMessage());
            });
            String iri = RdfMapper.documentIri(read[0]);
            iris.add(iri);
            graphs.add(new IsnadStore.DocumentGraph(iri, RdfMapper.toModel(extractor.extract(read[0]))));
        }
        store.store(graphs, CrossDocument.standard());
        List<Item> reports = new ArrayList<>();
        List<Item> entities = new ArrayList<>();
        int reportsGold = 0;
        int entitiesGold = 0;
        List<String> eventErrors = new ArrayList<>();
        List<String> entityErrors = new ArrayList<>();
        for (int i = 0; i < gold.documents().size(); i++) {
            MergeGold.Document d = gold.documents().get(i);
            String doc = iris.get(i);
            String name = d.file().getFileName().toString();
            reportsGold += d.events().size();
            entitiesGold += d.entities().size();
            reports.addAll(reports(store, doc, name, d, eventErrors));
            entities.addAll(entities(store, doc, name, d, entityErrors));
        }
        List<String> sameSides = new ArrayList<>();
        MergeScore.Pairs events = pairs(reports, false, (a, b) -> {
            if (!a.gold.equals(b.gold) && gold.events().get(a.gold).equals(gold.events().get(b.gold))) {
                sameSides.add(a.gold + " (" + a.document + ") and " + b.gold + " (" + b.document + ")");
            }
        }, eventErrors);
        MergeScore.Pairs all = pairs(entities, false, (a, b) -> { }, entityErrors);
        MergeScore.Pairs unlinked = pairs(entities, true, (a, b) -> { }, new ArrayList<>());
        int reportsFound = (int) reports.stream().map(r -> r.document + " " + r.gold).distinct().count();
        int entitiesFound = (int) entities.stream().map(r -> r.document + " " + r.gold).distinct().count();
        return new MergeScore(events, sameSides, all, unlinked, reportsFound, reportsGold, entitiesFound, entitiesGold,
                eventErrors, entityErrors);
    }

    /** One thing of one document, with its gold label and what merging made of it. */
    private record Item(String document, String gold, String node, String predicted, boolean linked) {
    }

    private interface FalsePositive {
        void seen(Item a, Item b);
    }

    private static MergeScore.Pairs pairs(List<Item> items, boolean unlinkedOnly, FalsePositive fp, List<String> errors) {
        long tp = 0;
        long fpCount = 0;
        long fn = 0;
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                Item a = items.get(i);
                Item b = items.get(j);
                if (a.document.equals(b.document) || unlinkedOnly && (a.linked || b.linked)) {
                    continue;
                }
                boolean gold = a.gold.equals(b.gold);
                boolean merged = a.predicted != null && a.predicted.equals(b.predicted);
                if (gold && merged) {
                    tp++;
                } else if (merged) {
                    fpCount++;
                    fp.seen(a, b);
                    errors.add("merged but apart in the gold: " + a.gold + " (" + a.document + ") / " + b.gold + " (" + b.document + ")");
                } else if (gold) {
                    fn++;
                    errors.add("apart but one in the gold: " + a.gold + " (" + a.document + " " + a.node + " / "
                            + b.document + " " + b.node + ")");
                }
            }
        }
        return new MergeScore.Pairs(tp, fpCount, fn);
    }

    /** The document's reports that gold events' phrases fall in, one item per report (its first gold event). */
    private static List<Item> reports(IsnadStore store, String doc, String name, MergeGold.Document d, List<String> errors) {
        Map<String, String> eventOf = new LinkedHashMap<>();
        Map<String, List<String>> sentences = new LinkedHashMap<>();
        for (Map<String, RDFNode> row : rows(store, REPORTS, doc)) {
            String r = row.get("r").toString();
            sentences.computeIfAbsent(r, k -> new ArrayList<>()).add(row.get("sentence").asLiteral().getLexicalForm());
            if (row.get("event") != null) {
                eventOf.put(r, row.get("event").toString());
            }
        }
        List<Item> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> r : sentences.entrySet()) {
            String goldEvent = null;
            for (Map.Entry<String, List<String>> g : d.events().entrySet()) {
                if (goldEvent == null && g.getValue().stream().anyMatch(a -> r.getValue().stream().anyMatch(s -> s.contains(a)))) {
                    goldEvent = g.getKey();
                }
            }
            if (goldEvent != null) {
                out.add(new Item(name, goldEvent, r.getKey(), eventOf.get(r.getKey()), false));
            }
        }
        for (String g : d.events().keySet()) {
            if (out.stream().noneMatch(i -> i.gold.equals(g))) {
                errors.add("not extracted: " + g + " in " + name);
            }
        }
        return out;
    }

    /** The document's entities matched to gold entities by their mentions, one item per entity node. */
    private static List<Item> entities(IsnadStore store, String doc, String name, MergeGold.Document d, List<String> errors) {
        Map<String, List<String>> mentions = new LinkedHashMap<>();
        Map<String, String> canonical = new LinkedHashMap<>();
        for (Map<String, RDFNode> row : rows(store, ENTITIES, doc)) {
            String e = row.get("e").toString();
            mentions.computeIfAbsent(e, k -> new ArrayList<>()).add(row.get("text").asLiteral().getLexicalForm());
            if (row.get("canonical") != null) {
                canonical.put(e, row.get("canonical").toString());
            }
        }
        List<Item> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : mentions.entrySet()) {
            String goldEntity = null;
            for (Map.Entry<String, List<String>> g : d.entities().entrySet()) {
                if (goldEntity == null && g.getValue().stream()
                        .anyMatch(f -> e.getValue().stream().anyMatch(m -> NameMatch.sameName(m, f)))) {
                    goldEntity = g.getKey();
                }
            }
            if (goldEntity != null) {
                String node = e.getKey();
                out.add(new Item(name, goldEntity, node, canonical.getOrDefault(node, node),
                        node.startsWith(Vocab.ID + "wd/")));
            }
        }
        return out;
    }

    private static List<Map<String, RDFNode>> rows(IsnadStore store, String query, String doc) {
        ResultSet rs = store.select(query, Map.of("doc", ResourceFactory.createResource(doc)), 60);
        List<Map<String, RDFNode>> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, RDFNode> row = new LinkedHashMap<>();
            s.varNames().forEachRemaining(v -> row.put(v, s.get(v)));
            out.add(row);
        }
        return out;
    }
}
