package org.isnad.link;

import java.math.BigDecimal;

/** One Wikidata item proposed for an entity, its score in [0, 1] and, when rejected outright, why. */
public record ScoredCandidate(WikidataItem item, BigDecimal score, String rejected) {
}
