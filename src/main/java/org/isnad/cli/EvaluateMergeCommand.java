package org.isnad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.isnad.evaluate.MergeEvaluation;
import org.isnad.evaluate.MergeGold;
import org.isnad.evaluate.MergeScore;
import org.isnad.store.IsnadStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code isnad evaluate-merge}: pairwise precision, recall and F1 of cross-document merging against a gold set. */
@Command(name = "evaluate-merge", mixinStandardHelpOptions = true,
        description = {"Ingests the documents of a cross-document gold file into a new store (with merging) and "
                + "scores the merging: pairwise precision, recall and F1 of event merging (reports of one event "
                + "across documents), how many distinct meetings of the same sides were merged, and of entity "
                + "merging (one entity across documents), overall and for unlinked entities alone.",
                "GOLD: a gold file in the format of src/test/resources/crossdoc/README.md."})
final class EvaluateMergeCommand implements Callable<Integer> {
    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}); both "
            + "list the pairs merged wrongly or missed with --errors.")
    Format format;

    @Option(names = "--errors", description = "List every pair merged against the gold or left apart, and every gold report not extracted.")
    boolean errors;

    @Option(names = "--keep", paramLabel = "DIR", description = "Keep the store in DIR (a new folder) to query it afterwards; "
            + "by default it is deleted.")
    Path keep;

    @Parameters(paramLabel = "GOLD", description = "The gold file.")
    Path goldFile;

    @Override
    public Integer call() throws Exception {
        MergeGold gold = MergeGold.read(goldFile);
        Path dir = keep != null ? keep : Files.createTempDirectory("isnad-evaluate-merge");
        if (keep != null && Files.exists(keep) && Files.list(keep).findAny().isPresent()) {
            throw new UsageProblem("--keep " + keep + ": the folder must be new or empty");
        }
        MergeScore score;
        try (IsnadStore store = IsnadStore.open(dir)) {
            score = new MergeEvaluation(extraction.extractor()).score(gold, store);
        } finally {
            if (keep == null) {
                delete(dir);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json(score)));
        } else {
            text(out, score);
        }
        out.flush();
        return IsnadCli.OK;
    }

    private void text(PrintWriter out, MergeScore s) {
        out.printf("%-26s %9s %9s %9s   %s%n", "merging (pairs across documents)", "precision", "recall", "F1", "pairs: right / wrong / missed");
        row(out, "events", s.events());
        row(out, "entities", s.entities());
        row(out, "entities, unlinked only", s.unlinked());
        out.printf("distinct meetings of the same sides merged: %d%n", s.sameSides().size());
        s.sameSides().forEach(p -> out.println("  " + p));
        out.printf("gold event reports extracted: %d of %d; gold entities found: %d of %d%n",
                s.reportsFound(), s.reportsGold(), s.entitiesFound(), s.entitiesGold());
        if (errors) {
            s.eventErrors().forEach(e -> out.println("  event  " + e));
            s.entityErrors().forEach(e -> out.println("  entity " + e));
        }
    }

    private static void row(PrintWriter out, String name, MergeScore.Pairs p) {
        out.printf("%-32s %9.3f %9.3f %9.3f   %d / %d / %d%n", name, p.precision(), p.recall(), p.f1(),
                p.truePositives(), p.falsePositives(), p.falseNegatives());
    }

    private ObjectNode json(MergeScore s) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.set("events", pairs(m, s.events()));
        root.set("entities", pairs(m, s.entities()));
        root.set("entities_unlinked", pairs(m, s.unlinked()));
        root.put("same_sides_merged", s.sameSides().size());
        root.put("reports_found", s.reportsFound());
        root.put("reports_gold", s.reportsGold());
        root.put("entities_found", s.entitiesFound());
        root.put("entities_gold", s.entitiesGold());
        if (errors) {
            root.set("event_errors", m.valueToTree(s.eventErrors()));
            root.set("entity_errors", m.valueToTree(s.entityErrors()));
        }
        return root;
    }

    private static ObjectNode pairs(ObjectMapper m, MergeScore.Pairs p) {
        ObjectNode n = m.createObjectNode();
        n.put("precision", p.precision());
        n.put("recall", p.recall());
        n.put("f1", p.f1());
        n.put("true_positives", p.truePositives());
        n.put("false_positives", p.falsePositives());
        n.put("false_negatives", p.falseNegatives());
        return n;
    }

    private static void delete(Path dir) throws java.io.IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
