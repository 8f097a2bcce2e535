package org.isnad.cli;

import org.isnad.store.IsnadStore;
import org.isnad.store.Maintenance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

/** {@code isnad restore}: a backup into a new store. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Loads a backup (N-Quads, gzip-compressed or not) into a new or empty store, whole or not at all.")
final class RestoreCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "BACKUP", description = "A file written by 'isnad backup'.")
    Path backup;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(backup)) {
            throw new UsageProblem(backup + ": no such backup file");
        }
        try (IsnadStore db = IsnadStore.open(store.db);
             InputStream in = decompressed(new BufferedInputStream(Files.newInputStream(backup), 1 << 16))) {
            long quads;
            try {
                quads = Maintenance.restore(db, in);
            } catch (IllegalStateException e) {
                throw new UsageProblem(e.getMessage());
            }
            spec.commandLine().getOut().println("restored " + quads + " quads from " + backup + " -> " + store.db);
        }
        spec.commandLine().getOut().flush();
        return IsnadCli.OK;
    }

    private static InputStream decompressed(BufferedInputStream in) throws java.io.IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
