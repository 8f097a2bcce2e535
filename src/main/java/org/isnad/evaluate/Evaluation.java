package org.isnad.evaluate;

import org.isnad.extract.Extraction;
import org.isnad.extract.Extractor;
import org.isnad.read.DocumentReader;
import org.isnad.read.InputProblem;
import org.isnad.read.SourceDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One gold file's article, read and extracted as {@code isnad ingest --published DATE FILE} would
 * (the shared scorer's route), observed and scored. No jar, store or scorer outside the process.
 */
public final class Evaluation {
    private final Extractor extractor;
    private final String language;
    private final LocalDate published;

    /**
     * @param language  the language of articles, or null to detect it (what the scorer's ingest does)
     * @param published the publication date for gold files that give none, or null
     */
    public Evaluation(Extractor extractor, String language, LocalDate published) {
        this.extractor = extractor;
        this.language = language;
        this.published = published;
    }

    public ArticleScore score(GoldFile gold) {
        Extraction x = extractor.extract(read(gold));
        Observation seen = Observer.observe(x);
        String lang = gold.language() != null ? gold.language() : x.language();
        return Scorer.score(gold, Text.read(gold.text()), seen, lang);
    }

    private SourceDocument read(GoldFile gold) {
        DocumentReader reader = DocumentReader.create()
                .published(gold.published() != null ? gold.published() : published).language(language);
        List<SourceDocument> docs = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        reader.readFile(gold.text(), docs::add, problems::add);
        if (!problems.isEmpty()) {
            throw new GoldProblem(gold.file(), "doc: " + problems.get(0).getMessage());
        }
        if (docs.size() != 1) {
            throw new GoldProblem(gold.file(), "doc: " + gold.text() + " holds " + docs.size() + " documents, not one");
        }
        return docs.get(0);
    }
}
