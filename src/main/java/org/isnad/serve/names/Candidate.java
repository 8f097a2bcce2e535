package org.isnad.serve.names;

/**
 * One entity a name may stand for.
 *
 * @param score   0 to 100: 100 when one of the entity's names is the query (after folding)
 * @param matched the entity's name that scored best
 */
public record Candidate(Actor actor, int score, String matched) {
    public boolean exact() {
        return score == 100;
    }
}
