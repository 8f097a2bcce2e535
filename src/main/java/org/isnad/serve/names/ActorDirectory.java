package org.isnad.serve.names;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.isnad.extract.Gazetteer;
import org.isnad.extract.GazetteerEntry;
import org.isnad.rdf.Vocab;
import org.isnad.serve.web.Sparql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The store's entities as an {@link ActorIndex}, rebuilt when the store changes. Anonymous sources
 * ("a US official") are left out: they are one phrase in one document, not someone to look up. Read
 * from the quad indexes one property at a time, which is many times faster than SPARQL joins over the
 * union graph.
 */
public final class ActorDirectory {
    private static final Set<Node> TYPES = Set.of(Vocab.Person.asNode(), Vocab.Organization.asNode(),
            Vocab.State.asNode(), Vocab.Place.asNode());

    private final Sparql sparql;
    private final Map<String, List<String>> gazetteerNames = new HashMap<>();
    private long builtAt = Long.MIN_VALUE;
    private ActorIndex index;

    public ActorDirectory(Sparql sparql) {
        this.sparql = sparql;
        for (GazetteerEntry g : Gazetteer.bundled().entries()) {
            if (g.wikidataId() != null) {
                gazetteerNames.computeIfAbsent(g.wikidataId(), k -> new ArrayList<>()).addAll(g.allNames());
            }
        }
    }

    /** The index of the store as it is now. */
    public synchronized ActorIndex index() {
        long version = sparql.version();
        if (index == null || version != builtAt || version < 0) {
            index = sparql.read(this::build);
            builtAt = version;
        }
        return index;
    }

    private static final class Draft {
        final Set<String> types = new TreeSet<>();
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> affiliations = new TreeSet<>();
        final Set<Node> mentions = new HashSet<>();
        final Set<Node> documents = new HashSet<>();
        String labelAr;
        String labelEn;
        String wikidataId;
        String role;
    }

    private ActorIndex build(DatasetGraph dsg) {
        Map<Node, Draft> drafts = new HashMap<>();
        each(dsg, RDF.type.asNode(), (s, o) -> {
            if (TYPES.contains(o)) {
                drafts.computeIfAbsent(s, k -> new Draft()).types.add(o.getLocalName());
            }
        });
        each(dsg, Vocab.anonymous.asNode(), (s, o) -> drafts.remove(s));
        each(dsg, RDFS.label.asNode(), (s, o) -> {
            Draft d = drafts.get(s);
            if (d != null && o.isLiteral()) {
                label(d, o.getLiteralLexicalForm(), o.getLiteralLanguage());
            }
        });
        Map<Node, List<Draft>> byMention = new HashMap<>();
        each(dsg, Vocab.mention.asNode(), (s, o) -> {
            Draft d = drafts.get(s);
            if (d != null && d.mentions.add(o)) {
                byMention.computeIfAbsent(o, k -> new ArrayList<>()).add(d);
            }
        });
        each(dsg, Vocab.anchorOf.asNode(), (s, o) ->
                byMention.getOrDefault(s, List.of()).forEach(d -> d.names.add(o.getLiteralLexicalForm())));
        each(dsg, Vocab.wikidataId.asNode(), (s, o) -> {
            Draft d = drafts.get(s);
            if (d != null) {
                d.wikidataId = o.getLiteralLexicalForm();
            }
        });
        each(dsg, Vocab.role.asNode(), (s, o) -> {
            Draft d = drafts.get(s);
            if (d != null && (d.role == null || o.getLiteralLexicalForm().length() > d.role.length())) {
                d.role = o.getLiteralLexicalForm();
            }
        });
        each(dsg, Vocab.affiliation.asNode(), (s, o) -> {
            Draft d = drafts.get(s);
            if (d != null && o.isURI()) {
                d.affiliations.add(o.getURI());
            }
        });
        each(dsg, Vocab.wasDerivedFrom.asNode(), (s, o) -> {
            Draft d = drafts.get(s);
            if (d != null) {
                d.documents.add(o);
            }
        });
        return new ActorIndex(actors(drafts));
    }

    private List<Actor> actors(Map<Node, Draft> drafts) {
        Map<String, Draft> byIri = new HashMap<>();
        drafts.forEach((n, d) -> byIri.put(n.getURI(), d));
        List<Actor> actors = new ArrayList<>();
        byIri.forEach((iri, d) -> {
            if (d.wikidataId != null) {
                d.names.addAll(gazetteerNames.getOrDefault(d.wikidataId, List.of()));
            }
            String aff = d.affiliations.isEmpty() ? null : d.affiliations.iterator().next();
            List<String> affNames = new ArrayList<>();
            Draft a = aff == null ? null : byIri.get(aff);
            if (a != null) {
                for (String l : new String[] {a.labelEn, a.labelAr}) {
                    if (l != null) {
                        affNames.add(l);
                    }
                }
            }
            actors.add(new Actor(iri, Set.copyOf(d.types), d.labelAr, d.labelEn, d.wikidataId, d.role, aff,
                    List.copyOf(affNames), List.copyOf(d.names), d.mentions.size(), d.documents.size()));
        });
        actors.sort(Comparator.comparing(Actor::iri));
        return actors;
    }

    /** A document's labels may differ from another's: keep the first in code-point order, stable across runs. */
    private static void label(Draft d, String label, String lang) {
        d.names.add(label);
        if (lang.equals("ar")) {
            d.labelAr = d.labelAr == null || label.compareTo(d.labelAr) < 0 ? label : d.labelAr;
        } else {
            d.labelEn = d.labelEn == null || label.compareTo(d.labelEn) < 0 ? label : d.labelEn;
        }
    }

    private static void each(DatasetGraph dsg, Node predicate, BiConsumer<Node, Node> f) {
        var it = dsg.find(Node.ANY, Node.ANY, predicate, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            f.accept(q.getSubject(), q.getObject());
        }
    }

    /** The Isnad class a reconciliation type id names ("Person" or its full IRI), or null. */
    public static String typeName(String id) {
        String local = id.startsWith(Vocab.NS) ? id.substring(Vocab.NS.length()) : id;
        return List.of("Actor", "Person", "Organization", "State", "Place").contains(local) ? local : null;
    }
}
