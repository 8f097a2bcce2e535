package org.isnad.serve.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds entities by name, in Arabic or Latin letters, with spelling variants and misspellings. A query
 * gathers candidates through four doors (the whole name, any of its words, any word's sound key, shared
 * letter trigrams) and each candidate is scored 0–100 on its best name: 100 only when a name equals
 * the query after folding; otherwise the best of spelling similarity, words in common and sound-key
 * similarity, which never reach 100.
 */
public final class ActorIndex {
    /** Below this a candidate is not worth showing. */
    public static final int MIN_SCORE = 40;
    /** A second candidate scoring this much makes an exact match ambiguous. */
    static final int RIVAL_SCORE = 80;

    private record Name(Actor actor, String raw, String normal, String compact, String key, String fineKey,
                        Set<String> words) {
    }

    private final List<Actor> actors;
    private final Map<String, Actor> byIri = new HashMap<>();
    private final Map<String, List<Name>> byCompact = new HashMap<>();
    private final Map<String, List<Name>> byWord = new HashMap<>();
    private final Map<String, List<Name>> byWordKey = new HashMap<>();
    private final Map<String, List<Name>> byTrigram = new HashMap<>();

    public ActorIndex(List<Actor> actors) {
        this.actors = List.copyOf(actors);
        for (Actor a : actors) {
            byIri.put(a.iri(), a);
            for (String raw : a.names()) {
                String normal = NameKeys.normal(raw);
                if (normal.isEmpty()) {
                    continue;
                }
                Name n = new Name(a, raw, normal, NameKeys.compact(normal), NameKeys.key(normal),
                        NameKeys.fineKey(normal), Set.copyOf(NameKeys.words(normal)));
                byCompact.computeIfAbsent(n.compact(), k -> new ArrayList<>()).add(n);
                n.words().forEach(w -> byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(n));
                for (String k : NameKeys.words(n.key())) {
                    if (k.length() >= 2) {
                        byWordKey.computeIfAbsent(k, x -> new ArrayList<>()).add(n);
                    }
                }
                trigrams(n.compact()).forEach(t -> byTrigram.computeIfAbsent(t, x -> new ArrayList<>()).add(n));
            }
        }
    }

    public List<Actor> actors() {
        return actors;
    }

    public Actor get(String iri) {
        return byIri.get(iri);
    }

    /** Candidates for a name, best first, at most {@code limit}, each scoring at least {@link #MIN_SCORE}. */
    public List<Candidate> search(String query, Predicate<Actor> accept, int limit) {
        String normal = NameKeys.normal(query);
        if (normal.isEmpty()) {
            return List.of();
        }
        Query q = new Query(normal, NameKeys.compact(normal), NameKeys.key(normal), NameKeys.fineKey(normal),
                NameKeys.words(normal));
        Map<Actor, Candidate> best = new LinkedHashMap<>();
        for (Name n : gather(q)) {
            if (!accept.test(n.actor())) {
                continue;
            }
            int s = score(q, n);
            Candidate c = best.get(n.actor());
            if (s >= MIN_SCORE && (c == null || s > c.score())) {
                best.put(n.actor(), new Candidate(n.actor(), s, n.raw()));
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingInt(Candidate::score).reversed()
                        .thenComparing(c -> -c.actor().mentions())
                        .thenComparing(c -> c.actor().iri()))
                .limit(limit)
                .toList();
    }

    /** Entities with a name that starts with the given text (after folding), most mentioned first: for suggestions. */
    public List<Actor> startingWith(String prefix, Predicate<Actor> accept, int limit) {
        String p = NameKeys.normal(prefix);
        if (p.isEmpty()) {
            return List.of();
        }
        Set<Actor> found = new java.util.LinkedHashSet<>();
        byCompact.forEach((compact, names) -> names.forEach(n -> {
            if ((n.normal().startsWith(p) || n.words().stream().anyMatch(w -> w.startsWith(p))) && accept.test(n.actor())) {
                found.add(n.actor());
            }
        }));
        return found.stream().sorted(Comparator.comparingInt(Actor::mentions).reversed().thenComparing(Actor::iri))
                .limit(limit).toList();
    }

    /**
     * Whether the first candidate is the one entity the name stands for: it matches exactly, no other
     * entity matches exactly or nearly, and a one-word name (a surname, a given name) is no word of
     * another entity of the same kind's name.
     */
    public boolean unambiguous(String query, List<Candidate> candidates) {
        if (candidates.isEmpty() || !candidates.get(0).exact()) {
            return false;
        }
        Actor top = candidates.get(0).actor();
        for (Candidate other : candidates.subList(1, candidates.size())) {
            if (other.score() >= RIVAL_SCORE) {
                return false;
            }
        }
        List<String> words = NameKeys.words(NameKeys.normal(query));
        if (words.size() == 1) {
            for (Name n : byWord.getOrDefault(words.get(0), List.of())) {
                if (n.actor() != top && n.actor().type().equals(top.type())) {
                    return false;
                }
            }
        }
        return true;
    }

    private record Query(String normal, String compact, String key, String fineKey, List<String> words) {
    }

    private Collection<Name> gather(Query q) {
        Set<Name> out = new HashSet<>(byCompact.getOrDefault(q.compact(), List.of()));
        q.words().forEach(w -> out.addAll(byWord.getOrDefault(w, List.of())));
        for (String k : NameKeys.words(q.key())) {
            if (k.length() >= 2) {
                out.addAll(byWordKey.getOrDefault(k, List.of()));
            }
        }
        // Misspelled words: names sharing enough of the query's letter trigrams.
        Set<String> grams = trigrams(q.compact());
        Map<Name, Integer> shared = new HashMap<>();
        for (String t : grams) {
            for (Name n : byTrigram.getOrDefault(t, List.of())) {
                shared.merge(n, 1, Integer::sum);
            }
        }
        int needed = Math.max(1, (int) Math.ceil(grams.size() * 0.4));
        shared.forEach((n, count) -> {
            if (count >= needed) {
                out.add(n);
            }
        });
        return out;
    }

    static int score(Query q, Name n) {
        if (q.compact().equals(n.compact())) {
            return 100;
        }
        double spelling = 90 * NameKeys.similarity(q.normal(), n.normal());
        double words = 0;
        if (!q.words().isEmpty() && n.words().containsAll(q.words())) {
            words = 60 + 30.0 * Set.copyOf(q.words()).size() / n.words().size();
        }
        return (int) Math.min(99, Math.round(Math.max(spelling, Math.max(words, sound(q, n)))));
    }

    /**
     * How alike two names sound, up to 85: their sound keys must be equal (or nearly, for long keys);
     * longer keys and vowels in common count more, since short keys collide (Putin, Biden, Fidan).
     */
    static double sound(Query q, Name n) {
        String qk = NameKeys.compact(q.key());
        String nk = NameKeys.compact(n.key());
        if (qk.length() < 3 || nk.length() < 3) {
            return 0;
        }
        double keys = NameKeys.similarity(q.key(), n.key());
        if (keys < 1 && (qk.length() < 5 || keys < 0.75)) {
            return 0;
        }
        double vowels = NameKeys.similarity(q.fineKey(), n.fineKey());
        return keys * (55 + 15 * Math.min(1.0, qk.length() / 6.0) + 15 * vowels);
    }

    private static Set<String> trigrams(String s) {
        Set<String> out = new HashSet<>();
        String padded = " " + s + " ";
        for (int i = 0; i + 3 <= padded.length(); i++) {
            out.add(padded.substring(i, i + 3));
        }
        return out;
    }
}
