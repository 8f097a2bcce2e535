package org.isnad.extract;

import org.isnad.text.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Runs a compiled pattern over one sentence by backtracking, as a regular-expression engine does
 * over characters: leftmost match first, greedy repeats longest first (lazy ones shortest first),
 * matches do not overlap. A step budget bounds the work a pathological pattern can cause.
 */
final class RuleMatcher {
    /** One match: tokens [first, end) and each capture's tokens. */
    record Found(int first, int end, Map<String, int[]> captures) {
        int[] capture(String name) {
            return captures.get(name);
        }
    }

    /** Backtracking steps allowed per start position: far above any sane rule, far below a hang. */
    static final int STEP_BUDGET = 20_000;

    private final Context cx;
    private int from;
    private int to;
    private int steps;
    private final Map<String, int[]> captures = new HashMap<>();

    RuleMatcher(Context cx) {
        this.cx = cx;
    }

    private static final class OutOfSteps extends RuntimeException {
        OutOfSteps() {
            super(null, null, false, false);
        }
    }

    List<Found> findAll(RulePattern pattern, Sentence s) {
        from = s.firstToken();
        to = s.endToken();
        List<Found> out = new ArrayList<>();
        for (TokenTest needed : pattern.required) {
            if (!passesSomewhere(needed)) {
                return out;
            }
        }
        // a pattern that opens with ^ can only match at the sentence's first token
        int lastStart = pattern.anchoredAtStart ? Math.min(to, from + 1) : to;
        for (int start = from; start < lastStart; ) {
            captures.clear();
            steps = 0;
            int[] end = {-1};
            boolean found;
            try {
                found = match(pattern.root, start, e -> {
                    end[0] = e;
                    return true;
                });
            } catch (OutOfSteps | StackOverflowError e) {
                found = false; // a pathological text or pattern: no match here, the rest of the document goes on
            }
            if (found && end[0] > start) {
                out.add(new Found(start, end[0], Map.copyOf(captures)));
                start = end[0];
            } else {
                start++;
            }
        }
        return out;
    }

    private boolean passesSomewhere(TokenTest test) {
        for (int i = from; i < to; i++) {
            if (test.match(cx, i) >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean match(RulePattern.Node node, int i, IntPredicate then) {
        if (++steps > STEP_BUDGET) {
            throw new OutOfSteps();
        }
        if (node instanceof RulePattern.Test t) {
            int e = i < to ? t.test().match(cx, i) : -1;
            return e >= 0 && e <= to && then.test(e);
        }
        if (node instanceof RulePattern.Seq seq) {
            return sequence(seq.items(), 0, i, then);
        }
        if (node instanceof RulePattern.Alt alt) {
            for (RulePattern.Node option : alt.options()) {
                if (match(option, i, then)) {
                    return true;
                }
            }
            return false;
        }
        if (node instanceof RulePattern.Repeat r) {
            return repeat(r, 0, i, then);
        }
        if (node instanceof RulePattern.Capture c) {
            int[] before = captures.get(c.name());
            return match(c.body(), i, e -> {
                captures.put(c.name(), new int[]{i, e});
                if (then.test(e)) {
                    return true;
                }
                restore(c.name(), before);
                return false;
            });
        }
        if (node instanceof RulePattern.Look look) {
            Map<String, int[]> saved = new HashMap<>(captures);
            boolean holds = look.ahead() ? match(look.body(), i, e -> true) : behind(look.body(), i);
            captures.clear();
            captures.putAll(saved);
            return holds != look.negated() && then.test(i);
        }
        RulePattern.Anchor a = (RulePattern.Anchor) node;
        return (a.start() ? i == from : i == to) && then.test(i);
    }

    private boolean sequence(List<RulePattern.Node> items, int k, int i, IntPredicate then) {
        if (k == items.size()) {
            return then.test(i);
        }
        return match(items.get(k), i, e -> sequence(items, k + 1, e, then));
    }

    private boolean repeat(RulePattern.Repeat r, int count, int i, IntPredicate then) {
        boolean mayStop = count >= r.min();
        boolean mayGo = count < r.max();
        if (r.lazy() && mayStop && then.test(i)) {
            return true;
        }
        // e > i: an empty match of the body would repeat for ever without reading anything
        if (mayGo && match(r.body(), i, e -> e > i && repeat(r, count + 1, e, then))) {
            return true;
        }
        return !r.lazy() && mayStop && then.test(i);
    }

    /** Whether {@code body} matches some tokens that end exactly at {@code i} (within the sentence). */
    private boolean behind(RulePattern.Node body, int i) {
        int width = widths.computeIfAbsent(body, RuleMatcher::maxWidth);
        for (int start = i; start >= from && i - start <= width; start--) {
            if (match(body, start, e -> e == i)) {
                return true;
            }
        }
        return false;
    }

    /** Lookbehind bodies' widths, computed once per pattern node (nodes are immutable and shared). */
    private static final java.util.Map<RulePattern.Node, Integer> widths = new java.util.concurrent.ConcurrentHashMap<>();

    /** The most tokens a node can read (a phrase or mention counts as up to MAX_REPEAT), capped there. */
    private static int maxWidth(RulePattern.Node node) {
        long w;
        if (node instanceof RulePattern.Test t) {
            w = t.test().spansTokens() ? RulePattern.MAX_REPEAT : 1;
        } else if (node instanceof RulePattern.Seq q) {
            w = q.items().stream().mapToLong(RuleMatcher::maxWidth).sum();
        } else if (node instanceof RulePattern.Alt a) {
            w = a.options().stream().mapToInt(RuleMatcher::maxWidth).max().orElse(0);
        } else if (node instanceof RulePattern.Repeat r) {
            w = (long) maxWidth(r.body()) * r.max();
        } else if (node instanceof RulePattern.Capture c) {
            w = maxWidth(c.body());
        } else {
            w = 0; // a look or an anchor reads nothing
        }
        return (int) Math.min(w, RulePattern.MAX_REPEAT);
    }

    private void restore(String name, int[] before) {
        if (before == null) {
            captures.remove(name);
        } else {
            captures.put(name, before);
        }
    }
}
