package org.isnad.link;

import org.isnad.text.Fold;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores one Wikidata item as the referent of one entity, from 0 to 1:
 * <ul>
 *   <li>a wrong (or missing) P31 type scores 0: the candidate is rejected whatever its name;</li>
 *   <li>the right type earns {@value #TYPE_WEIGHT};</li>
 *   <li>the name earns up to {@value #NAME_WEIGHT}: all of it when a label is the same after folding,
 *       0.9 of it for an alias, and for a partial match 0.8 of it times the share of words in common;</li>
 *   <li>context earns {@value #CONTEXT_WEIGHT} when the item's country (citizenship for people) is the
 *       entity's affiliation or a state named in the same documents.</li>
 * </ul>
 * So an exact name of the right type alone scores 0.80 and two such namesakes tie: context must
 * separate them, or the entity stays unlinked.
 */
final class CandidateScorer {
    static final double NAME_WEIGHT = 0.55;
    static final double TYPE_WEIGHT = 0.25;
    static final double CONTEXT_WEIGHT = 0.20;

    private CandidateScorer() {
    }

    static ScoredCandidate score(EntityToLink entity, WikidataItem item) {
        if (!TypeConstraints.fits(entity.type(), item.values(WikidataItem.INSTANCE_OF))) {
            return new ScoredCandidate(item, BigDecimal.ZERO.setScale(2), "type " + item.values(WikidataItem.INSTANCE_OF)
                    + " is not a " + entity.type().label());
        }
        double name = nameScore(entity, item);
        boolean inContext = item.values(TypeConstraints.countryProperty(entity.type())).stream()
                .anyMatch(entity.context()::contains);
        double s = NAME_WEIGHT * name + TYPE_WEIGHT + (inContext ? CONTEXT_WEIGHT : 0);
        return new ScoredCandidate(item, BigDecimal.valueOf(Math.min(1.0, s)).setScale(2, RoundingMode.HALF_UP), null);
    }

    /** Best match between any of the entity's labels and any of the item's labels and aliases, ar and en. */
    static double nameScore(EntityToLink entity, WikidataItem item) {
        double best = 0;
        for (var byLang : entity.labels().entrySet()) {
            for (String ours : byLang.getValue()) {
                String a = normalise(ours);
                for (String lang : List.of("ar", "en")) {
                    String label = item.labels().get(lang);
                    if (label != null) {
                        best = Math.max(best, compare(a, normalise(label), 1.0));
                    }
                    for (String alias : item.aliases().getOrDefault(lang, List.of())) {
                        best = Math.max(best, compare(a, normalise(alias), 0.9));
                    }
                }
            }
        }
        return best;
    }

    private static double compare(String a, String b, double exactValue) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return exactValue;
        }
        Set<String> wa = new HashSet<>(Arrays.asList(a.split(" ")));
        Set<String> wb = new HashSet<>(Arrays.asList(b.split(" ")));
        Set<String> union = new HashSet<>(wa);
        union.addAll(wb);
        wa.retainAll(wb);
        return 0.8 * wa.size() / union.size();
    }

    /** Folded (Arabic spelling variants, Latin case), punctuation dropped, spaces collapsed. */
    static String normalise(String s) {
        return Fold.fold(s).replaceAll("[\\p{P}\\p{S}]", " ").replaceAll("\\s+", " ").strip();
    }
}
