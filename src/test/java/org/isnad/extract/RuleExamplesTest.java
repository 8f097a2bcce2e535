package org.isnad.extract;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every example of every rule in every bundled language: a rule and its specification live together. */
class RuleExamplesTest {
    private static final Extractor EXTRACTOR = Extractor.strict();

    @TestFactory
    Stream<DynamicTest> everyRuleDoesWhatItsExamplesSay() {
        return EXTRACTOR.languages().stream().map(language -> DynamicTest.dynamicTest(language, () -> {
            List<String> failures = RuleExamples.failures(EXTRACTOR, language);
            assertTrue(failures.isEmpty(), failures.size() + " example(s) fail:\n" + String.join("\n", failures));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyLanguageHasRulesWithExamples() {
        return EXTRACTOR.languages().stream().map(language -> DynamicTest.dynamicTest(language, () ->
                assertTrue(EXTRACTOR.rules(language).stream().mapToLong(r -> r.examples().size()).sum() > 0,
                        language + " has no rule examples")));
    }
}
