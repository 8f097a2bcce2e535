package org.isnad.extract;

import org.isnad.text.Fold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases keyed by their folded words, for longest-match lookup over tokens.
 * The first word may carry clitics (the caller passes its possible stems); the others must match
 * as written (folded).
 */
final class PhraseIndex<V> {
    record Phrase<V>(List<String> words, V value) {
    }

    private final Map<String, List<Phrase<V>>> byFirstWord = new HashMap<>();
    private final java.util.function.UnaryOperator<String> key;
    /** Keyed forms of words already seen: the same words recur in every article. Bounded, shared by threads. */
    private final Map<String, String> keyed = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_KEYED = 200_000;
    private final boolean identity;

    /** Position of this index in its language pack, for {@link Morphology.Reading#mayStart}; -1 when unregistered. */
    private int id = -1;

    void id(int id) {
        this.id = id;
    }

    int id() {
        return id;
    }

    /** Whether some phrase may start with this reading, from the reading's precomputed mask. */
    boolean mayStart(Morphology.Reading r) {
        return id < 0 || r.mayStart(id);
    }

    /** Whether words are compared as they are (the key of a reading is its stem). */
    boolean comparesStems() {
        return identity;
    }

    /** The keys phrases start with. */
    java.util.Set<String> firstWords() {
        return byFirstWord.keySet();
    }

    boolean startsWithKey(Morphology.Reading r) {
        return byFirstWord.containsKey(readingKey.apply(r));
    }

    /** The key of a word as read with its clitics off, precomputed in the reading. */
    private final java.util.function.Function<Morphology.Reading, String> readingKey;

    PhraseIndex() {
        this.key = s -> s;
        this.identity = true;
        this.readingKey = Morphology.Reading::stem;
    }

    /** An index whose words are compared through {@code key}, e.g. {@link Fold#gKey}. */
    PhraseIndex(java.util.function.UnaryOperator<String> key, java.util.function.Function<Morphology.Reading, String> readingKey) {
        this.key = key;
        this.identity = false;
        this.readingKey = readingKey;
    }

    /** The form this index compares {@code word} by (memoised). */
    String keyOf(String word) {
        if (identity) {
            return word;
        }
        String k = keyed.get(word);
        if (k == null) {
            k = key.apply(word);
            if (keyed.size() > MAX_KEYED) {
                keyed.clear();
            }
            keyed.put(word, k);
        }
        return k;
    }

    void add(String phrase, V value) {
        List<String> words = new ArrayList<>();
        for (String w : org.isnad.text.TextAnalyzer.analyze(phrase).tokens().stream()
                .map(t -> t.folded()).toList()) {
            words.add(key.apply(w));
        }
        if (words.isEmpty()) {
            return;
        }
        byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Phrase<>(List.copyOf(words), value));
    }

    boolean isEmpty() {
        return byFirstWord.isEmpty();
    }

    /** Phrases whose first word is {@code first} (a reading of a folded word) and whose other words follow in {@code next}. */
    List<Phrase<V>> matches(Morphology.Reading first, List<String> next) {
        List<Phrase<V>> candidates = byFirstWord.get(readingKey.apply(first));
        if (candidates == null) {
            return List.of();
        }
        List<Phrase<V>> out = null;
        String[] keyedNext = null;
        for (Phrase<V> p : candidates) {
            List<String> words = p.words();
            int size = words.size();
            if (size - 1 > next.size()) {
                continue;
            }
            if (size > 1 && keyedNext == null) {
                keyedNext = new String[next.size()];
            }
            boolean ok = true;
            for (int i = 1; i < size && ok; i++) {
                if (keyedNext[i - 1] == null) {
                    keyedNext[i - 1] = keyOf(next.get(i - 1));
                }
                ok = words.get(i).equals(keyedNext[i - 1]);
            }
            if (ok) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(p);
            }
        }
        return out == null ? List.of() : out;
    }

    boolean containsWord(String folded) {
        List<Phrase<V>> c = byFirstWord.get(keyOf(folded));
        return c != null && c.stream().anyMatch(p -> p.words().size() == 1);
    }
}
