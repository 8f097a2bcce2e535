package org.isnad.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A mistake in a rule file stops start-up with the file, the line and what is wrong: one test per kind of mistake. */
class RuleFileErrorsTest {
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();

    @TempDir
    Path root;

    /** Compiles a language "xx" whose only rule file holds {@code lines}; returns the error message. */
    private String errorOf(String... lines) throws IOException {
        Path xx = root.resolve("xx");
        Files.createDirectories(xx.resolve("lexicon"));
        Files.createDirectories(xx.resolve("rules"));
        Files.write(xx.resolve("lexicon/speech-verbs.tsv"), List.of("said\tassert"), StandardCharsets.UTF_8);
        Files.write(xx.resolve("rules/bad.rules"), List.of(lines), StandardCharsets.UTF_8);
        LanguageData data = LanguageData.discover(List.of(root)).get("xx");
        RuleError e = assertThrows(RuleError.class, () -> new LanguagePack(data, GAZETTEER, EventType.bundled()));
        return e.getMessage();
    }

    private static String[] rule(String pattern, String action) {
        return new String[] {"# a rule", "rule r", "stage: claims", "pattern: " + pattern, "action: " + action,
                "example: Lavrov said that it rained.", "expect: none"};
    }

    private static void assertSays(String message, String where, String what) {
        assertTrue(message.startsWith(where + ": "), message);
        assertTrue(message.contains(what), message);
    }

    @Test
    void badPatternSyntaxNamesTheLineAndColumn() throws IOException {
        assertSays(errorOf(rule("(?<who> [entity] [lex:speech-verbs]", "claim speaker=who")),
                "xx/rules/bad.rules:4", "'(' without ')'");
    }

    @Test
    void unknownTokenTestIsAnError() throws IOException {
        assertSays(errorOf(rule("(?<who> [entity]) [lemma:say]", "claim speaker=who")), "xx/rules/bad.rules:4",
                "unknown token test \"lemma\"");
    }

    @Test
    void unknownLexiconClassIsAnError() throws IOException {
        assertSays(errorOf(rule("(?<who> [entity]) [lex:speech-verb]", "claim speaker=who")), "xx/rules/bad.rules:4",
                "unknown lexicon class \"speech-verb\"");
    }

    @Test
    void unknownLexiconValueIsAnError() throws IOException {
        assertSays(errorOf(rule("(?<who> [entity]) [lex:speech-verbs=denny]", "claim speaker=who")), "xx/rules/bad.rules:4",
                "has no value \"denny\"");
    }

    @Test
    void unknownRoleIsAnError() throws IOException {
        assertSays(errorOf(rule("(?<who> [entity]) [lex:speech-verbs]", "claim speakr=who")), "xx/rules/bad.rules:5",
                "unknown role \"speakr\"");
    }

    @Test
    void aCaptureNoActionUsesIsAnError() throws IOException {
        assertSays(errorOf(rule("(?<who> [entity]) (?<verb> [lex:speech-verbs])", "claim speaker=who")),
                "xx/rules/bad.rules:5", "capture \"verb\" is not used");
    }

    @Test
    void aRoleNamingAMissingCaptureIsAnError() throws IOException {
        assertSays(errorOf(rule("(?<who> [entity]) [lex:speech-verbs]", "claim speaker=whom")), "xx/rules/bad.rules:5",
                "capture \"whom\", which the pattern does not have");
    }

    @Test
    void aCaptureBoundToTwoRolesIsAnError() throws IOException {
        assertSays(errorOf(rule("(?<who> [entity]) [lex:speech-verbs]", "claim speaker=who outlet=who")),
                "xx/rules/bad.rules:5", "capture \"who\" is bound twice");
    }

    @Test
    void unknownEventTypeIsAnError() throws IOException {
        assertSays(errorOf(rule("(?<a> [entity]) [lex:speech-verbs] (?<b> [entity])", "event treaty party=a,b")),
                "xx/rules/bad.rules:5", "unknown event type \"treaty\"");
    }

    @Test
    void unknownStanceIsAnError() throws IOException {
        assertSays(errorOf(rule("(?<who> [entity]) [lex:speech-verbs]", "claim speaker=who stance=shout")),
                "xx/rules/bad.rules:5", "unknown stance \"shout\"");
    }

    @Test
    void aRuleWithoutExamplesIsAnError() throws IOException {
        assertSays(errorOf("rule r", "stage: claims", "pattern: (?<who> [entity]) [lex:speech-verbs]", "action: claim speaker=who"),
                "xx/rules/bad.rules:1", "has no example");
    }

    @Test
    void unknownKeyIsAnError() throws IOException {
        assertSays(errorOf("rule r", "stage: claims", "patern: [entity]"), "xx/rules/bad.rules:3", "unknown key \"patern\"");
    }

    @Test
    void unknownStageIsAnError() throws IOException {
        String[] lines = rule("(?<who> [entity]) [lex:speech-verbs]", "claim speaker=who");
        lines[2] = "stage: meetings";
        assertSays(errorOf(lines), "xx/rules/bad.rules:3", "unknown stage \"meetings\"");
    }

    @Test
    void aBadRuleStopsTheExtractorFromStarting() throws IOException {
        errorOf(rule("(?<who> [entity]) [lex:nothing]", "claim speaker=who"));
        RuleError e = assertThrows(RuleError.class, () -> new Extractor(GAZETTEER, List.of(root), false));
        assertTrue(e.getMessage().startsWith("xx/rules/bad.rules:4: unknown lexicon class"), e.getMessage());
    }
}
