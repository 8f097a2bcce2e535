package org.isnad.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One rule of a {@code .rules} file: when its pattern matches a sentence, its action makes a fact.
 *
 * @param name     "claims/according-to" (file name / rule name)
 * @param source   where it is written, "ar/rules/claims.rules:12"
 * @param stage    when it runs
 * @param pattern  what it matches
 * @param action   what it makes
 * @param unless   conditions under which it does not apply (see {@link #GUARDS})
 * @param examples sentences with the facts it must (or must not) make: run as tests
 */
record Rule(String name, String source, Stage stage, RulePattern pattern, Action action, Set<String> unless,
            List<Example> examples) {

    enum Stage { ENTITIES, EVENTS, CLAIMS }

    /** Known {@code unless:} conditions. */
    static final Set<String> GUARDS = Set.of("claim-in-sentence", "quoted");

    /**
     * What a match makes: {@code kind} is entity, claim, meeting or event; {@code type} an entity type
     * or event type; {@code roles} role → capture; {@code values} fixed settings (stance=deny) or
     * {@code @capture} to read them from the matched words.
     */
    record Action(String kind, String type, Map<String, List<String>> roles, Map<String, String> values) {
        List<String> captures(String role) {
            return roles.getOrDefault(role, List.of());
        }
    }

    /** An example sentence and what the rule must make of it; no facts expected means a counter-example. */
    record Example(String text, int line, List<Map<String, String>> expected) {
    }
}
