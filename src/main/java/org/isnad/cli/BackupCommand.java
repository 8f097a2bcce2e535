package org.isnad.cli;

import org.isnad.store.IsnadStore;
import org.isnad.store.Maintenance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

/** {@code isnad backup}: the whole store as compressed N-Quads, consistent even while it is being written. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes the whole store as gzip-compressed N-Quads from one snapshot: ingest may go on, and "
                + "the backup holds exactly the batches committed when it began. Restore with 'isnad restore'.",
                "While 'isnad serve' holds the store, take it through the server with --server URL."})
final class BackupCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Backup file (default: isnad-backup-YYYYMMDD-HHMMSS.nq.gz here); .gz compresses.")
    Path output;

    @Option(names = "--server", paramLabel = "URL", description = "Take the backup from a running server (http://127.0.0.1:3030).")
    String server;

    @Option(names = "--user", paramLabel = "NAME:PASSWORD", description = "Credentials for a server started with --password-file.")
    String user;

    @Override
    public Integer call() throws Exception {
        Path file = output != null ? output : Path.of("isnad-backup-"
                + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".nq.gz");
        long[] quads = {-1};
        if (server != null) {
            ServerClient client = new ServerClient(server, user);
            try (InputStream in = client.get(org.isnad.serve.SparqlServer.DATASET + "/get", "application/n-quads")) {
                AtomicFile.write(file, out -> {
                    try (OutputStream o = compressed(file, out)) {
                        in.transferTo(o);
                    }
                });
            }
        } else {
            try (IsnadStore db = IsnadStore.openExisting(store.db)) {
                AtomicFile.write(file, out -> {
                    try (OutputStream o = compressed(file, out)) {
                        quads[0] = Maintenance.backup(db, o);
                    }
                });
            }
        }
        var out = spec.commandLine().getOut();
        out.println("backup " + file + (quads[0] >= 0 ? ": " + quads[0] + " quads" : "") + ", "
                + java.nio.file.Files.size(file) + " bytes");
        out.flush();
        return IsnadCli.OK;
    }

    private static OutputStream compressed(Path file, OutputStream out) throws java.io.IOException {
        return file.toString().endsWith(".gz") ? new GZIPOutputStream(out, 1 << 16) : new java.io.FilterOutputStream(out);
    }
}
