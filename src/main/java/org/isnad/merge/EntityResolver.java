package org.isnad.merge;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.isnad.text.Fold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which unlinked entities of one block (one type, one surname key) are one entity across documents.
 * Names must match — the same folded name, or one name in two scripts (the same transliteration key),
 * a spelling variant only when both sides give the same state, a surname alone only when one full
 * name fits — and affiliations must not conflict: two documents that tie a name to two different
 * states speak of two namesakes. A name with no state that fits two of them goes with the one whose
 * story its document shares (the linked entities both name), or, when none is clearly closer, stays
 * apart and is listed for review. Two different names in one document are two entities: the extractor
 * already joined what one text says of one person.
 */
final class EntityResolver {
    /** A key shorter than this (Kim, Ali) matches too many names to merge on. */
    static final int MIN_KEY = 4;
    /** Context must favour one candidate by this factor to decide for a name with no state. */
    static final double CONTEXT_MARGIN = 2.0;

    /** One entity across documents: its occurrences, its canonical node, and why each name joined. */
    record Cluster(List<Occurrence> members, Node canonical, boolean minted, Node state, Map<Node, String> reasons) {
    }

    /** Two clusters kept apart although their names fit, and why. */
    record NearMiss(Node left, Node right, String reason) {
    }

    record Result(List<Cluster> clusters, List<NearMiss> nearMisses) {
    }

    private enum Match { EXACT, CONCEPT, TRANSLIT, VARIANT, SHORT, NONE }

    /** Matches by which two names in one document may still be one entity: the extractor missed that they are. */
    private static final Set<Match> SAME_IN_ONE_DOCUMENT = Set.of(Match.EXACT, Match.CONCEPT, Match.TRANSLIT);

    /** A near miss between two groups, before clusters have their canonical nodes. */
    private record RawNear(int a, int b, String reason) {
    }

    private static String state(Group g) {
        return g.state == null ? "none" : g.state.getLocalName();
    }

    private final NameKeys keys;
    private final OrgConcepts concepts;

    EntityResolver(NameKeys keys, OrgConcepts concepts) {
        this.keys = keys;
        this.concepts = concepts;
    }

    /**
     * The block an entity's names fall in: its type and the key of its surname (a person), the concept
     * its name is made of (an organisation such as a foreign ministry), or the key of its whole name.
     */
    String blockKey(Node type, String label, boolean person) {
        String concept = type.getLocalName().equals("Organization") ? concepts.concept(label) : null;
        if (concept != null) {
            return type.getLocalName() + ":~" + concept;
        }
        String k = person ? keys.lastWordKey(label) : keys.keyWithoutArticles(label);
        return type.getLocalName() + ":" + (k.isEmpty() ? Fold.fold(label) : k);
    }

    Result resolve(List<Occurrence> occurrences) {
        List<Occurrence> occ = new ArrayList<>(occurrences);
        occ.sort(Comparator.comparing((Occurrence o) -> o.node().toString()).thenComparing(o -> o.document().toString()));
        // 1. A name's occurrences form one group per state it is given; those with no state join the one state if
        //    there is only one, else stay a group of their own.
        List<Group> groups = nameGroups(occ);
        // 2. Groups whose names fit and whose states agree (same state, or neither has one) are one entity.
        List<int[]> pairs = new ArrayList<>();
        Match[][] match = new Match[groups.size()][groups.size()];
        UnionFind uf = new UnionFind(groups, match);
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                match[i][j] = match(groups.get(i), groups.get(j));
                match[j][i] = match[i][j];
                pairs.add(new int[] {i, j});
            }
        }
        List<RawNear> near = new ArrayList<>();
        for (int[] p : pairs) {
            Group a = groups.get(p[0]);
            Group b = groups.get(p[1]);
            Match m = match[p[0]][p[1]];
            boolean sameState = a.state != null && a.state.equals(b.state);
            boolean noState = a.state == null && b.state == null;
            if ((m == Match.EXACT || m == Match.CONCEPT || m == Match.TRANSLIT) && (sameState || noState)
                    || m == Match.VARIANT && sameState) {
                uf.union(p[0], p[1], m.name().toLowerCase() + " name"
                        + (sameState ? ", both of " + a.state.getLocalName() : ", no affiliation on either side"));
            }
        }
        // 3. Clusters with no state join the one stated cluster their names fit (by context when several do);
        //    a surname alone joins the one full name it fits.
        attachUnaffiliated(groups, match, uf);
        attachShortNames(groups, match, uf);
        // 4. Anything still fitting but apart is a near miss.
        for (int[] p : pairs) {
            Match m = match[p[0]][p[1]];
            Group a = groups.get(p[0]);
            Group b = groups.get(p[1]);
            boolean statesConflict = a.state != null && b.state != null && !a.state.equals(b.state);
            if (m == Match.CONCEPT && statesConflict) {
                continue; // two states' foreign ministries: the concept is common, the state is the name
            }
            if (m != Match.NONE && uf.find(p[0]) != uf.find(p[1])) {
                String why = statesConflict
                        ? "names fit (" + m.name().toLowerCase() + ") but affiliations conflict ("
                        + a.state.getLocalName() + " / " + b.state.getLocalName() + "): namesakes?"
                        : m == Match.VARIANT ? "spelling variants, and no common affiliation to confirm them"
                        : "names fit (" + m.name().toLowerCase() + ") but the match is ambiguous";
                near.add(new RawNear(p[0], p[1], why));
            } else if (m == Match.NONE && groups.get(p[0]).node.equals(groups.get(p[1]).node)) {
                near.add(new RawNear(p[0], p[1], "one name, given different affiliations in different documents ("
                        + state(groups.get(p[0])) + " / " + state(groups.get(p[1])) + "): namesakes?"));
            }
        }
        return build(groups, uf, near);
    }

    /** The occurrences of one name with one state (or of one name with none). */
    private static final class Group {
        final Node node;
        final Node state;
        final List<Occurrence> members = new ArrayList<>();

        Group(Node node, Node state) {
            this.node = node;
            this.state = state;
        }

        Set<Node> documents() {
            Set<Node> out = new HashSet<>();
            members.forEach(o -> out.add(o.document()));
            return out;
        }

        List<String> labels() {
            Set<String> out = new TreeSet<>();
            members.forEach(o -> out.addAll(o.labels()));
            return new ArrayList<>(out);
        }
    }

    private static List<Group> nameGroups(List<Occurrence> occ) {
        Map<Node, List<Occurrence>> byNode = new TreeMap<>(Reader::compare);
        occ.forEach(o -> byNode.computeIfAbsent(o.node(), k -> new ArrayList<>()).add(o));
        List<Group> out = new ArrayList<>();
        for (Map.Entry<Node, List<Occurrence>> e : byNode.entrySet()) {
            Map<Node, Group> byState = new TreeMap<>(Reader::compare);
            Group none = new Group(e.getKey(), null);
            for (Occurrence o : e.getValue()) {
                if (o.state() == null) {
                    none.members.add(o);
                } else {
                    byState.computeIfAbsent(o.state(), s -> new Group(e.getKey(), s)).members.add(o);
                }
            }
            if (byState.size() == 1 && !none.members.isEmpty()) {
                byState.values().iterator().next().members.addAll(none.members);
                none.members.clear();
            }
            out.addAll(byState.values());
            if (!none.members.isEmpty()) {
                out.add(none);
            }
        }
        return out;
    }

    private Match match(Group a, Group b) {
        if (a.node.equals(b.node)) {
            return Match.NONE; // one name given two states: namesakes, reported below as conflicting
        }
        Match best = Match.NONE;
        for (String x : a.labels()) {
            for (String y : b.labels()) {
                Match m = match(x, y);
                if (m.ordinal() < best.ordinal()) {
                    best = m;
                }
            }
        }
        if (best == Match.NONE) {
            boolean aShort = a.labels().stream().allMatch(l -> NameKeys.words(l).size() == 1);
            boolean bShort = b.labels().stream().allMatch(l -> NameKeys.words(l).size() == 1);
            if (aShort != bShort && surnameFits(aShort ? a : b, aShort ? b : a)) {
                best = Match.SHORT;
            }
        }
        return best;
    }

    private Match match(String x, String y) {
        boolean latinX = NameKeys.isLatin(x);
        boolean latinY = NameKeys.isLatin(y);
        if (latinX == latinY && Fold.fold(x).equals(Fold.fold(y))) {
            return Match.EXACT;
        }
        String cx = concepts.concept(x);
        if (cx != null && cx.equals(concepts.concept(y))) {
            return Match.CONCEPT;
        }
        boolean keyed = false;
        for (String kx : List.of(keys.key(x), keys.keyWithoutArticles(x))) {
            for (String ky : List.of(keys.key(y), keys.keyWithoutArticles(y))) {
                keyed |= kx.length() >= MIN_KEY && (kx.equals(ky) || NameKeys.withoutH(kx).equals(NameKeys.withoutH(ky)));
            }
        }
        if (!keyed) {
            return Match.NONE;
        }
        return latinX == latinY ? Match.VARIANT : Match.TRANSLIT;
    }

    private boolean surnameFits(Group shortOne, Group full) {
        for (String s : shortOne.labels()) {
            String k = keys.keyWithoutArticles(s);
            if (k.length() < MIN_KEY - 1) {
                continue;
            }
            for (String f : full.labels()) {
                if (NameKeys.words(f).size() > 1 && keys.lastWordKey(f).equals(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Clusters with no state: join the one stated cluster their names fit; with several, each occurrence goes by its story. */
    private void attachUnaffiliated(List<Group> groups, Match[][] match, UnionFind uf) {
        Map<Integer, List<Integer>> clusters = uf.clusters();
        for (Map.Entry<Integer, List<Integer>> x : clusters.entrySet()) {
            if (stateOf(x.getValue(), groups) != null) {
                continue;
            }
            Map<Integer, List<Integer>> candidates = new TreeMap<>();
            for (Map.Entry<Integer, List<Integer>> y : clusters.entrySet()) {
                if (y.getKey().equals(x.getKey()) || stateOf(y.getValue(), groups) == null) {
                    continue;
                }
                if (fits(x.getValue(), y.getValue(), match, SAME_IN_ONE_DOCUMENT)
                        && !uf.sharesDocumentWithOtherName(x.getValue(), y.getValue())) {
                    candidates.put(y.getKey(), y.getValue());
                }
            }
            if (candidates.size() == 1) {
                int y = candidates.keySet().iterator().next();
                uf.union(x.getKey(), y, "name fits the only affiliated entity of that name ("
                        + stateOf(candidates.get(y), groups).getLocalName() + ")");
            } else if (candidates.size() > 1) {
                uf.splitByContext(x.getKey(), candidates, groups);
            }
        }
    }

    private void attachShortNames(List<Group> groups, Match[][] match, UnionFind uf) {
        Map<Integer, List<Integer>> clusters = uf.clusters();
        for (Map.Entry<Integer, List<Integer>> x : clusters.entrySet()) {
            Node sx = stateOf(x.getValue(), groups);
            List<Integer> fitting = new ArrayList<>();
            for (Map.Entry<Integer, List<Integer>> y : clusters.entrySet()) {
                Node sy = stateOf(y.getValue(), groups);
                boolean statesAgree = sx == null || sy == null || sx.equals(sy);
                if (!y.getKey().equals(x.getKey()) && statesAgree
                        && fitsShort(x.getValue(), y.getValue(), groups, match)
                        && !uf.sharesDocumentWithOtherName(x.getValue(), y.getValue())) {
                    fitting.add(y.getKey());
                }
            }
            if (fitting.size() == 1) {
                uf.union(x.getKey(), fitting.get(0), "surname alone, and only one full name fits it");
            }
        }
    }

    /** Whether every group of {@code x} is a surname alone fitting some group of {@code y}. */
    private static boolean fitsShort(List<Integer> x, List<Integer> y, List<Group> groups, Match[][] match) {
        for (int i : x) {
            boolean any = false;
            for (int j : y) {
                if (match[i][j] == Match.SHORT && groups.get(i).labels().stream()
                        .allMatch(l -> NameKeys.words(l).size() == 1)) {
                    any = true;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private static boolean fits(List<Integer> x, List<Integer> y, Match[][] match, Set<Match> kinds) {
        for (int i : x) {
            for (int j : y) {
                if (kinds.contains(match[i][j])) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Node stateOf(List<Integer> members, List<Group> groups) {
        for (int i : members) {
            if (groups.get(i).state != null) {
                return groups.get(i).state;
            }
        }
        return null;
    }

    /** Union-find over groups that may also move single occurrences, for names decided by context. */
    private final class UnionFind {
        final List<Group> groups;
        final Match[][] match;
        final int[] parent;
        final Map<Integer, String> reasons = new HashMap<>();
        /** Occurrences moved out of their group into another cluster (by the root they joined). */
        final Map<Occurrence, Integer> moved = new LinkedHashMap<>();

        UnionFind(List<Group> groups, Match[][] match) {
            this.groups = groups;
            this.match = match;
            this.parent = new int[groups.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b, String why) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb || sharesDocumentWithOtherName(members(ra), members(rb))) {
                return;
            }
            int keep = Math.min(ra, rb);
            int gone = Math.max(ra, rb);
            parent[gone] = keep;
            reasons.putIfAbsent(a, why);
            reasons.putIfAbsent(b, why);
        }

        List<Integer> members(int root) {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < parent.length; i++) {
                if (find(i) == root) {
                    out.add(i);
                }
            }
            return out;
        }

        Map<Integer, List<Integer>> clusters() {
            Map<Integer, List<Integer>> out = new TreeMap<>();
            for (int i = 0; i < parent.length; i++) {
                out.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
            }
            return out;
        }

        /** Two different names in one document are two entities, unless the names are the same by merging's keys. */
        boolean sharesDocumentWithOtherName(List<Integer> a, List<Integer> b) {
            for (int i : a) {
                for (int j : b) {
                    Group x = groups.get(i);
                    Group y = groups.get(j);
                    if (!x.node.equals(y.node) && !SAME_IN_ONE_DOCUMENT.contains(match[i][j])) {
                        Set<Node> docs = x.documents();
                        docs.retainAll(y.documents());
                        if (!docs.isEmpty()) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** Sends each occurrence of an unaffiliated cluster to the candidate whose story its document shares, if one clearly does. */
        void splitByContext(int root, Map<Integer, List<Integer>> candidates, List<Group> groups) {
            Map<Integer, Set<Node>> contexts = new HashMap<>();
            candidates.forEach((k, v) -> contexts.put(k, context(v)));
            for (int i : members(root)) {
                for (Occurrence o : groups.get(i).members) {
                    int best = -1;
                    double bestScore = 0;
                    double second = 0;
                    for (Map.Entry<Integer, List<Integer>> c : candidates.entrySet()) {
                        double s = similarity(o.context().get(), contexts.get(c.getKey()));
                        if (s > bestScore) {
                            second = bestScore;
                            bestScore = s;
                            best = c.getKey();
                        } else if (s > second) {
                            second = s;
                        }
                    }
                    if (best >= 0 && bestScore > 0 && bestScore >= CONTEXT_MARGIN * second) {
                        moved.put(o, best);
                    }
                }
            }
        }

        private Set<Node> context(List<Integer> members) {
            Set<Node> out = new HashSet<>();
            for (int i : members) {
                groups.get(i).members.forEach(o -> out.addAll(o.context().get()));
            }
            return out;
        }
    }

    private static double similarity(Set<Node> a, Set<Node> b) {
        if (a.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (Node n : a) {
            if (b.contains(n)) {
                shared++;
            }
        }
        return (double) shared / a.size();
    }

    /** Turns groups, unions and moved occurrences into clusters with canonical nodes. */
    private Result build(List<Group> groups, UnionFind uf, List<RawNear> rawNear) {
        Map<Integer, List<Occurrence>> byRoot = new TreeMap<>();
        Map<Integer, Map<Node, String>> why = new TreeMap<>();
        for (int i = 0; i < groups.size(); i++) {
            int root = uf.find(i);
            for (Occurrence o : groups.get(i).members) {
                Integer target = uf.moved.get(o);
                int r = target == null ? root : uf.find(target);
                byRoot.computeIfAbsent(r, k -> new ArrayList<>()).add(o);
                String reason = target != null ? "no affiliation given, but its document shares the story of this one"
                        : uf.reasons.get(i);
                if (reason != null) {
                    why.computeIfAbsent(r, k -> new LinkedHashMap<>()).putIfAbsent(o.node(), reason);
                }
            }
        }
        // Each name's home is the cluster holding most of its occurrences: only there may it be the canonical node.
        Map<Node, Integer> home = new HashMap<>();
        Map<Node, Integer> homeCount = new HashMap<>();
        for (Map.Entry<Integer, List<Occurrence>> c : byRoot.entrySet()) {
            Map<Node, Integer> counts = new TreeMap<>(Reader::compare);
            c.getValue().forEach(o -> counts.merge(o.node(), 1, Integer::sum));
            counts.forEach((n, k) -> {
                if (k > homeCount.getOrDefault(n, 0)) {
                    homeCount.put(n, k);
                    home.put(n, c.getKey());
                }
            });
        }
        List<Cluster> clusters = new ArrayList<>();
        Map<Integer, Node> canonicalOf = new HashMap<>();
        for (Map.Entry<Integer, List<Occurrence>> c : byRoot.entrySet()) {
            Map<Node, Integer> counts = new TreeMap<>(Reader::compare);
            c.getValue().forEach(o -> counts.merge(o.node(), 1, Integer::sum));
            Node canonical = counts.entrySet().stream()
                    .filter(e -> home.get(e.getKey()).equals(c.getKey()))
                    .max(Comparator.comparingInt((Map.Entry<Node, Integer> e) -> e.getValue())
                            .thenComparing(e -> e.getKey().toString(), Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElse(null);
            Node state = c.getValue().stream().map(Occurrence::state).filter(java.util.Objects::nonNull)
                    .min(Reader::compare).orElse(null);
            boolean minted = canonical == null;
            if (minted) {
                Node base = counts.keySet().iterator().next();
                String suffix = state != null ? state.getLocalName()
                        : org.isnad.rdf.RdfMapper.sha256(c.getValue().get(0).document().getURI()).substring(0, 8);
                canonical = NodeFactory.createURI(base.getURI() + "~" + suffix);
            }
            canonicalOf.put(c.getKey(), canonical);
            clusters.add(new Cluster(c.getValue(), canonical, minted, state, why.getOrDefault(c.getKey(), Map.of())));
        }
        List<NearMiss> near = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RawNear n : rawNear) {
            Node a = canonicalOf.get(uf.find(n.a()));
            Node b = canonicalOf.get(uf.find(n.b()));
            if (a != null && b != null && !a.equals(b) && seen.add(a + " " + b)) {
                near.add(new NearMiss(a, b, n.reason()));
            }
        }
        return new Result(clusters, near);
    }
}
