package org.isnad.merge;

import org.isnad.testutil.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Floors under the merging scores on the cross-document set (figures in the README), through the
 * command users run: a change that merges worse fails here. The floors sit a little under the scores
 * measured when they were set; raise them when merging gets better.
 */
class CrossDocScoreTest {
    static JsonNode score;

    @BeforeAll
    static void evaluate() throws Exception {
        Cli.Result r = Cli.ok("evaluate-merge", "--format", "json", CrossDocSet.ROOT.resolve("gold.json"));
        score = new ObjectMapper().readTree(r.out());
    }

    @Test
    void noTwoMeetingsOfTheSameSidesAreMerged() {
        assertEquals(0, score.get("same_sides_merged").asInt(), score::toString);
    }

    @Test
    void eventMergingKeepsItsPrecisionAndRecall() {
        assertTrue(score.at("/events/precision").asDouble() >= 0.95, score::toString);
        // Recall is bounded by extraction: a report read with the wrong participants cannot join its event
        // (0.81 when the floor was set, 0.74 after main's extraction of "the two leaders" changed).
        assertTrue(score.at("/events/recall").asDouble() >= 0.70, score::toString);
    }

    @Test
    void entityMergingReachesF1OfAtLeast095() {
        assertTrue(score.at("/entities/f1").asDouble() >= 0.95, score::toString);
        assertTrue(score.at("/entities_unlinked/f1").asDouble() >= 0.90, score::toString);
    }

    @Test
    void theScorerSeesMostOfTheGold() {
        assertTrue(score.get("reports_found").asInt() >= 30, score::toString);
        assertTrue(score.get("entities_found").asInt() >= 160, score::toString);
    }
}
