package org.isnad.extract;

/**
 * Where an entity is mentioned, in tokens and chars.
 *
 * @param first       first token
 * @param end         token just past it
 * @param start       first char of the mention (after any clitic prefix)
 * @param endChar     char just past it
 * @param entity      who or what it is
 * @param preposition the preposition clitic or word before it ("l" in lshbka, "ʿn"), or "" when none
 * @param adjective   true when the mention is a nisba adjective (al-rūsy) rather than a name
 */
record Span(int first, int end, int start, int endChar, EntityRegistry.Node entity, String preposition,
            boolean adjective) {
}
