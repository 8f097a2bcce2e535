package org.isnad.link;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The candidates of one entity, best first, and the one accepted, if any. A candidate is accepted
 * only when it scores at least {@code minScore} and beats the runner-up by {@code minMargin}: when
 * two items are nearly as good, picking one would be a guess, and a wrong link is worse than none.
 */
public record LinkDecision(EntityToLink entity, List<ScoredCandidate> candidates, ScoredCandidate accepted) {
    public static final BigDecimal DEFAULT_MIN_SCORE = new BigDecimal("0.70");
    public static final BigDecimal MIN_MARGIN = new BigDecimal("0.15");

    static LinkDecision decide(EntityToLink entity, List<ScoredCandidate> scored, BigDecimal minScore) {
        List<ScoredCandidate> sorted = scored.stream()
                .sorted(Comparator.comparing(ScoredCandidate::score).reversed()
                        .thenComparing(s -> s.item().id()))
                .toList();
        ScoredCandidate accepted = null;
        if (!sorted.isEmpty()) {
            ScoredCandidate top = sorted.get(0);
            BigDecimal runnerUp = sorted.size() > 1 ? sorted.get(1).score() : BigDecimal.ZERO;
            if (top.rejected() == null && top.score().compareTo(minScore) >= 0
                    && top.score().subtract(runnerUp).compareTo(MIN_MARGIN) >= 0) {
                accepted = top;
            }
        }
        return new LinkDecision(entity, sorted, accepted);
    }

    /** Best minus runner-up, for the report. */
    BigDecimal margin() {
        if (candidates.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal second = candidates.size() > 1 ? candidates.get(1).score() : BigDecimal.ZERO;
        return candidates.get(0).score().subtract(second);
    }
}
