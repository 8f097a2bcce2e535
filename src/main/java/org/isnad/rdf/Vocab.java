package org.isnad.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The RDF terms Isnad writes, declared once. The contract is in {@code ontology/isnad.ttl}. */
public final class Vocab {
    public static final String NS = "https://w3id.org/isnad/ns#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
    /** Where Isnad mints its own IRIs. */
    public static final String ID = "https://w3id.org/isnad/id/";
    public static final String WIKIDATA_GRAPH = "https://w3id.org/isnad/graph/wikidata";
    /** Where the cross-document stage keeps events, propositions and merged entities (see org.isnad.merge). */
    public static final String EVENTS_GRAPH = "https://w3id.org/isnad/graph/events";
    /**
     * What the gazetteer says of each entity linked to Wikidata (labels, Wikidata id, owl:sameAs): the same
     * for every document that names it, so stored once here rather than in each document's graph.
     */
    public static final String ENTITIES_GRAPH = "https://w3id.org/isnad/graph/entities";
    /** Where {@code isnad push} remembers what it sent to which remote store; never pushed or merged itself. */
    public static final String PUSH_GRAPH = "https://w3id.org/isnad/graph/pushed";

    // classes
    public static final Resource Document = c("Document");
    public static final Resource Mention = c("Mention");
    public static final Resource Entity = c("Entity");
    public static final Resource Actor = c("Actor");
    public static final Resource Person = c("Person");
    public static final Resource Organization = c("Organization");
    public static final Resource State = c("State");
    public static final Resource Place = c("Place");
    public static final Resource AnonymousSource = c("AnonymousSource");
    public static final Resource Meeting = c("Meeting");
    public static final Resource Event = c("Event");
    public static final Resource Agreement = c("Agreement");
    public static final Resource Claim = c("Claim");
    public static final Resource LinkCandidate = c("LinkCandidate");
    public static final Resource Proposition = c("Proposition");
    public static final Resource NearMiss = c("NearMiss");

    // document and mention
    public static final Property text = p("text");
    public static final Property sha256 = p("sha256");
    public static final Property inputHash = p("inputHash");
    public static final Property document = p("document");
    public static final Property mention = p("mention");
    public static final Property beginIndex = ResourceFactory.createProperty(NIF, "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NIF, "endIndex");
    public static final Property anchorOf = ResourceFactory.createProperty(NIF, "anchorOf");

    // entities
    public static final Property affiliation = p("affiliation");
    public static final Property role = p("role");
    public static final Property anonymous = p("anonymous");
    public static final Property subtype = p("subtype");
    public static final Property wikidataId = p("wikidataId");

    // meetings
    public static final Property participant = p("participant");
    public static final Property location = p("location");
    public static final Property status = p("status");
    public static final Property date = p("date");
    public static final Property topic = p("topic");
    public static final Property evidence = p("evidence");
    public static final Property party = p("party");
    public static final Property eventType = p("eventType");
    public static final Property plover = p("plover");
    public static final Property ploverMode = p("ploverMode");
    public static final Property cameo = p("cameo");

    // claims
    public static final Property claimant = p("claimant");
    public static final Property via = p("via");
    public static final Property stance = p("stance");
    public static final Property content = p("content");
    public static final Property directQuote = p("directQuote");
    public static final Property about = p("about");

    // linking
    public static final Property candidate = p("candidate");
    public static final Property candidateEntity = p("candidateEntity");
    public static final Property score = p("score");
    public static final Property accepted = p("accepted");
    /** A Wikidata class the linked item is an instance of (its P31), as http://www.wikidata.org/entity/Q… */
    public static final Property instanceOf = p("instanceOf");
    /** A position the linked person holds or held (P39), as http://www.wikidata.org/entity/Q… */
    public static final Property positionHeld = p("positionHeld");

    // across documents (the events graph)
    public static final Property report = p("report");
    public static final Property event = p("event");
    public static final Property proposition = p("proposition");
    public static final Property firstReported = p("firstReported");
    public static final Property latestStatus = p("latestStatus");
    public static final Property contradicts = p("contradicts");
    public static final Property independentSources = p("independentSources");
    public static final Property rootSource = p("rootSource");
    public static final Property mergeReason = p("mergeReason");
    public static final Property canonicalEntity = p("canonicalEntity");
    public static final Property mergeKey = p("mergeKey");
    public static final Property left = p("left");
    public static final Property right = p("right");
    public static final Property reviewReason = p("reviewReason");

    // the push ledger (PUSH_GRAPH)
    public static final Property pushTarget = p("pushTarget");
    public static final Property pushedGraph = p("pushedGraph");
    public static final Property contentHash = p("contentHash");
    public static final Property pushedAt = p("pushedAt");

    // reused vocabularies
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV, "wasDerivedFrom");
    public static final Property title = ResourceFactory.createProperty(DCTERMS, "title");
    public static final Property language = ResourceFactory.createProperty(DCTERMS, "language");
    public static final Property datePublished = ResourceFactory.createProperty(SCHEMA, "datePublished");
    public static final Property publisher = ResourceFactory.createProperty(SCHEMA, "publisher");
    public static final Property url = ResourceFactory.createProperty(SCHEMA, "url");

    private Vocab() {
    }

    /** An individual of the vocabulary, such as {@code isnad:Planned} or {@code isnad:Deny}. */
    public static Resource term(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    /**
     * The property for a role of an event type declared as data ("party"): named as the role, so a
     * new type's roles need only their terms in the ontology (a test checks every declared role is there).
     */
    public static Property roleProperty(String roleName) {
        return ResourceFactory.createProperty(NS + roleName);
    }

    private static Resource c(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property p(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }
}
