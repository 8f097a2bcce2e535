package org.isnad.serve.page;

import java.util.List;
import java.util.Random;

/**
 * Places a graph's nodes in a rectangle (Fruchterman–Reingold): linked nodes pull together, all nodes
 * push apart. Seeded, so the same store always draws the same picture.
 */
final class ForceLayout {
    private ForceLayout() {
    }

    /** Where each node goes, how tall the picture is, and the size of each node's connected group. */
    record Placement(double[][] xy, double height, int[] groupSize) {
    }

    /**
     * Lays out each connected group on its own, so that a few large groups are not squeezed by many
     * small ones pushing them away: large groups one under the other across the whole width, each as
     * tall as its size asks; small groups (pairs, triples) in a grid below them.
     */
    static Placement byGroup(int n, List<int[]> edges, double width) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int[] e : edges) {
            parent[root(parent, e[0])] = root(parent, e[1]);
        }
        java.util.Map<Integer, List<Integer>> groups = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new java.util.ArrayList<>()).add(i);
        }
        List<List<Integer>> sorted = new java.util.ArrayList<>(groups.values());
        sorted.sort((a, b) -> b.size() != a.size() ? b.size() - a.size() : a.get(0) - b.get(0));
        double[][] xy = new double[n][2];
        int[] groupSize = new int[n];
        double y = 0;
        int column = 0;
        int columns = Math.max(1, (int) (width / 175));
        double cellWidth = width / columns;
        for (List<Integer> g : sorted) {
            g.forEach(i -> groupSize[i] = g.size());
            boolean large = g.size() >= 6;
            if (large) {
                double h = Math.min(900, Math.max(200, g.size() * 11));
                place(g, edges, xy, 0, y, width, h, 50);
                y += h;
            } else {
                place(g, edges, xy, column * cellWidth, y, cellWidth, 110, 28);
                column++;
                if (column == columns) {
                    column = 0;
                    y += 110;
                }
            }
        }
        return new Placement(xy, column == 0 ? y : y + 110, groupSize);
    }

    private static void place(List<Integer> group, List<int[]> edges, double[][] xy, double x0, double y0, double w, double h,
                              double margin) {
        java.util.Map<Integer, Integer> local = new java.util.HashMap<>();
        group.forEach(i -> local.put(i, local.size()));
        List<int[]> inside = edges.stream().filter(e -> local.containsKey(e[0]))
                .map(e -> new int[] {local.get(e[0]), local.get(e[1]), e[2]}).toList();
        double[][] p = place(group.size(), inside, w, h, margin);
        for (int i : group) {
            xy[i][0] = x0 + p[local.get(i)][0];
            xy[i][1] = y0 + p[local.get(i)][1];
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Positions [x, y] of {@code n} nodes with edges {from, to, weight}, inside width × height less a margin. */
    static double[][] place(int n, List<int[]> edges, double width, double height, double margin) {
        double[][] p = new double[n][2];
        Random random = new Random(42);
        for (int i = 0; i < n; i++) {
            p[i][0] = random.nextDouble() * width;
            p[i][1] = random.nextDouble() * height;
        }
        double k = Math.sqrt(width * height / Math.max(1, n)) * 1.1;
        double temperature = width / 8;
        for (int round = 0; round < 250; round++) {
            double[][] d = new double[n][2];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = p[i][0] - p[j][0];
                    double dy = p[i][1] - p[j][1];
                    double dist = Math.max(0.01, Math.hypot(dx, dy));
                    double f = k * k / dist;
                    d[i][0] += dx / dist * f;
                    d[i][1] += dy / dist * f;
                    d[j][0] -= dx / dist * f;
                    d[j][1] -= dy / dist * f;
                }
            }
            for (int[] e : edges) {
                double dx = p[e[0]][0] - p[e[1]][0];
                double dy = p[e[0]][1] - p[e[1]][1];
                double dist = Math.max(0.01, Math.hypot(dx, dy));
                double f = dist * dist / k * Math.min(3, 1 + Math.log(e[2]));
                d[e[0]][0] -= dx / dist * f;
                d[e[0]][1] -= dy / dist * f;
                d[e[1]][0] += dx / dist * f;
                d[e[1]][1] += dy / dist * f;
            }
            for (int i = 0; i < n; i++) {
                // a weak pull to the centre keeps separate groups on the canvas
                d[i][0] += (width / 2 - p[i][0]) * 0.02 * k / 10;
                d[i][1] += (height / 2 - p[i][1]) * 0.02 * k / 10;
                double len = Math.max(0.01, Math.hypot(d[i][0], d[i][1]));
                p[i][0] += d[i][0] / len * Math.min(len, temperature);
                p[i][1] += d[i][1] / len * Math.min(len, temperature);
            }
            temperature *= 0.97;
        }
        fit(p, width, height, margin);
        return p;
    }

    /** Scales the positions to fill the rectangle less the margin. */
    private static void fit(double[][] p, double width, double height, double margin) {
        if (p.length == 0) {
            return;
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] q : p) {
            minX = Math.min(minX, q[0]);
            maxX = Math.max(maxX, q[0]);
            minY = Math.min(minY, q[1]);
            maxY = Math.max(maxY, q[1]);
        }
        double sx = (width - 2 * margin) / Math.max(1e-6, maxX - minX);
        double sy = (height - 2 * margin) / Math.max(1e-6, maxY - minY);
        for (double[] q : p) {
            q[0] = p.length == 1 ? width / 2 : margin + (q[0] - minX) * sx;
            q[1] = p.length == 1 ? height / 2 : margin + (q[1] - minY) * sy;
        }
    }
}
