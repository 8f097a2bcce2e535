package org.isnad.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Greedy complete-linkage clustering, the same for event reports and claims. Pairs are taken best
 * first; two clusters join only if every report of one may go with every report of the other, so a
 * chain of near neighbours never joins two things that are known to differ (two meetings of the same
 * leaders years apart, bridged by a report with no date). Ties are broken by the items' order, which
 * the caller makes a function of the items alone (chronological, then by IRI): the result depends on
 * the set of reports, never on the order in which they arrived.
 */
final class Clustering {
    /** What the rules say of one pair: whether they may be one, how well they fit, and why (or why not). */
    record Verdict(boolean compatible, double score, String reason) {
        static Verdict no(String why) {
            return new Verdict(false, 0, why);
        }

        static Verdict yes(double score, String why) {
            return new Verdict(true, score, why);
        }
    }

    /** A cluster: its members in the caller's order, and for each but the first why it belongs. */
    record Cluster<T>(List<T> members, Map<T, String> reasons) {
    }

    private record Pair(int a, int b, double score) {
    }

    private Clustering() {
    }

    static <T> List<Cluster<T>> cluster(List<T> items, BiFunction<T, T, Verdict> rules, Function<T, String> describe) {
        int n = items.size();
        Verdict[][] verdicts = new Verdict[n][n];
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Verdict v = rules.apply(items.get(i), items.get(j));
                verdicts[i][j] = v;
                verdicts[j][i] = v;
                if (v.compatible()) {
                    pairs.add(new Pair(i, j, v.score()));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.score()).thenComparingInt(Pair::a).thenComparingInt(Pair::b));
        int[] owner = new int[n];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            owner[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        for (Pair p : pairs) {
            int ca = owner[p.a()];
            int cb = owner[p.b()];
            if (ca == cb || !allCompatible(members.get(ca), members.get(cb), verdicts)) {
                continue;
            }
            int keep = Math.min(ca, cb);
            int gone = Math.max(ca, cb);
            for (int m : members.get(gone)) {
                owner[m] = keep;
            }
            members.get(keep).addAll(members.get(gone));
            members.get(gone).clear();
        }
        List<Cluster<T>> out = new ArrayList<>();
        for (List<Integer> ms : members) {
            if (ms.isEmpty()) {
                continue;
            }
            ms.sort(Integer::compare);
            List<T> list = new ArrayList<>();
            Map<T, String> reasons = new LinkedHashMap<>();
            for (int k = 0; k < ms.size(); k++) {
                int i = ms.get(k);
                list.add(items.get(i));
                if (k > 0) {
                    reasons.put(items.get(i), bestReason(i, ms.subList(0, k), items, verdicts, describe));
                }
            }
            out.add(new Cluster<>(list, reasons));
        }
        return out;
    }

    /** Why a member belongs: the best-fitting earlier member and what the rules said of the two. */
    private static <T> String bestReason(int i, List<Integer> earlier, List<T> items, Verdict[][] verdicts,
                                         Function<T, String> describe) {
        int best = earlier.get(0);
        for (int j : earlier) {
            if (verdicts[i][j].score() > verdicts[i][best].score()) {
                best = j;
            }
        }
        return "with " + describe.apply(items.get(best)) + ": " + verdicts[i][best].reason();
    }

    private static boolean allCompatible(List<Integer> a, List<Integer> b, Verdict[][] verdicts) {
        for (int i : a) {
            for (int j : b) {
                if (!verdicts[i][j].compatible()) {
                    return false;
                }
            }
        }
        return true;
    }
}
