package org.isnad.cli;

import org.isnad.store.IsnadStore;
import org.isnad.store.Maintenance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code isnad compact}: TDB2 compaction, old generations removed. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compacts the store: TDB2 never reuses space in place, so replaced and re-ingested "
                + "documents leave old blocks behind. Writes a new generation (Data-NNNN) and deletes the old one.",
                "Stop 'isnad serve' first, or let it compact while serving: curl -X POST URL/$/compact/isnad?deleteOld=true"})
final class CompactCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws Exception {
        try (IsnadStore db = IsnadStore.openExisting(store.db)) {
            long before = Maintenance.stats(db).bytes();
            Maintenance.compact(db);
            long after = Maintenance.stats(db).bytes();
            spec.commandLine().getOut().printf("compacted %s: %d -> %d bytes%n", store.db, before, after);
        }
        spec.commandLine().getOut().flush();
        return IsnadCli.OK;
    }
}
