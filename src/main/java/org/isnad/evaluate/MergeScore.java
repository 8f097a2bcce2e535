package org.isnad.evaluate;

import java.util.List;

/**
 * Pairwise scores of cross-document merging. Every pair of items from two different documents counts:
 * a true positive when gold and merging both put them together, a false positive when only merging
 * does, a false negative when only the gold does.
 *
 * @param events          reports of gold events, paired by event
 * @param sameSides       false positives that join two distinct meetings of the same sides
 * @param entities        named entities, paired by canonical node
 * @param unlinked        the same, counting only pairs where neither side is linked to Wikidata
 * @param reportsFound    gold event reports found as a report of their document / gold event reports
 * @param entitiesFound   gold entity mentions found as an entity of their document / gold entities
 */
public record MergeScore(Pairs events, List<String> sameSides, Pairs entities, Pairs unlinked,
                         int reportsFound, int reportsGold, int entitiesFound, int entitiesGold,
                         List<String> eventErrors, List<String> entityErrors) {
    /** Counts of pairs and the measures from them. */
    public record Pairs(long truePositives, long falsePositives, long falseNegatives) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
