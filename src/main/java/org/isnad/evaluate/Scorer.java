package org.isnad.evaluate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * Scores one article's observation against its gold by the shared scorer's rules, so that the
 * figures are the ones the README reports. Meetings and claims are paired greedily, in gold order,
 * each gold one with the first unpaired extracted one that fits (so the store's row order can
 * change those figures: {@link Observer} keeps it); a node unmatched to any gold entity stands for
 * no one (it can only be the "anonymous" claimant, or a generic participant).
 */
public final class Scorer {
    /** What a claimant that is no gold entity is recorded as. */
    private static final String UNKNOWN = "?anon";

    private final GoldFile gold;
    private final Text text;
    private final Set<String> names;

    private Scorer(GoldFile gold, Text text) {
        this.gold = gold;
        this.text = text;
        this.names = gold.names();
    }

    /** @param text the article as the scorer reads it ({@link Text#read}) */
    static ArticleScore score(GoldFile gold, Text text, Observation seen, String language) {
        return new Scorer(gold, text).score(seen, language);
    }

    public static ArticleScore score(GoldFile gold, String text, Observation seen, String language) {
        return score(gold, new Text(text), seen, language);
    }

    private ArticleScore score(Observation seen, String language) {
        EntityMatcher.Result ents = new EntityMatcher(gold, text).match(seen.entities());
        Map<String, String> who = ents.goldNameOf();
        Meetings meetings = meetings(seen.meetings(), who);
        Claims claims = claims(seen.claims(), who);
        return new ArticleScore(gold.name(), language, ents.entities(), ents.links(),
                new ArticleScore.Found(gold.meetings().size(), seen.meetings().size(), meetings.matched()),
                new ArticleScore.Count(meetings.statusRight(), gold.meetings().size()),
                new ArticleScore.Found(gold.claims().size(), seen.claims().size(), claims.matched()),
                new ArticleScore.Count(claims.attributed(), gold.claims().size()),
                claims.stance(), claims.via(), ents.missing(), ents.wrongLinks(),
                concat(meetings.errors(), claims.errors()));
    }

    private record Meetings(int matched, int statusRight, List<String> errors) {
    }

    private record Claims(int matched, int attributed, ArticleScore.Count stance, ArticleScore.Count via,
                          List<String> errors) {
    }

    /**
     * A gold meeting is found by an extracted one that shares a line of evidence and has enough of its
     * participants: two (or all, when fewer), a generic participant counting once for any node that is
     * no gold entity.
     */
    private Meetings meetings(List<Observation.Meeting> seen, Map<String, String> who) {
        Set<String> used = new HashSet<>();
        int matched = 0;
        int status = 0;
        List<String> errors = new ArrayList<>();
        for (GoldFile.Meeting g : gold.meetings()) {
            boolean found = false;
            int need = Math.min(2, g.participants().size());
            Set<String> named = new HashSet<>(g.participants());
            named.retainAll(names);
            boolean generic = !names.containsAll(g.participants());
            for (Observation.Meeting m : seen) {
                if (used.contains(m.iri())) {
                    continue;
                }
                Set<String> parts = new HashSet<>();
                m.participants().forEach(p -> parts.add(who.getOrDefault(p, p)));
                long hits = parts.stream().filter(named::contains).count()
                        + (generic && parts.stream().anyMatch(p -> !names.contains(p)) ? 1 : 0);
                if (hits >= need && lines(m.evidence()).stream().anyMatch(g.lines()::contains)) {
                    used.add(m.iri());
                    matched++;
                    found = true;
                    if (m.statuses().contains(g.status())) {
                        status++;
                    } else {
                        errors.add("meeting " + g.id() + " " + g.status() + " " + g.participants()
                                + ": found as " + m.statuses());
                    }
                    break;
                }
            }
            if (!found) {
                errors.add("meeting " + g.id() + " " + g.status() + " " + g.participants() + " (lines "
                        + g.lines() + "): missed");
            }
        }
        for (Observation.Meeting m : seen) {
            if (!used.contains(m.iri())) {
                List<String> parts = m.participants().stream().map(p -> who.getOrDefault(p, "?")).sorted().toList();
                errors.add("meeting " + m.statuses() + " " + parts + " (lines " + new TreeSet<>(lines(m.evidence()))
                        + "): not in the gold");
            }
        }
        return new Meetings(matched, status, errors);
    }

    /**
     * A gold claim is found by the first unpaired extracted claim with evidence on its line, and then
     * its attribution is checked (the scorer's figures). Stance and via are ours and are counted over
     * the best pairing the lines allow instead, so that they do not hang on the store's row order:
     * of the gold claims that can be paired with a claim on their line, how many can be paired with
     * one that also has their stance (or was relayed by their outlet).
     */
    private Claims claims(List<Observation.Claim> seen, Map<String, String> who) {
        Set<String> used = new HashSet<>();
        int matched = 0;
        int attributed = 0;
        List<String> errors = new ArrayList<>();
        for (GoldFile.Claim g : gold.claims()) {
            boolean found = false;
            for (Observation.Claim c : seen) {
                if (used.contains(c.iri()) || !lines(c.evidence()).contains(g.line())) {
                    continue;
                }
                used.add(c.iri());
                matched++;
                Set<String> claimants = new HashSet<>();
                c.claimants().forEach(a -> claimants.add(who.getOrDefault(a, UNKNOWN)));
                found = true;
                if (attributed(g, claimants)) {
                    attributed++;
                } else {
                    errors.add("claim " + g.id() + " (line " + g.line() + ") by " + g.claimants() + ": found as by "
                            + new TreeSet<>(claimants));
                }
                break;
            }
            if (!found) {
                errors.add("claim " + g.id() + " (line " + g.line() + ") by " + g.claimants() + ": missed");
            }
        }
        BiPredicate<GoldFile.Claim, Observation.Claim> sameLine = (g, c) -> lines(c.evidence()).contains(g.line());
        List<GoldFile.Claim> relayed = gold.claims().stream().filter(g -> g.via() != null).toList();
        ArticleScore.Count stance = new ArticleScore.Count(
                Pairing.most(gold.claims(), seen, sameLine.and((g, c) -> c.stances().contains(g.stance()))),
                Pairing.most(gold.claims(), seen, sameLine));
        ArticleScore.Count via = new ArticleScore.Count(
                Pairing.most(relayed, seen, sameLine.and((g, c) -> c.vias().stream().anyMatch(v -> g.via().equals(who.get(v))))),
                Pairing.most(relayed, seen, sameLine));
        return new Claims(matched, attributed, stance, via, errors);
    }

    /** An anonymous gold claimant is matched by claimants that are all no gold entity; a named one by name. */
    private boolean attributed(GoldFile.Claim g, Set<String> claimants) {
        if (g.anonymous()) {
            return !claimants.isEmpty() && claimants.stream().allMatch(w -> w.equals(UNKNOWN) || !names.contains(w));
        }
        return g.claimants().stream().anyMatch(claimants::contains);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private Set<Integer> lines(Set<Observation.Span> spans) {
        Set<Integer> out = new HashSet<>();
        for (Observation.Span s : spans) {
            int line = text.lineOf(s);
            if (line >= 0) {
                out.add(line);
            }
        }
        return out;
    }
}
