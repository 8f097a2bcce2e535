package org.isnad.extract;

/**
 * Why a fact was extracted: the rule that made it and the words it matched, for an analyst who must
 * trust the fact and for whoever writes the next rule.
 *
 * @param fact    id of the entity, meeting, event or claim ("c3")
 * @param rule    the rule's name, e.g. "claims/according-to-final", or a built-in finder ("builtin:claims")
 * @param source  where the rule is written ("ar/rules/claims.rules:12"), or null for a built-in one
 * @param matched the text the rule matched
 * @param begin   char offset of the match in the document
 * @param end     char offset just past it
 */
public record Explanation(String fact, String rule, String source, String matched, int begin, int end) {
}
