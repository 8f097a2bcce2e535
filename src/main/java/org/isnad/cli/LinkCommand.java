package org.isnad.cli;

import org.isnad.link.LinkDecision;
import org.isnad.link.PoliteClient;
import org.isnad.link.ScoredCandidate;
import org.isnad.link.WikidataApi;
import org.isnad.link.WikidataLinker;
import org.isnad.store.IsnadStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.concurrent.Callable;

/** {@code isnad link}: links the store's unlinked entities to Wikidata items. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Looks up every entity without a Wikidata link (anonymous sources excepted) in Wikidata, "
                + "scores the candidates by name, type and context, and links an entity only when the best "
                + "candidate scores at least --min-score and beats the runner-up by " + "0.15.",
                "Links, every candidate (for review: 'isnad query link-review') and what Wikidata says about "
                        + "linked entities go into the graph " + org.isnad.rdf.Vocab.WIKIDATA_GRAPH
                        + "; document graphs are not changed.",
                "Without --online only answers already in the cache are used."})
final class LinkCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    WikidataOptions wikidata;

    @Option(names = "--online", description = "Ask Wikidata over the network (politely: one request at a time, cached).")
    boolean online;

    @Option(names = "--min-score", paramLabel = "S", defaultValue = "0.7",
            description = "Lowest score (0 to 1) at which a candidate can be accepted (default: ${DEFAULT-VALUE}).")
    BigDecimal minScore;

    @Option(names = {"-q", "--quiet"}, description = "Print only the totals.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (minScore.signum() < 0 || minScore.compareTo(BigDecimal.ONE) > 0) {
            throw new UsageProblem("--min-score must be between 0 and 1");
        }
        PoliteClient client = wikidata.client(online);
        WikidataLinker linker = new WikidataLinker(new WikidataApi(wikidata.api, client), minScore);
        PrintWriter out = spec.commandLine().getOut();
        try (IsnadStore db = IsnadStore.openExisting(store.db)) {
            WikidataLinker.Report report = linker.link(db);
            if (!quiet) {
                report.decisions().forEach(d -> out.println(line(d)));
            }
            out.printf("%d of %d unlinked entities linked; %d request(s) to Wikidata -> %s%n",
                    report.linked(), report.decisions().size(), client.requests(), store.db);
        }
        out.flush();
        return IsnadCli.OK;
    }

    private static String line(LinkDecision d) {
        String head = String.format("  %-12s %s", d.entity().type().label(), d.entity().label());
        if (d.accepted() != null) {
            return head + " -> " + d.accepted().item().id() + " (score " + d.accepted().score() + ")";
        }
        if (d.candidates().isEmpty()) {
            return head + ": no candidates";
        }
        ScoredCandidate best = d.candidates().get(0);
        return head + ": unlinked, best " + best.item().id() + " (score " + best.score()
                + (best.rejected() != null ? ", rejected: " + best.rejected() : "")
                + ") of " + d.candidates().size() + " candidate(s)";
    }
}
