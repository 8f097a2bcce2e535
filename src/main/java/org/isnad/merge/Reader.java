package org.isnad.merge;

import org.apache.jena.graph.Node;
import org.isnad.rdf.Vocab;
import org.isnad.text.Fold;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads event reports and claims out of their documents' graphs into {@link Report} and
 * {@link ClaimReport}, with every entity replaced by its canonical node. Reads are remembered for
 * the transaction: a report is read once however many times merging compares it.
 */
final class Reader {
    /** Subtypes of a person who stands for his state when he meets another (gazetteer subtypes). */
    private static final Set<String> STANDS_FOR_STATE = Set.of("head-of-state", "head-of-government");
    /** Subtypes of an organisation whose report is a source in its own right. */
    private static final Set<String> OUTLETS = Set.of("news-outlet", "news-agency");
    /** Predicates of an event report whose objects are not its participants. */
    private static final Set<Node> NOT_PARTICIPANTS = Set.of(Vocab.location.asNode(), Vocab.about.asNode(),
            Vocab.via.asNode(), Vocab.claimant.asNode());

    private final Facts facts;
    private final Canonical canonical;
    private final Map<Node, Report> reports = new HashMap<>();
    private final Map<Node, ClaimReport> claims = new HashMap<>();

    Reader(Facts facts, Canonical canonical) {
        this.facts = facts;
        this.canonical = canonical;
    }

    /** Every event report of one document (its meetings and other events). */
    List<Node> reportsIn(Node doc) {
        return located(doc, sorted(facts.subjects(doc, Vocab.eventType.asNode(), Node.ANY)));
    }

    List<Node> claimsIn(Node doc) {
        return located(doc, sorted(facts.subjects(doc, Facts.TYPE, Vocab.Claim.asNode())));
    }

    private final Map<Node, Node> documentOf = new HashMap<>();

    /** Records where reports and claims of a document read just now are, so that they need not be looked for. */
    private List<Node> located(Node doc, List<Node> items) {
        items.forEach(i -> documentOf.put(i, doc));
        return items;
    }

    /** The document whose graph holds this report or claim, or null when none does any more. */
    Node documentOf(Node report) {
        return documentOf.computeIfAbsent(report, this::findDocumentOf);
    }

    private Node findDocumentOf(Node report) {
        Node[] found = new Node[1];
        facts.find(Node.ANY, report, Facts.DERIVED, Node.ANY).forEachRemaining(q -> {
            if (Facts.isDocumentGraph(q.getGraph())) {
                found[0] = q.getGraph();
            }
        });
        return found[0];
    }

    /** The report, or null when its document no longer holds it. */
    Report report(Node iri) {
        return memo(reports, iri, this::read);
    }

    ClaimReport claim(Node iri) {
        return memo(claims, iri, this::readClaim);
    }

    /** What {@code read} gives for a node in its document, read once; null, remembered too, when none holds it. */
    private <T> T memo(Map<Node, T> memo, Node iri, java.util.function.BiFunction<Node, Node, T> read) {
        if (memo.containsKey(iri)) {
            return memo.get(iri);
        }
        Node doc = documentOf(iri);
        T found = doc == null ? null : read.apply(doc, iri);
        memo.put(iri, found);
        return found;
    }

    /** Forget what was read: canonical entities or events have changed since. */
    void clear() {
        reports.clear();
        claims.clear();
    }

    private Report read(Node doc, Node r) {
        Facts.Document d = facts.document(doc);
        Node eventType = facts.one(doc, r, Vocab.eventType.asNode());
        if (eventType == null) {
            return null;
        }
        String status = localName(facts.one(doc, r, Vocab.status.asNode()));
        Node date = facts.one(doc, r, Vocab.date.asNode());
        Node mode = facts.one(doc, r, Vocab.ploverMode.asNode());
        Map<Node, String> names = new HashMap<>();
        Set<Node> participants = new TreeSet<>(Reader::compare);
        Set<Node> parties = new TreeSet<>(Reader::compare);
        Set<Node> places = new TreeSet<>(Reader::compare);
        Set<Node> placeStates = new TreeSet<>(Reader::compare);
        facts.find(doc, r, Node.ANY, Node.ANY).forEachRemaining(q -> {
            Node p = q.getPredicate();
            Node o = q.getObject();
            if (!o.isURI() || !p.getURI().startsWith(Vocab.NS)) {
                return;
            }
            Facts.Entity e = facts.entity(doc, o);
            if (e == null) {
                return;
            }
            Node c = canonical.of(doc, o);
            names.put(c, e.label());
            if (p.equals(Vocab.location.asNode())) {
                places.add(c);
                Node state = facts.stateOf(doc, o);
                if (state != null) {
                    Node cs = canonical.of(doc, state);
                    placeStates.add(cs);
                    names.putIfAbsent(cs, label(doc, state));
                }
            } else if (!NOT_PARTICIPANTS.contains(p) && e.isActor()) {
                participants.add(c);
                Node party = partyOf(doc, e, c);
                parties.add(party);
                names.putIfAbsent(party, label(doc, party.equals(c) ? o : e.affiliation()));
            }
        });
        String statusName = status == null ? "Occurred" : status;
        String dateText = date == null ? null : date.getLiteralLexicalForm();
        return new Report(r, doc, eventType.getLiteralLexicalForm(), statusName,
                mode == null ? null : mode.getLiteralLexicalForm(), dateText,
                TimeWindow.of(dateText, statusName, d.published()), participants, parties, places, placeStates, names,
                d.published(), d.language(), sentences(doc, r), sourceOfReport(doc, r, d));
    }

    /** A head of state or government stands for his state; anyone else for himself. */
    private Node partyOf(Node doc, Facts.Entity e, Node canonicalNode) {
        if (e.subtype() != null && STANDS_FOR_STATE.contains(e.subtype()) && e.affiliation() != null) {
            Facts.Entity state = facts.entity(doc, e.affiliation());
            if (state != null && state.is(Vocab.State)) {
                return canonical.of(doc, e.affiliation());
            }
        }
        return canonicalNode;
    }

    private ClaimReport readClaim(Node doc, Node c) {
        Facts.Document d = facts.document(doc);
        Node stance = facts.one(doc, c, Vocab.stance.asNode());
        Node via = facts.one(doc, c, Vocab.via.asNode());
        Node content = facts.one(doc, c, Vocab.content.asNode());
        Map<Node, String> names = new HashMap<>();
        Node viaCanonical = null;
        if (via != null && facts.entity(doc, via) != null) {
            viaCanonical = canonical.of(doc, via);
            names.put(viaCanonical, label(doc, via));
        }
        Set<String> keys = new TreeSet<>();
        Set<Node> claimants = new TreeSet<>(Reader::compare);
        for (Node a : facts.all(doc, c, Vocab.claimant.asNode())) {
            Facts.Entity e = facts.entity(doc, a);
            if (e == null) {
                continue;
            }
            if (e.is(Vocab.AnonymousSource)) {
                keys.add(anonymousKey(doc, e, viaCanonical));
            } else {
                Node cn = canonical.of(doc, a);
                claimants.add(cn);
                names.put(cn, e.label());
                keys.add(cn.getURI());
            }
        }
        Set<Node> about = new TreeSet<>(Reader::compare);
        Set<Node> aboutReports = new TreeSet<>(Reader::compare);
        for (Node x : facts.all(doc, c, Vocab.about.asNode())) {
            if (facts.one(doc, x, Vocab.eventType.asNode()) != null) {
                aboutReports.add(x);
                Node event = facts.one(Facts.EVENTS, x, Vocab.event.asNode());
                if (event != null) {
                    about.add(event);
                }
            } else if (facts.entity(doc, x) != null && !facts.entity(doc, x).is(Vocab.AnonymousSource)) {
                Node cn = canonical.of(doc, x);
                about.add(cn);
                names.putIfAbsent(cn, facts.entity(doc, x).label());
            }
        }
        String text = content == null ? null : content.getLiteralLexicalForm();
        return new ClaimReport(c, doc, localName(stance), keys, claimants, viaCanonical, text, d.language(),
                words(text), about, aboutReports, names, d.published(), sentences(doc, c),
                claimSource(doc, c, d, via));
    }

    /**
     * Unnamed sources cannot be told apart across documents, so they are compared by what the text
     * says of them: "a US official" who spoke to CBS is the same claimant in every paper that cites CBS.
     */
    private String anonymousKey(Node doc, Facts.Entity e, Node via) {
        Node state = e.affiliation() == null ? null : facts.stateOf(doc, e.affiliation());
        Node aff = state != null ? canonical.of(doc, state)
                : e.affiliation() != null ? canonical.of(doc, e.affiliation()) : null;
        return "anonymous " + (e.subtype() == null ? "source" : e.subtype()) + " of "
                + (aff == null ? "-" : aff.getURI()) + " via " + (via == null ? "-" : via.getURI());
    }

    /** An event report goes back to the outlet a claim about it came through, if any, else to the publisher. */
    private String sourceOfReport(Node doc, Node r, Facts.Document d) {
        String best = null;
        long bestAt = Long.MAX_VALUE;
        List<Long> lead = leadSentences(doc, r);
        for (Node claim : facts.subjects(doc, Vocab.about.asNode(), r)) {
            String s = outletOf(doc, claim);
            long at = position(doc, claim);
            if (s != null && lead.contains(at) && (at < bestAt || (at == bestAt && s.compareTo(best) < 0))) {
                best = s;
                bestAt = at;
            }
        }
        return best != null ? best : publisherOf(d);
    }

    /**
     * Where the first two sentences reporting an event begin (a headline and its lead): a claim there
     * tells where the news came from; one further down is about something said later (an invitation, a reaction).
     */
    private List<Long> leadSentences(Node doc, Node r) {
        List<Long> begins = new java.util.ArrayList<>();
        for (Node m : facts.all(doc, r, Vocab.evidence.asNode())) {
            Node b = facts.one(doc, m, Vocab.beginIndex.asNode());
            if (b != null) {
                begins.add(Long.parseLong(b.getLiteralLexicalForm()));
            }
        }
        begins.sort(Long::compare);
        return begins.subList(0, Math.min(2, begins.size()));
    }

    /** Where a claim's sentence begins: the first claim about a meeting tells where the news came from. */
    private long position(Node doc, Node claim) {
        long min = Long.MAX_VALUE;
        for (Node m : facts.all(doc, claim, Vocab.evidence.asNode())) {
            Node b = facts.one(doc, m, Vocab.beginIndex.asNode());
            if (b != null) {
                min = Math.min(min, Long.parseLong(b.getLiteralLexicalForm()));
            }
        }
        return min;
    }

    private String claimSource(Node doc, Node claim, Facts.Document d, Node via) {
        String s = outletOf(doc, claim);
        return s != null ? s : publisherOf(d);
    }

    /** The outlet a claim came through: its via, or a claimant that is itself an outlet ("KCNA reported"). */
    private String outletOf(Node doc, Node claim) {
        Node via = facts.one(doc, claim, Vocab.via.asNode());
        if (via != null && facts.entity(doc, via) != null) {
            return label(doc, via);
        }
        for (Node a : facts.all(doc, claim, Vocab.claimant.asNode())) {
            Facts.Entity e = facts.entity(doc, a);
            if (e != null && e.subtype() != null && OUTLETS.contains(e.subtype())) {
                return e.label();
            }
        }
        return null;
    }

    private static String publisherOf(Facts.Document d) {
        return d.publisher() != null ? d.publisher() : "document " + d.iri().getURI();
    }

    private String label(Node doc, Node entity) {
        Facts.Entity e = entity == null ? null : facts.entity(doc, entity);
        return e == null ? (entity == null ? "?" : entity.getLocalName()) : e.label();
    }

    private Set<String> sentences(Node doc, Node x) {
        Set<String> out = new TreeSet<>();
        for (Node m : facts.all(doc, x, Vocab.evidence.asNode())) {
            String text = facts.spanText(doc, m);
            String k = text == null ? null : Sources.sentenceKey(text);
            if (k != null) {
                out.add(k);
            }
        }
        return out;
    }

    /** Content words: folded, punctuation gone, three letters or more (short words are mostly grammar). */
    static Set<String> words(String text) {
        Set<String> out = new TreeSet<>();
        if (text == null) {
            return out;
        }
        for (String w : Fold.fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3) {
                out.add(w);
            }
        }
        return out;
    }

    static String localName(Node n) {
        if (n == null) {
            return null;
        }
        String s = n.getURI();
        return s.substring(s.indexOf('#') + 1);
    }

    static int compare(Node a, Node b) {
        return a.toString().compareTo(b.toString());
    }

    private static List<Node> sorted(List<Node> nodes) {
        return nodes.stream().distinct().sorted(Reader::compare).toList();
    }
}
