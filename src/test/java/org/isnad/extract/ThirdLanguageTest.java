package org.isnad.extract;

import org.isnad.read.SourceDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A language is a folder: French, written here in a temporary folder (a few names, one speech verb,
 * one meeting rule), is read with no change to the Java.
 */
class ThirdLanguageTest {
    @TempDir
    static Path languages;

    private static Extractor extractor;

    @BeforeAll
    static void writeFrench() throws IOException {
        Path fr = languages.resolve("fr");
        write(fr.resolve("language.tsv"), "script\tlatin", "name\tFrench");
        write(fr.resolve("lexicon/given-names.tsv"), "Gabriel", "Jean");
        // elided articles and prepositions are clitics, stripped to find the name (l'Allemagne)
        write(fr.resolve("lexicon/clitics.tsv"), "preposition\tl'", "preposition\td'");
        write(fr.resolve("lexicon/speech-verbs.tsv"), "# verbe\tstance", "a déclaré\tassert");
        write(fr.resolve("lexicon/complementizers.tsv"), "que", "qu");
        write(fr.resolve("lexicon/function-words.tsv"), "le", "la", "les", "de", "du", "des", "et", "à", "que", "une", "un");
        write(fr.resolve("lexicon/meeting-verbs.tsv"), "# verbe\tstatut", "a rencontré\toccurred", "rencontrera\tplanned");
        write(fr.resolve("rules/events.rules"),
                "rule x-rencontre-y",
                "stage: events",
                "pattern: (?<a> [entity:actor]) (?<verbe> [lex:meeting-verbs]) (?<b> [entity:actor]) ([word:à] (?<lieu> [entity:place]))?",
                "action: meeting participant=a,b location=lieu status=@verbe",
                "example: Emmanuel Macron a rencontré Olaf Scholz à Berlin.",
                "expect: meeting participant=\"Emmanuel Macron\" participant=\"Olaf Scholz\" location=\"Berlin\" status=occurred",
                "example: Emmanuel Macron a salué Olaf Scholz à Berlin.",
                "expect: none");
        Path labels = languages.resolve("fr-labels.tsv");
        write(labels, "# id\tlanguage\tkind\ttext", "Q183\tfr\tlabel\tAllemagne", "Q142\tfr\talias\tl'Hexagone");
        extractor = new Extractor(Gazetteer.with(List.of(labels)), List.of(languages), true);
    }

    private static void write(Path file, String... lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    }

    /** Detected: the document does not say its language. */
    private static Extraction extract(String text) {
        return extractor.extract(new SourceDocument(text, null, null, java.time.LocalDate.of(2024, 5, 14), null, null, "fr-test"));
    }

    private static Extraction extractFrench(String text) {
        return extractor.extract(new SourceDocument(text, null, null, java.time.LocalDate.of(2024, 5, 14), null, "fr", "fr-test"));
    }

    private static String name(Extraction x, String id) {
        return x.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().mentions().get(0).text();
    }

    @Test
    void frenchIsDiscoveredAndDetectedFromItsFunctionWords() {
        assertTrue(extractor.languages().containsAll(List.of("ar", "en", "fr")), extractor.languages().toString());
        assertEquals("fr", extract("Le président de la France et les ministres de la région.").language());
        assertEquals("en", extract("The president of France and the ministers of the region.").language());
    }

    @Test
    void aFrenchMeetingRuleMakesAMeeting() {
        Extraction x = extractFrench("Emmanuel Macron a rencontré Olaf Scholz à Berlin mardi.");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        Meeting m = x.meetings().get(0);
        assertEquals(List.of("Emmanuel Macron", "Olaf Scholz"), m.participants().stream().map(id -> name(x, id)).toList());
        assertEquals("Berlin", name(x, m.locations().get(0)));
        assertEquals(MeetingStatus.OCCURRED, m.status());
        assertEquals("CONSULT", m.code().plover());
    }

    @Test
    void aFrenchSpeechVerbMakesAClaim() {
        Extraction x = extractFrench("Emmanuel Macron a déclaré que la rencontre était très utile.");
        assertEquals(1, x.claims().size(), x.claims().toString());
        Claim c = x.claims().get(0);
        assertEquals("Emmanuel Macron", name(x, c.claimants().get(0)));
        assertEquals("la rencontre était très utile", c.content().text());
    }

    @Test
    void gazetteerLabelsInFrenchAreMatchedAndLinked() {
        Extraction x = extractFrench("Emmanuel Macron a déclaré que l'Allemagne restait un partenaire.");
        Entity germany = x.entities().stream().filter(e -> "Q183".equals(e.wikidataId())).findFirst().orElseThrow();
        assertEquals("Allemagne", germany.mentions().get(0).text());
    }

    @Test
    void aLabelForAnUnknownEntryIsAnError(@TempDir Path dir) throws IOException {
        Path labels = dir.resolve("bad.tsv");
        write(labels, "Q999999999\tfr\tlabel\tNulle part");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.with(List.of(labels)));
        assertTrue(e.getMessage().contains("Q999999999") && e.getMessage().contains("bad.tsv"), e.getMessage());
    }

    @Test
    void frenchRuleExamplesPass() {
        assertEquals(List.of(), RuleExamples.failures(extractor, "fr"));
    }

    @Test
    void aGivenNameFromTheFrenchLexiconStartsAPerson() {
        Extraction x = extractFrench("Gabriel Attal a déclaré que le budget serait voté.");
        assertEquals("Gabriel Attal", name(x, x.claims().get(0).claimants().get(0)));
    }
}
