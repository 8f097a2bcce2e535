package org.isnad.extract;

import java.util.List;

/**
 * One act of saying: who, through which outlet, with what stance, what.
 *
 * @param claimants   entity ids (several when "X and Y denied")
 * @param via         entity id of the outlet it was told to or reported through, or null
 * @param content     the claimed clause, or null when the text gives none
 * @param about       entity and meeting ids it concerns
 * @param evidence    the span of its sentence
 */
public record Claim(String id, List<String> claimants, String via, Stance stance, Mention content,
                    boolean directQuote, List<String> about, Mention evidence) {
    public Claim {
        claimants = List.copyOf(claimants);
        about = List.copyOf(about);
    }
}
