package org.isnad.cli;

import org.isnad.store.IsnadStore;
import org.isnad.store.Maintenance;
import org.isnad.store.StoreStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code isnad stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts the store's documents, entities, events (meetings included), claims and quads, its "
                + "size on disk and the time of its last change, all from one snapshot.")
final class StatsCommand implements Callable<Integer> {
    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        StoreStats s;
        try (IsnadStore db = IsnadStore.openExisting(store.db)) {
            s = Maintenance.stats(db);
        }
        var out = spec.commandLine().getOut();
        if (format == Format.json) {
            var json = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                    .put("store", store.db.toString()).put("documents", s.documents()).put("entities", s.entities())
                    .put("events", s.events()).put("claims", s.claims()).put("quads", s.quads()).put("bytes", s.bytes())
                    .put("last_change", s.lastChange() == null ? null : s.lastChange().toString());
            out.println(json.toPrettyString());
        } else {
            out.printf("store        %s%ndocuments    %d%nentities     %d%nevents       %d%nclaims       %d%n"
                            + "quads        %d%nbytes        %d%nlast change  %s%n", store.db, s.documents(), s.entities(),
                    s.events(), s.claims(), s.quads(), s.bytes(), s.lastChange() == null ? "-" : s.lastChange());
        }
        out.flush();
        return IsnadCli.OK;
    }
}
