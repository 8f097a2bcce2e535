package org.isnad.evaluate;

import java.util.List;

/**
 * One article's scores. The six figures the shared scorer prints are {@link #entityF1()},
 * {@link #linking()}, {@link Found#f1()} of meetings, {@link #statuses()}, {@link Found#f1()} of
 * claims and {@link #attribution()}; stance and via are ours. Every fraction divides by at least 1,
 * as the scorer does, so nothing to find scores 0 rather than failing.
 *
 * @param links       gold entities with a qid whose found node carries a right id and no wrong one,
 *                    of all gold entities with a qid (found or not)
 * @param statuses    matched meetings with the gold status, of all gold meetings
 * @param attribution matched claims with a right claimant, of all gold claims
 * @param stance      gold claims paired with a claim on their line that has their stance, of those that
 *                    can be paired at all (the matched claims), in the pairing that makes the most right
 * @param via         the same for gold claims with a via: paired with a claim relayed by that outlet
 * @param missing     gold entities not found, by name
 * @param wrongLinks  linkable gold entities found without a right id: name and the ids found
 * @param errors      the gold meetings and claims missed or found wrong, and the meetings found that the
 *                    gold does not have, one readable line each, for whoever improves the rules
 */
public record ArticleScore(String article, String language, Entities entities, Count links, Found meetings,
                           Count statuses, Found claims, Count attribution, Count stance, Count via,
                           List<String> missing, List<String> wrongLinks, List<String> errors) {
    public ArticleScore {
        missing = List.copyOf(missing);
        wrongLinks = List.copyOf(wrongLinks);
        errors = List.copyOf(errors);
    }

    public double entityF1() {
        return entities.f1();
    }

    public double linking() {
        return links.fraction();
    }

    /** n right of m. */
    public record Count(int right, int of) {
        public double fraction() {
            return (double) right / Math.max(1, of);
        }

        Count plus(Count o) {
            return new Count(right + o.right, of + o.of);
        }
    }

    /**
     * Entities: precision counts extracted nodes with a mention (a node matched to a gold entity, or a
     * false positive unless it names something optional); recall counts gold entities found by any node.
     *
     * @param matched extracted nodes (with a mention) that match a gold entity
     * @param found   gold entities matched by some node, mentioned or not
     */
    public record Entities(int gold, int extracted, int matched, int falsePositives, int found) {
        public double precision() {
            return (double) matched / Math.max(1, matched + falsePositives);
        }

        public double recall() {
            return (double) found / Math.max(1, gold);
        }

        public double f1() {
            return Found.f1(precision(), recall());
        }
    }

    /** Meetings or claims: how many the gold has, the extraction has, and were paired one to one. */
    public record Found(int gold, int extracted, int matched) {
        public double precision() {
            return (double) matched / Math.max(1, extracted);
        }

        public double recall() {
            return (double) matched / Math.max(1, gold);
        }

        public double f1() {
            return f1(precision(), recall());
        }

        static double f1(double p, double r) {
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }
}
