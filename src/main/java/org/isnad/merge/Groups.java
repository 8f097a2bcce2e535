package org.isnad.merge;

/** Disjoint groups of indexes (union-find) in an array: {@code g[i]} leads towards i's group's root. */
final class Groups {
    private Groups() {
    }

    static int find(int[] g, int i) {
        while (g[i] != i) {
            g[i] = g[g[i]];
            i = g[i];
        }
        return i;
    }

    /** Joins two groups under the lower root, so that a group's root is its earliest member. */
    static void union(int[] g, int a, int b) {
        int ra = find(g, a);
        int rb = find(g, b);
        if (ra != rb) {
            g[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
