package org.isnad.link;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Literal;
import org.isnad.extract.EntityType;
import org.isnad.store.IsnadStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads from the store the entities that have no owl:sameAs yet, with their labels and context. */
final class UnlinkedEntities {
    private static final String PREFIXES = """
            PREFIX isnad: <https://w3id.org/isnad/ns#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    // Anonymous sources ("a US official") are never linked: they name no one.
    private static final String ENTITIES = PREFIXES + """
            SELECT ?e ?class ?label WHERE {
              VALUES ?class { isnad:Person isnad:Organization isnad:State isnad:Place }
              ?e a ?class .
              FILTER NOT EXISTS { ?e owl:sameAs ?linked }
              FILTER NOT EXISTS { ?e a isnad:AnonymousSource }
              OPTIONAL { ?e rdfs:label ?label }
            } ORDER BY ?e
            """;

    // The countries around an entity: what it is affiliated with, directly or through an organisation
    // (a spokesman of the National Security Council of the United States); the states its documents
    // name; and the states the other entities of those documents belong to.
    private static final String CONTEXT = PREFIXES + """
            SELECT DISTINCT ?e ?country WHERE {
              VALUES ?class { isnad:Person isnad:Organization isnad:State isnad:Place }
              ?e a ?class .
              FILTER NOT EXISTS { ?e owl:sameAs ?linked }
              { ?e isnad:affiliation+ ?a . ?a isnad:wikidataId ?country }
              UNION
              { ?e prov:wasDerivedFrom ?doc .
                ?state a isnad:State ; prov:wasDerivedFrom ?doc ; isnad:wikidataId ?country .
                FILTER(?state != ?e) }
              UNION
              { ?e prov:wasDerivedFrom ?doc .
                ?other prov:wasDerivedFrom ?doc ; isnad:affiliation ?a .
                ?a a isnad:State ; isnad:wikidataId ?country .
                FILTER(?other != ?e) }
            }
            """;

    private UnlinkedEntities() {
    }

    static List<EntityToLink> read(IsnadStore db) {
        Map<String, EntityType> types = new LinkedHashMap<>();
        Map<String, Map<String, Set<String>>> labels = new LinkedHashMap<>();
        ResultSetRewindable rows = db.select(ENTITIES, Map.of(), 600);
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String iri = row.getResource("e").getURI();
            String cls = row.getResource("class").getLocalName();
            types.putIfAbsent(iri, EntityType.parse(cls));
            Map<String, Set<String>> byLang = labels.computeIfAbsent(iri, k -> new LinkedHashMap<>());
            if (row.contains("label")) {
                Literal l = row.getLiteral("label");
                String lang = l.getLanguage().isEmpty() ? "und" : l.getLanguage();
                byLang.computeIfAbsent(lang, k -> new LinkedHashSet<>()).add(l.getLexicalForm());
            }
        }
        Map<String, Set<String>> context = new LinkedHashMap<>();
        ResultSetRewindable ctx = db.select(CONTEXT, Map.of(), 600);
        while (ctx.hasNext()) {
            QuerySolution row = ctx.next();
            context.computeIfAbsent(row.getResource("e").getURI(), k -> new LinkedHashSet<>())
                    .add(row.getLiteral("country").getLexicalForm());
        }
        List<EntityToLink> out = new ArrayList<>();
        types.forEach((iri, type) -> out.add(new EntityToLink(iri, type, labels.get(iri),
                context.getOrDefault(iri, Set.of()))));
        return out;
    }
}
