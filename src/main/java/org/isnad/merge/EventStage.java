package org.isnad.merge;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.isnad.rdf.Vocab;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Events across documents. Given the documents that changed, it gathers their reports, the events
 * those documents fed before, and every stored event that one of these may join (found by the
 * parties they share, and so on until nothing more fits), clusters all of them anew and rewrites only
 * those events. Since that set holds every report a changed report could be merged with, the result is
 * the one a merge of the whole store would give, whatever the order the documents came in.
 */
final class EventStage {
    private static final Set<String> DENIABLE = Set.of("Planned", "Occurred", "Possible");

    private final Facts facts;
    private final Reader reader;
    private final EventsGraph out;

    EventStage(Facts facts, Reader reader, EventsGraph out) {
        this.facts = facts;
        this.reader = reader;
        this.out = out;
    }

    /** Re-merges what the documents touch; returns the events written (for the proposition stage). */
    Result update(Collection<Node> documents) {
        Set<Node> reports = new TreeSet<>(Reader::compare);
        Set<Node> oldEvents = new TreeSet<>(Reader::compare);
        Deque<Report> queue = new ArrayDeque<>();
        for (Node doc : documents) {
            for (Node r : reader.reportsIn(doc)) {
                enqueue(r, reports, queue);
            }
            for (Node e : facts.subjects(Facts.EVENTS, Facts.DERIVED, doc)) {
                if (facts.contains(Facts.EVENTS, e, Facts.TYPE, Vocab.Event.asNode())) {
                    takeEvent(e, oldEvents, reports, queue);
                }
            }
        }
        while (!queue.isEmpty()) {
            Report r = queue.poll();
            for (Node e : candidateEvents(r)) {
                if (!oldEvents.contains(e) && fitsAny(r, e)) {
                    takeEvent(e, oldEvents, reports, queue);
                }
            }
        }
        List<Report> loaded = reports.stream().map(reader::report).filter(java.util.Objects::nonNull)
                .sorted(Report::chronological).toList();
        Map<Node, List<Node>> oldMembers = new LinkedHashMap<>();
        oldEvents.forEach(e -> oldMembers.put(e, facts.all(Facts.EVENTS, e, Vocab.report.asNode())));
        delete(oldMembers, reports);
        Map<Node, List<Report>> written = new LinkedHashMap<>();
        for (List<Report> group : groups(loaded)) {
            for (Clustering.Cluster<Report> c : Clustering.cluster(group, EventRules::compare, EventStage::describe)) {
                written.put(write(c), c.members());
            }
        }
        written.forEach(this::nearMisses);
        contradictions(written);
        return new Result(oldEvents, new ArrayList<>(written.keySet()));
    }

    /** Events removed and events written: propositions about the first must be merged again. */
    record Result(Set<Node> removed, List<Node> written) {
    }

    private void enqueue(Node r, Set<Node> reports, Deque<Report> queue) {
        if (reports.add(r)) {
            Report rep = reader.report(r);
            if (rep != null) {
                queue.add(rep);
            }
        }
    }

    private void takeEvent(Node e, Set<Node> oldEvents, Set<Node> reports, Deque<Report> queue) {
        if (oldEvents.add(e)) {
            for (Node r : facts.all(Facts.EVENTS, e, Vocab.report.asNode())) {
                enqueue(r, reports, queue);
            }
        }
    }

    /**
     * Stored events a report may join or come close to: those with two of its parties in a year its dates
     * (give or take the near-miss margin) reach, found by the keys {@link #keys} wrote; a report with no
     * dates at all looks at every event of its pairs of parties.
     */
    private List<Node> candidateEvents(Report r) {
        Set<Node> out = new TreeSet<>(Reader::compare);
        for (String key : lookupKeys(r)) {
            out.addAll(facts.subjects(Facts.EVENTS, Vocab.mergeKey.asNode(), NodeFactory.createLiteralString(key)));
        }
        return new ArrayList<>(out);
    }

    /** An event's keys: for each pair of parties of each report, the pair alone and the pair in each year the report's dates reach. */
    static Set<String> keys(Report r) {
        Set<String> out = new TreeSet<>();
        for (String pair : pairs(r)) {
            out.add(pair + " all");
            if (r.window().known()) {
                for (int y = r.window().from().getYear(); y <= r.window().to().getYear(); y++) {
                    out.add(pair + " " + y);
                }
            }
        }
        return out;
    }

    private static Set<String> lookupKeys(Report r) {
        Set<String> out = new TreeSet<>();
        for (String pair : pairs(r)) {
            if (!r.window().known()) {
                out.add(pair + " all");
                continue;
            }
            int from = r.window().from().minusDays(EventRules.NEAR_MISS_DAYS + 1).getYear();
            int to = r.window().to().plusDays(EventRules.NEAR_MISS_DAYS + 1).getYear();
            for (int y = from; y <= to; y++) {
                out.add(pair + " " + y);
            }
            out.add(pair + " undated");
        }
        return out;
    }

    private static List<String> pairs(Report r) {
        List<String> ps = r.parties().stream().map(Node::toString).sorted().toList();
        List<String> out = new ArrayList<>();
        for (int a = 0; a < ps.size(); a++) {
            for (int b = a + 1; b < ps.size(); b++) {
                out.add(r.type() + " " + ps.get(a) + " " + ps.get(b));
            }
        }
        return out;
    }

    private boolean fitsAny(Report r, Node event) {
        for (Node x : facts.all(Facts.EVENTS, event, Vocab.report.asNode())) {
            Report other = reader.report(x);
            if (other != null && EventRules.compare(r, other).compatible()) {
                return true;
            }
        }
        return false;
    }

    /** Reports that can never be merged (no two parties in common, through any chain) are clustered apart, to keep it fast. */
    private static List<List<Report>> groups(List<Report> reports) {
        Map<String, Integer> firstWithPair = new HashMap<>();
        int[] group = new int[reports.size()];
        for (int i = 0; i < reports.size(); i++) {
            group[i] = i;
            List<String> ps = reports.get(i).parties().stream().map(Node::toString).sorted().toList();
            for (int a = 0; a < ps.size(); a++) {
                for (int b = a + 1; b < ps.size(); b++) {
                    String key = reports.get(i).type() + " " + ps.get(a) + " " + ps.get(b);
                    Integer j = firstWithPair.putIfAbsent(key, i);
                    if (j != null) {
                        Groups.union(group, i, j);
                    }
                }
            }
        }
        Map<Integer, List<Report>> byRoot = new TreeMap<>();
        for (int i = 0; i < reports.size(); i++) {
            byRoot.computeIfAbsent(Groups.find(group, i), k -> new ArrayList<>()).add(reports.get(i));
        }
        return new ArrayList<>(byRoot.values());
    }

    private void delete(Map<Node, List<Node>> oldMembers, Set<Node> reports) {
        for (Map.Entry<Node, List<Node>> e : oldMembers.entrySet()) {
            out.deleteNearMisses(e.getKey());
            out.deleteSubject(e.getKey());
            for (Node r : e.getValue()) {
                out.deleteSubject(r);
                out.delete(Node.ANY, Vocab.contradicts, r);
            }
        }
        for (Node r : reports) {
            out.deleteSubject(r);
        }
    }

    /** Writes one event and the links of its reports; returns its IRI. */
    private Node write(Clustering.Cluster<Report> c) {
        List<Report> rs = c.members();
        Report first = rs.get(0);
        Node e = EventsGraph.iri("event/", first.iri().getURI());
        out.add(e, Facts.TYPE, Vocab.Event.asNode());
        out.add(e, Vocab.eventType, NodeFactory.createLiteralString(first.type()));
        Set<Node> participants = new TreeSet<>(Reader::compare);
        Set<Node> docs = new TreeSet<>(Reader::compare);
        Map<Node, String> names = new HashMap<>();
        for (Report r : rs) {
            participants.addAll(r.participants());
            participants.addAll(r.parties());
            docs.add(r.document());
            r.names().forEach(names::putIfAbsent);
            out.add(e, Vocab.report, r.iri());
            out.add(r.iri(), Vocab.event, e);
        }
        participants.forEach(p -> out.add(e, Vocab.participant, p));
        Set<String> keys = new TreeSet<>();
        rs.forEach(r -> keys.addAll(keys(r)));
        // A report with no dates at all meets any report of its sides: its event must be found by every lookup.
        rs.stream().filter(r -> !r.window().known()).forEach(r -> pairs(r).forEach(p -> keys.add(p + " undated")));
        keys.forEach(k -> out.add(e, Vocab.mergeKey, NodeFactory.createLiteralString(k)));
        docs.forEach(d -> out.add(e, Facts.DERIVED, d));
        rs.stream().map(Report::published).filter(java.util.Objects::nonNull).min(LocalDate::compareTo)
                .ifPresent(d -> out.add(e, Vocab.firstReported, Facts.dateLiteral(d)));
        out.add(e, Vocab.latestStatus, Vocab.term(latest(rs).status()).asNode());
        Map<Node, String> roots = Sources.roots(rs);
        out.add(e, Vocab.independentSources, EventsGraph.integer(Sources.independent(roots)));
        roots.forEach((r, s) -> out.add(r, Vocab.rootSource, EventsGraph.text(s)));
        Report dated = bestDated(rs);
        if (dated != null) {
            out.add(e, Vocab.date, dateNode(dated.date()));
        }
        boolean anyHeldWithPlace = rs.stream().anyMatch(r -> r.status().equals("Occurred") && !r.places().isEmpty());
        rs.stream().filter(r -> !anyHeldWithPlace || r.status().equals("Occurred"))
                .flatMap(r -> r.places().stream()).distinct().forEach(p -> out.add(e, Vocab.location, p));
        out.add(e, Facts.LABEL, EventsGraph.text(label(first.type(), rs, names, dated)));
        c.reasons().forEach((r, why) -> out.add(r.iri(), Vocab.mergeReason, EventsGraph.text(why)));
        return e;
    }

    /** The status of the report published last; on one day, the more definite one. */
    static Report latest(List<Report> rs) {
        return rs.stream().max(Comparator.comparing((Report r) -> r.published() == null ? LocalDate.MIN : r.published())
                .thenComparingInt(r -> weight(r.status()))
                .thenComparing(r -> r.iri().toString(), Comparator.reverseOrder())).orElseThrow();
    }

    private static int weight(String status) {
        return switch (status) {
            case "Denied", "Cancelled", "Postponed" -> 4;
            case "Occurred" -> 3;
            case "Planned" -> 2;
            default -> 1;
        };
    }

    /** The report whose date best tells when the event was: a held one first, then the most precise. */
    private static Report bestDated(List<Report> rs) {
        return rs.stream().filter(r -> r.date() != null && r.window().precise())
                .min(Comparator.comparing((Report r) -> !r.status().equals("Occurred"))
                        .thenComparing(r -> -r.date().length())
                        .thenComparing(Report::date)).orElse(null);
    }

    private static Node dateNode(String date) {
        var type = switch (date.length()) {
            case 10 -> org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate;
            case 7 -> org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth;
            default -> org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear;
        };
        return NodeFactory.createLiteralDT(date, type);
    }

    /** "meeting: Kim Jong Un, Vladimir Putin, 2023-09-13": who (people before the states they stand for), when. */
    private static String label(String type, List<Report> rs, Map<Node, String> names, Report dated) {
        Set<Node> people = new LinkedHashSet<>();
        Set<Node> represented = new LinkedHashSet<>();
        for (Report r : rs) {
            people.addAll(r.participants());
            for (Node p : r.parties()) {
                if (!r.participants().contains(p)) {
                    represented.add(p);
                }
            }
        }
        people.removeAll(represented);
        String who = people.stream().map(n -> names.getOrDefault(n, n.getLocalName())).distinct().sorted()
                .collect(Collectors.joining(", "));
        String when = dated != null ? dated.date()
                : rs.get(0).published() != null ? "reported " + rs.get(0).published() : "undated";
        return type + ": " + who + ", " + when;
    }

    static String describe(Report r) {
        return r.source() + (r.published() == null ? "" : " of " + r.published()) + " (" + r.status().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    /** Near misses of a new event: events of the same sides that came close (see {@link EventRules#nearMiss}). */
    private void nearMisses(Node event, List<Report> mine) {
        Set<Node> candidates = new TreeSet<>(Reader::compare);
        mine.forEach(r -> candidates.addAll(candidateEvents(r)));
        for (Node other : candidates) {
            if (other.equals(event)) {
                continue;
            }
            // Told from the side whose IRI comes first, so that the reason does not depend on which event came last.
            boolean first = event.toString().compareTo(other.toString()) <= 0;
            String why = first ? nearMissReason(mine, reportsOf(other)) : nearMissReason(reportsOf(other), mine);
            if (why != null) {
                out.nearMiss(event, other, why);
            }
        }
    }

    private String nearMissReason(List<Report> a, List<Report> b) {
        for (Report x : a) {
            for (Report y : b) {
                if (EventRules.compare(x, y).compatible()) {
                    return "some reports fit (" + describe(x) + " / " + describe(y) + ") but not all of them";
                }
                String why = EventRules.nearMiss(x, y);
                if (why != null) {
                    return why + " (" + describe(x) + " / " + describe(y) + ")";
                }
            }
        }
        return null;
    }

    private List<Report> reportsOf(Node event) {
        return facts.all(Facts.EVENTS, event, Vocab.report.asNode()).stream().sorted(Reader::compare)
                .map(reader::report).filter(java.util.Objects::nonNull).sorted(Report::chronological).toList();
    }

    /**
     * A claim denying an event (a denial in a document that reports the meeting as denied) contradicts
     * every report of that event that gives it as planned, held or possible.
     */
    private void contradictions(Map<Node, List<Report>> events) {
        Map<Node, Set<Node>> targets = new TreeMap<>(Reader::compare);
        for (List<Report> rs : events.values()) {
            for (Report denied : rs) {
                if (!denied.status().equals("Denied")) {
                    continue;
                }
                for (Node claim : facts.subjects(denied.document(), Vocab.about.asNode(), denied.iri())) {
                    if (Vocab.term("Deny").asNode().equals(facts.one(denied.document(), claim, Vocab.stance.asNode()))) {
                        targets.computeIfAbsent(claim, k -> new TreeSet<>(Reader::compare));
                    }
                }
            }
        }
        for (Node claim : targets.keySet()) {
            Node doc = reader.documentOf(claim);
            for (Node r : facts.all(doc, claim, Vocab.about.asNode())) {
                Report denied = reader.report(r);
                Node e = denied == null ? null : facts.one(Facts.EVENTS, r, Vocab.event.asNode());
                if (e == null || !denied.status().equals("Denied")) {
                    continue;
                }
                for (Report other : reportsOf(e)) {
                    if (DENIABLE.contains(other.status())) {
                        targets.get(claim).add(other.iri());
                    }
                }
            }
            out.delete(claim, Vocab.contradicts, Node.ANY);
            targets.get(claim).forEach(t -> out.add(claim, Vocab.contradicts, t));
        }
    }
}
