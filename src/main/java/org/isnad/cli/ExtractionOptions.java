package org.isnad.cli;

import org.isnad.extract.Extractor;
import org.isnad.extract.Gazetteer;
import org.isnad.read.DocumentReader;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Options that shape extraction: language, publication date, extra gazetteer files, extra languages. */
final class ExtractionOptions {
    @Option(names = "--lang", paramLabel = "CODE|auto", defaultValue = "auto",
            description = "Language of documents that do not say: a folder name under data/languages (ar, en) "
                    + "or under --languages (default: ${DEFAULT-VALUE}, detected from the text).")
    String language;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date of documents that do not give one; relative dates (\"this month\") are resolved against it.")
    LocalDate published;

    @Option(names = "--gazetteer", paramLabel = "FILE|DIR",
            description = "Extra gazetteer TSV files or folders, added to the bundled one (repeatable).")
    List<Path> gazetteers = new ArrayList<>();

    @Option(names = "--languages", paramLabel = "DIR",
            description = "Extra language folders (like data/languages/ar: lexicon/, rules/, language.tsv), or a folder "
                    + "of them; one named like a bundled language replaces it (repeatable).")
    List<Path> languages = new ArrayList<>();

    private Extractor extractor;

    DocumentReader reader() {
        Extractor x = extractor();
        if (!language.equals("auto") && !x.languages().contains(language)) {
            throw new UsageProblem("unknown language \"" + language + "\": this build reads " + x.languages()
                    + "; add one with --languages DIR");
        }
        return DocumentReader.create().published(published).language(language.equals("auto") ? null : language);
    }

    Extractor extractor() {
        if (extractor == null) {
            for (Path p : languages) {
                if (!Files.isDirectory(p)) {
                    throw new UsageProblem("--languages " + p + ": no such folder");
                }
            }
            Gazetteer gazetteer = gazetteers.isEmpty() ? Gazetteer.bundled() : Gazetteer.with(gazetteers);
            extractor = new Extractor(gazetteer, languages, false);
        }
        return extractor;
    }
}
