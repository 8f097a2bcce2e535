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
                        Set<String> words, String keyCompact, List<String> keyWords) {
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
                String key = NameKeys.key(normal);
                Name n = new Name(a, raw, normal, NameKeys.compact(normal), key, NameKeys.fineKey(normal),
                        Set.copyOf(NameKeys.words(normal)), NameKeys.compact(key), NameKeys.words(key));
                byCompact.computeIfAbsent(n.compact(), k -> new ArrayList<>()).add(n);
                n.words().forEach(w -> byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(n));
                for (String k : n.keyWords()) {
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
        String key = NameKeys.key(normal);
        Query q = new Query(normal, NameKeys.compact(normal), key, NameKeys.fineKey(normal), NameKeys.words(normal),
                NameKeys.compact(key), NameKeys.words(key));
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

    private record Query(String normal, String compact, String key, String fineKey, List<String> words, String keyCompact,
                         List<String> keyWords) {
    }

    /** Words and sound keys this common (a short given name's) find too many names to be worth scoring. */
    static final int COMMON_KEY = 300;
    /** Of the names that only share letter trigrams with the query, the ones sharing most are scored. */
    static final int TRIGRAM_CANDIDATES = 150;

    private Collection<Name> gather(Query q) {
        Set<Name> out = new HashSet<>(byCompact.getOrDefault(q.compact(), List.of()));
        for (String w : q.words()) {
            // A word as common as "council" or "agency" finds names the query's other words find better.
            List<Name> names = byWord.getOrDefault(w, List.of());
            if (names.size() <= COMMON_KEY || q.words().size() == 1) {
                out.addAll(names);
            }
        }
        for (String k : q.keyWords()) {
            List<Name> names = byWordKey.getOrDefault(k, List.of());
            if (k.length() >= 2 && names.size() <= COMMON_KEY) {
                out.addAll(names);
            }
        }
        // Misspelled words: the names sharing most of the query's letter trigrams.
        Set<String> grams = trigrams(q.compact());
        Map<Name, Integer> shared = new HashMap<>();
        for (String t : grams) {
            for (Name n : byTrigram.getOrDefault(t, List.of())) {
                shared.merge(n, 1, Integer::sum);
            }
        }
        int needed = Math.max(1, (int) Math.ceil(grams.size() * 0.4));
        shared.entrySet().stream().filter(e -> e.getValue() >= needed)
                .sorted(Map.Entry.<Name, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().actor().iri()).thenComparing(e -> e.getKey().raw()))
                .limit(TRIGRAM_CANDIDATES)
                .forEach(e -> out.add(e.getKey()));
        return out;
    }

    static int score(Query q, Name n) {
        if (q.compact().equals(n.compact())) {
            return 100;
        }
        // Edit distance is the cost here: skip it when the lengths alone rule out a useful score.
        int longer = Math.max(q.normal().length(), n.normal().length());
        double spellingBound = 90 * (1 - (double) Math.abs(q.normal().length() - n.normal().length()) / longer);
        double spelling = spellingBound < MIN_SCORE ? 0 : 90 * NameKeys.similarity(q.normal(), n.normal());
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
        String qk = q.keyCompact();
        String nk = n.keyCompact();
        if (qk.length() < 3 || nk.length() < 3) {
            return 0;
        }
        double part = soundOfPart(q, n);
        if (qk.length() != nk.length() && Math.abs(qk.length() - nk.length()) > 0.25 * Math.max(qk.length(), nk.length())) {
            return part; // keys this different in length are less than 0.75 alike
        }
        double keys = NameKeys.similarity(q.key(), n.key());
        if (keys < 1 && (qk.length() < 5 || keys < 0.75)) {
            return part;
        }
        double vowels = NameKeys.similarity(q.fineKey(), n.fineKey());
        return Math.max(part, keys * (55 + 15 * Math.min(1.0, qk.length() / 6.0) + 15 * vowels));
    }

    /**
     * Part of a name written in the other script (Patrushev for a two-word Arabic name): every word of
     * the query sounds like a word of the name. Up to 75, below a rival to an exact match.
     */
    static double soundOfPart(Query q, Name n) {
        List<String> qWords = q.keyWords();
        List<String> nWords = n.keyWords();
        if (qWords.isEmpty() || qWords.size() >= nWords.size()) {
            return 0;
        }
        for (String w : qWords) {
            if (w.length() < 3 || !nWords.contains(w)) {
                return 0;
            }
        }
        return 55 + 20.0 * qWords.size() / nWords.size();
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
