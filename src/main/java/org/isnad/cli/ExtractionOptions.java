package org.isnad.cli;

import org.isnad.extract.Extractor;
import org.isnad.extract.Gazetteer;
import org.isnad.read.DocumentReader;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Options that shape extraction: language, publication date, extra gazetteer files. */
final class ExtractionOptions {
    enum Language { ar, en, auto }

    @Option(names = "--lang", paramLabel = "ar|en|auto", defaultValue = "auto",
            description = "Language of documents that do not say (default: ${DEFAULT-VALUE}, detected from the text).")
    Language language;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date of documents that do not give one; relative dates (\"this month\") are resolved against it.")
    LocalDate published;

    @Option(names = "--gazetteer", paramLabel = "FILE|DIR",
            description = "Extra gazetteer TSV files or folders, added to the bundled one (repeatable).")
    List<Path> gazetteers = new ArrayList<>();

    DocumentReader reader() {
        return DocumentReader.create().published(published).language(language == Language.auto ? null : language.name());
    }

    Extractor extractor() {
        return gazetteers.isEmpty() ? Extractor.standard() : new Extractor(Gazetteer.with(gazetteers));
    }
}
