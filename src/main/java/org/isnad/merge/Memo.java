package org.isnad.merge;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers of a pure function kept for the next time they are asked, shared by threads (a server
 * merges live ingests while another merge may run) and bounded: past {@link #LIMIT} answers it starts
 * again empty, which costs a little recomputing and keeps a long run's memory flat.
 */
final class Memo<K, V> {
    static final int LIMIT = 200_000;
    private final Map<K, V> answers = new ConcurrentHashMap<>();

    V get(K key, Function<K, V> compute) {
        V v = answers.get(key);
        if (v == null) {
            v = compute.apply(key);
            if (answers.size() >= LIMIT) {
                answers.clear();
            }
            answers.put(key, v);
        }
        return v;
    }
}
