package org.isnad.link;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.isnad.rdf.RdfMapper;
import org.isnad.rdf.Vocab;

import java.util.Map;

/**
 * The triples linking writes, all destined for the graph {@code isnad:graph/wikidata} so that the
 * document graphs keep saying only what the documents said: every candidate, the accepted
 * owl:sameAs, and what Wikidata adds about a linked entity (labels, classes, country, positions).
 */
final class LinkGraph {
    private final Model m = ModelFactory.createDefaultModel();

    /**
     * @param related labels of the items a linked item points to (countries, positions), by Q-id
     */
    Model build(Iterable<LinkDecision> decisions, Map<String, WikidataItem> related) {
        for (LinkDecision d : decisions) {
            Resource entity = m.createResource(d.entity().iri());
            for (ScoredCandidate c : d.candidates()) {
                candidate(entity, c, c == d.accepted());
            }
            if (d.accepted() != null) {
                link(entity, d.accepted().item());
                enrich(entity, d, d.accepted().item(), related);
            }
        }
        return m;
    }

    /** Candidate nodes are named from entity and item, so a rerun replaces rather than duplicates them. */
    private void candidate(Resource entity, ScoredCandidate c, boolean accepted) {
        String qid = c.item().id();
        Resource node = m.createResource(Vocab.ID + "link/" + RdfMapper.sha256(entity.getURI()).substring(0, 16) + "/" + qid)
                .addProperty(RDF.type, Vocab.LinkCandidate)
                .addProperty(Vocab.candidateEntity, m.createResource(Vocab.WIKIDATA + qid))
                .addProperty(Vocab.score, m.createTypedLiteral(c.score().toPlainString(), XSDDatatype.XSDdecimal))
                .addLiteral(Vocab.accepted, accepted);
        entity.addProperty(Vocab.candidate, node);
    }

    private void link(Resource entity, WikidataItem item) {
        entity.addProperty(OWL.sameAs, m.createResource(Vocab.WIKIDATA + item.id()))
                .addProperty(Vocab.wikidataId, item.id());
    }

    private void enrich(Resource entity, LinkDecision d, WikidataItem item, Map<String, WikidataItem> related) {
        labels(entity, item);
        item.values(WikidataItem.INSTANCE_OF).forEach(c -> entity.addProperty(Vocab.instanceOf, m.createResource(Vocab.WIKIDATA + c)));
        for (String country : item.values(TypeConstraints.countryProperty(d.entity().type()))) {
            if (country.equals(item.id())) {
                continue; // a state is its own P17
            }
            entity.addProperty(Vocab.affiliation, country(country, related.get(country)));
        }
        for (String position : item.values(WikidataItem.POSITION_HELD)) {
            entity.addProperty(Vocab.positionHeld, m.createResource(Vocab.WIKIDATA + position));
            WikidataItem p = related.get(position);
            String name = p == null ? null : p.labels().getOrDefault("en", p.labels().get("ar"));
            if (name != null) {
                entity.addProperty(Vocab.role, name); // a plain string, as isnad:role is everywhere else
            }
        }
    }

    /**
     * The affiliation target is the same node the extractor uses for a linked state
     * (isnad:id/wd/Q…). It is typed only isnad:Actor here: whether it is a state is for the documents
     * or the gazetteer to say, and it may be named in no document at all.
     */
    private Resource country(String qid, WikidataItem item) {
        Resource r = m.createResource(Vocab.ID + "wd/" + qid)
                .addProperty(RDF.type, Vocab.Actor)
                .addProperty(OWL.sameAs, m.createResource(Vocab.WIKIDATA + qid))
                .addProperty(Vocab.wikidataId, qid);
        if (item != null) {
            labels(r, item);
        }
        return r;
    }

    private void labels(Resource r, WikidataItem item) {
        for (String lang : new String[] {"ar", "en"}) {
            String label = item.labels().get(lang);
            if (label != null) {
                r.addProperty(RDFS.label, label, lang);
            }
        }
    }
}
