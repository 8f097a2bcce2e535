package org.isnad.cli;

import org.isnad.evaluate.ArticleScore;
import org.isnad.evaluate.Evaluation;
import org.isnad.evaluate.GoldFile;
import org.isnad.evaluate.GoldReader;
import org.isnad.evaluate.LanguageMean;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code isnad evaluate}: the README's quality figures, from gold files, with nothing outside the build. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Extracts each gold file's article and scores it against the gold by the rules of the shared "
                + "scorer (score.py): entity precision, recall and F1, links right, meeting F1, statuses right, "
                + "claim F1, attribution right, and also stance right and via right of the matched claims. "
                + "Prints one row per article and the means per language (the mean of the articles' figures; "
                + "counts n/m summed).",
                "GOLD is a .gold.json file or a folder of them. The article is the gold's \"doc\" (relative to "
                        + "the gold), else the .txt of the same name beside it; the gold's \"published\" is "
                        + "its publication date."})
final class EvaluateCommand implements Callable<Integer> {
    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}); json "
            + "also lists, per article, the gold meetings and claims missed or found wrong (\"errors\").")
    Format format;

    @Option(names = {"-q", "--quiet"}, description = "Print only the means per language.")
    boolean quiet;

    @Parameters(paramLabel = "GOLD|DIR", arity = "1..*", description = "Gold files, or folders of *.gold.json files.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        // Every gold file is read and checked before the (slow) extractor is built: a typo fails at once.
        List<GoldFile> golds = GoldReader.collect(paths).stream().map(GoldReader::read).toList();
        extraction.reader(); // checks --lang
        Evaluation evaluation = new Evaluation(extraction.extractor(),
                extraction.language.equals("auto") ? null : extraction.language, extraction.published);
        List<ArticleScore> scores = new ArrayList<>();
        try (Progress progress = new Progress(spec.commandLine().getErr(), golds.size(), "evaluate")) {
            for (GoldFile gold : golds) {
                scores.add(evaluation.score(gold));
                progress.step();
            }
        }
        List<LanguageMean> means = LanguageMean.of(scores);
        PrintWriter out = spec.commandLine().getOut();
        List<ArticleScore> rows = quiet ? List.of() : scores;
        out.print(format == Format.json ? EvaluationReport.json(rows, means) : EvaluationReport.text(rows, means));
        out.flush();
        return IsnadCli.OK;
    }
}
