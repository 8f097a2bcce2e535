package org.isnad.merge;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.isnad.rdf.Vocab;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Propositions across documents: each document's claims joined with the claims of other documents
 * that say the same (see {@link ClaimRules}), each keeping its own chain (claimant, via, document,
 * publisher) and root source, and denials linked to what they contradict. Incremental as the events:
 * the claims of the changed documents, the propositions those documents fed, and every stored
 * proposition one of these may join, found by claimant and stance (isnad:mergeKey).
 */
final class PropositionStage {
    private static final String DENY = "Deny";

    private final Facts facts;
    private final Reader reader;
    private final EventsGraph out;

    PropositionStage(Facts facts, Reader reader, EventsGraph out) {
        this.facts = facts;
        this.reader = reader;
        this.out = out;
    }

    void update(Collection<Node> documents) {
        Set<Node> claims = new TreeSet<>(Reader::compare);
        Set<Node> old = new TreeSet<>(Reader::compare);
        Deque<ClaimReport> queue = new ArrayDeque<>();
        for (Node doc : documents) {
            reader.claimsIn(doc).forEach(c -> enqueue(c, claims, queue));
            for (Node p : facts.subjects(Facts.EVENTS, Facts.DERIVED, doc)) {
                if (facts.contains(Facts.EVENTS, p, Facts.TYPE, Vocab.Proposition.asNode())) {
                    take(p, old, claims, queue);
                }
            }
        }
        while (!queue.isEmpty()) {
            ClaimReport c = queue.poll();
            for (String key : lookupKeys(c)) {
                for (Node p : facts.subjects(Facts.EVENTS, Vocab.mergeKey.asNode(), NodeFactory.createLiteralString(key))) {
                    if (!old.contains(p) && fitsAny(c, p)) {
                        take(p, old, claims, queue);
                    }
                }
            }
        }
        List<ClaimReport> loaded = claims.stream().map(reader::claim).filter(Objects::nonNull)
                .filter(c -> !c.claimantKeys().isEmpty()).sorted(ClaimReport::chronological).toList();
        // Everything is read before the first deletion, so that what is written again cancels it (see EventsGraph).
        Map<Node, List<Node>> oldReports = new java.util.LinkedHashMap<>();
        old.forEach(p -> oldReports.put(p, facts.all(Facts.EVENTS, p, Vocab.report.asNode())));
        oldReports.forEach((p, reports) -> {
            for (Node c : reports) {
                out.delete(c, Vocab.proposition, Node.ANY);
                out.delete(c, Vocab.rootSource, Node.ANY);
                out.delete(c, Vocab.mergeReason, Node.ANY);
            }
            out.delete(Node.ANY, Vocab.contradicts, p);
            out.deleteSubject(p);
        });
        Map<Node, List<ClaimReport>> written = new java.util.LinkedHashMap<>();
        for (List<ClaimReport> group : groups(loaded)) {
            for (Clustering.Cluster<ClaimReport> c : Clustering.cluster(group, ClaimRules::compare, PropositionStage::describe)) {
                written.put(write(c), c.members());
            }
        }
        written.forEach(this::contradictions);
    }

    private void enqueue(Node c, Set<Node> claims, Deque<ClaimReport> queue) {
        if (claims.add(c)) {
            ClaimReport r = reader.claim(c);
            if (r != null) {
                queue.add(r);
            }
        }
    }

    private void take(Node p, Set<Node> old, Set<Node> claims, Deque<ClaimReport> queue) {
        if (old.add(p)) {
            facts.all(Facts.EVENTS, p, Vocab.report.asNode()).forEach(c -> enqueue(c, claims, queue));
        }
    }

    private boolean fitsAny(ClaimReport c, Node proposition) {
        for (Node x : facts.all(Facts.EVENTS, proposition, Vocab.report.asNode())) {
            ClaimReport other = reader.claim(x);
            if (other != null && ClaimRules.compare(c, other).compatible()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The keys a claim's proposition is found under: its stance with each of its claimants, and the month
     * it was published, so that a claimant quoted every day for years is looked up a month at a time.
     */
    static List<String> keys(ClaimReport c) {
        return keys(c, month(c.published()));
    }

    private static List<String> keys(ClaimReport c, String month) {
        return c.claimantKeys().stream().map(k -> c.stance() + " " + k + " " + month).toList();
    }

    /** The keys of every proposition a claim may join: its own month and those next to it (claims merge within 14 days). */
    static List<String> lookupKeys(ClaimReport c) {
        if (c.published() == null) {
            return keys(c);
        }
        List<String> out = new ArrayList<>();
        for (int m = -1; m <= 1; m++) {
            out.addAll(keys(c, month(c.published().plusMonths(m))));
        }
        return out;
    }

    private static String month(LocalDate d) {
        return d == null ? "undated" : d.toString().substring(0, 7);
    }

    /** Claims that share no claimant and stance (whatever the month), through any chain, are clustered apart. */
    private static List<List<ClaimReport>> groups(List<ClaimReport> claims) {
        Map<String, Integer> first = new HashMap<>();
        int[] g = new int[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            g[i] = i;
            ClaimReport c = claims.get(i);
            for (String k : c.claimantKeys().stream().map(x -> c.stance() + " " + x).toList()) {
                Integer j = first.putIfAbsent(k, i);
                if (j != null) {
                    Groups.union(g, i, j);
                }
            }
        }
        Map<Integer, List<ClaimReport>> byRoot = new TreeMap<>();
        for (int i = 0; i < claims.size(); i++) {
            byRoot.computeIfAbsent(Groups.find(g, i), k -> new ArrayList<>()).add(claims.get(i));
        }
        return new ArrayList<>(byRoot.values());
    }

    private Node write(Clustering.Cluster<ClaimReport> c) {
        List<ClaimReport> rs = c.members();
        ClaimReport first = rs.get(0);
        Node p = EventsGraph.iri("proposition/", first.iri().getURI());
        out.add(p, Facts.TYPE, Vocab.Proposition.asNode());
        out.add(p, Vocab.stance, Vocab.term(first.stance()).asNode());
        if (first.content() != null) {
            out.add(p, Vocab.content, EventsGraph.text(first.content()));
        }
        Set<Node> claimants = new TreeSet<>(Reader::compare);
        Set<Node> about = new TreeSet<>(Reader::compare);
        Set<Node> docs = new TreeSet<>(Reader::compare);
        Set<String> keys = new TreeSet<>();
        for (ClaimReport r : rs) {
            claimants.addAll(r.claimants());
            if (r.claimants().isEmpty()) {
                claimants.addAll(facts.all(r.document(), r.iri(), Vocab.claimant.asNode())); // unnamed sources
            }
            about.addAll(r.about());
            docs.add(r.document());
            keys.addAll(keys(r));
            out.add(p, Vocab.report, r.iri());
            out.add(r.iri(), Vocab.proposition, p);
        }
        claimants.forEach(x -> out.add(p, Vocab.claimant, x));
        // What a proposition is about, as far as merging compares it: the events (its claims keep their entities).
        about.stream().filter(PropositionStage::isEvent).forEach(x -> out.add(p, Vocab.about, x));
        docs.forEach(d -> out.add(p, Facts.DERIVED, d));
        keys.forEach(k -> out.add(p, Vocab.mergeKey, NodeFactory.createLiteralString(k)));
        rs.stream().map(ClaimReport::published).filter(Objects::nonNull).min(LocalDate::compareTo)
                .ifPresent(d -> out.add(p, Vocab.firstReported, Facts.dateLiteral(d)));
        Map<Node, String> roots = Sources.roots(rs);
        out.add(p, Vocab.independentSources, EventsGraph.integer(Sources.independent(roots)));
        roots.forEach((r, s) -> out.add(r, Vocab.rootSource, EventsGraph.text(s)));
        c.reasons().forEach((r, why) -> out.add(r.iri(), Vocab.mergeReason, EventsGraph.text(why)));
        return p;
    }

    static String describe(ClaimReport c) {
        return c.source() + (c.published() == null ? "" : " of " + c.published());
    }

    /**
     * Links a new proposition with the propositions it denies, or that deny it: a denial and what it denies
     * are about the same event (a meeting reported, then denied; a claim about it, then denied).
     */
    private void contradictions(Node p, List<ClaimReport> mine) {
        Set<Node> events = new TreeSet<>(Reader::compare);
        mine.forEach(c -> c.about().stream().filter(PropositionStage::isEvent).forEach(events::add));
        if (events.isEmpty()) {
            return; // most claims are about no event: nothing to read
        }
        boolean denial = mine.get(0).stance().equals(DENY);
        Set<Node> candidates = new TreeSet<>(Reader::compare);
        for (Node event : events) {
            candidates.addAll(facts.subjects(Facts.EVENTS, Vocab.about.asNode(), event));
        }
        candidates.remove(p);
        Node deny = Vocab.term(DENY).asNode();
        for (Node q : candidates) {
            if (deny.equals(facts.one(Facts.EVENTS, q, Vocab.stance.asNode())) == denial) {
                continue; // two denials, or two non-denials: no contradiction to look for
            }
            if (contradicts(denial ? mine : reports(q), denial ? reports(q) : mine)) {
                out.add(denial ? p : q, Vocab.contradicts, denial ? q : p);
            }
        }
    }

    static boolean isEvent(Node n) {
        return n.isURI() && n.getURI().startsWith(Vocab.ID + "event/");
    }

    private static boolean contradicts(List<ClaimReport> denials, List<ClaimReport> others) {
        for (ClaimReport d : denials) {
            for (ClaimReport o : others) {
                if (ClaimRules.contradiction(d, o) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<ClaimReport> reports(Node p) {
        return facts.all(Facts.EVENTS, p, Vocab.report.asNode()).stream().sorted(Reader::compare)
                .map(reader::claim).filter(Objects::nonNull).sorted(ClaimReport::chronological).toList();
    }
}
