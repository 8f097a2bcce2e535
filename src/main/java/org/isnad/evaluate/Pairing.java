package org.isnad.evaluate;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The most gold items that can each be given a different extracted item they accept (a maximum
 * bipartite matching, by augmenting paths). Used where the shared scorer's first-come pairing
 * would make a figure depend on the order the store returns nodes in: two claims on one line,
 * paired the other way round, turn a stance from all right to all wrong.
 */
final class Pairing {
    private Pairing() {
    }

    static <G, X> int most(List<G> gold, List<X> seen, BiPredicate<G, X> accepts) {
        int[] holder = new int[seen.size()];
        Arrays.fill(holder, -1);
        int paired = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (augment(g, gold, seen, accepts, holder, new boolean[seen.size()])) {
                paired++;
            }
        }
        return paired;
    }

    /** Finds gold item g an extracted item, moving earlier holders to others they accept when needed. */
    private static <G, X> boolean augment(int g, List<G> gold, List<X> seen, BiPredicate<G, X> accepts,
                                          int[] holder, boolean[] visited) {
        for (int x = 0; x < seen.size(); x++) {
            if (visited[x] || !accepts.test(gold.get(g), seen.get(x))) {
                continue;
            }
            visited[x] = true;
            if (holder[x] < 0 || augment(holder[x], gold, seen, accepts, holder, visited)) {
                holder[x] = g;
                return true;
            }
        }
        return false;
    }
}
