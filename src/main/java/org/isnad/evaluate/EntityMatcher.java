package org.isnad.evaluate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pairs extracted entity nodes with gold entities and scores entities and links. A node matches a
 * gold entity of a compatible type when it carries one of the gold's ids, or when one of its spans
 * names one of the gold's forms ({@link NameMatch}). A node may match several gold entities and a
 * gold entity several nodes; for meetings and claims a node stands for the first gold entity it matches.
 */
final class EntityMatcher {
    /** What came out: the gold name each matched node stands for, and the scores. */
    record Result(Map<String, String> goldNameOf, ArticleScore.Entities entities, ArticleScore.Count links,
                  List<String> missing, List<String> wrongLinks) {
    }

    private final GoldFile gold;
    private final Text text;

    EntityMatcher(GoldFile gold, Text text) {
        this.gold = gold;
        this.text = text;
    }

    Result match(List<Observation.Entity> seen) {
        Map<String, String> goldNameOf = new LinkedHashMap<>();
        Map<String, List<Observation.Entity>> found = new LinkedHashMap<>();
        for (Observation.Entity e : seen) {
            for (GoldFile.Entity g : gold.entities()) {
                if (matches(g, e)) {
                    goldNameOf.putIfAbsent(e.iri(), g.name());
                    found.computeIfAbsent(g.name(), k -> new ArrayList<>()).add(e);
                }
            }
        }
        int extracted = 0;
        int matched = 0;
        int falsePositives = 0;
        for (Observation.Entity e : seen) {
            if (e.mentions().isEmpty()) {
                continue; // a node only referred to (by an id it shares) is not something the text was read as saying
            }
            extracted++;
            if (goldNameOf.containsKey(e.iri())) {
                matched++;
            } else if (!namesOptional(e)) {
                falsePositives++;
            }
        }
        List<String> missing = gold.entities().stream().map(GoldFile.Entity::name).filter(n -> !found.containsKey(n)).toList();
        List<String> wrong = new ArrayList<>();
        ArticleScore.Count links = links(found, wrong);
        return new Result(goldNameOf, new ArticleScore.Entities(gold.entities().size(), extracted, matched,
                falsePositives, found.size()), links, missing, wrong);
    }

    /**
     * A found gold entity is linked right when one of its nodes has a right id and no id that is
     * wrong for every gold entity that node matched (a capital's node may carry its state's id).
     */
    private ArticleScore.Count links(Map<String, List<Observation.Entity>> found, List<String> wrong) {
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        for (GoldFile.Entity g : gold.entities()) {
            for (Observation.Entity e : found.getOrDefault(g.name(), List.of())) {
                allowed.computeIfAbsent(e.iri(), k -> new HashSet<>()).addAll(g.qids());
            }
        }
        int right = 0;
        int linkable = 0;
        for (GoldFile.Entity g : gold.entities()) {
            if (g.qid() == null || g.qid().isEmpty()) {
                continue;
            }
            linkable++; // the denominator counts gold entities that were not found at all, too
            List<Observation.Entity> nodes = found.get(g.name());
            if (nodes == null) {
                continue;
            }
            boolean ok = nodes.stream().anyMatch(e -> e.qids().stream().anyMatch(g.qids()::contains)
                    && allowed.get(e.iri()).containsAll(e.qids()));
            if (ok) {
                right++;
            } else {
                Set<String> got = new TreeSet<>();
                nodes.forEach(e -> got.addAll(e.qids()));
                wrong.add(g.name() + ":" + (got.isEmpty() ? "-" : String.join(",", got)));
            }
        }
        return new ArticleScore.Count(right, linkable);
    }

    private boolean matches(GoldFile.Entity g, Observation.Entity e) {
        if (e.types().stream().noneMatch(t -> compatible(g.type(), t))) {
            return false;
        }
        if (e.qids().stream().anyMatch(g.qids()::contains)) {
            return true;
        }
        for (Observation.Span s : e.mentions()) {
            String span = text.slice(s);
            for (String form : g.forms()) {
                if (NameMatch.sameName(span, form)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * States and places stand for each other (a capital for its government), and an organisation
     * may be read as a state; a state is never excused for being read as an organisation.
     */
    static boolean compatible(String goldType, String seenType) {
        if (goldType.equals(seenType)) {
            return true;
        }
        return switch (goldType) {
            case "State", "Place" -> seenType.equals("State") || seenType.equals("Place");
            case "Organization" -> seenType.equals("State");
            default -> false;
        };
    }

    private boolean namesOptional(Observation.Entity e) {
        for (Observation.Span s : e.mentions()) {
            String span = text.slice(s);
            for (String o : gold.optional()) {
                if (NameMatch.sameName(span, o)) {
                    return true;
                }
            }
        }
        return false;
    }
}
