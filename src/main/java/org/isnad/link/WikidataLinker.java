package org.isnad.link;

import org.isnad.store.IsnadStore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links the store's unlinked entities to Wikidata: search by label (ar, en), fetch the candidates,
 * score them, accept only clear winners, and write candidates, links and enrichment into the link
 * graph. Every question is asked before anything is written, so a network failure changes nothing.
 */
public final class WikidataLinker {
    private static final Set<String> LANGUAGES = Set.of("ar", "en");

    private final WikidataApi api;
    private final BigDecimal minScore;

    public WikidataLinker(WikidataApi api, BigDecimal minScore) {
        this.api = api;
        this.minScore = minScore;
    }

    /** What one run did, entity by entity. */
    public record Report(List<LinkDecision> decisions) {
        public long linked() {
            return decisions.stream().filter(d -> d.accepted() != null).count();
        }
    }

    public Report link(IsnadStore db) {
        List<EntityToLink> entities = UnlinkedEntities.read(db);
        Map<EntityToLink, Set<String>> found = search(entities);
        Set<String> all = new LinkedHashSet<>();
        found.values().forEach(all::addAll);
        Map<String, WikidataItem> items = api.entities(all, "labels|aliases|claims");

        List<LinkDecision> decisions = new ArrayList<>();
        for (EntityToLink e : entities) {
            List<ScoredCandidate> scored = new ArrayList<>();
            for (String id : found.get(e)) {
                WikidataItem item = items.get(id);
                if (item != null) {
                    scored.add(CandidateScorer.score(e, item));
                }
            }
            decisions.add(LinkDecision.decide(e, scored, minScore));
        }

        Map<String, WikidataItem> related = api.entities(relatedIds(decisions), "labels");
        var triples = new LinkGraph().build(decisions, related);
        db.replaceLinks(entities.stream().map(EntityToLink::iri).toList(), triples);
        return new Report(decisions);
    }

    private Map<EntityToLink, Set<String>> search(List<EntityToLink> entities) {
        Map<EntityToLink, Set<String>> found = new java.util.LinkedHashMap<>();
        for (EntityToLink e : entities) {
            Set<String> ids = new LinkedHashSet<>();
            e.labels().forEach((lang, labels) -> {
                if (LANGUAGES.contains(lang)) {
                    labels.forEach(label -> ids.addAll(api.search(label, lang)));
                }
            });
            found.put(e, ids);
        }
        return found;
    }

    /** Countries and positions of the accepted items, whose labels the enrichment shows. */
    private static Set<String> relatedIds(List<LinkDecision> decisions) {
        Set<String> ids = new LinkedHashSet<>();
        for (LinkDecision d : decisions) {
            if (d.accepted() != null) {
                WikidataItem item = d.accepted().item();
                ids.addAll(item.values(TypeConstraints.countryProperty(d.entity().type())));
                ids.addAll(item.values(WikidataItem.POSITION_HELD));
            }
        }
        return ids;
    }
}
