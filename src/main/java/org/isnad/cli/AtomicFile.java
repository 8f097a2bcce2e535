package org.isnad.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: into a hidden sibling, then renamed over the target. Only a
 * regular file (or nothing) is replaced, never a folder, pipe or device; the sibling is removed when
 * writing fails; the new file gets the permissions of the one it replaces, else the user's umask
 * (Files.createTempFile would make it readable by its owner only).
 */
final class AtomicFile {
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path target, Body body) throws IOException {
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new UsageProblem("will not write over " + target + ": it is "
                    + (Files.isDirectory(target) ? "a folder" : "not a regular file (a named pipe, device or socket)"));
        }
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + target.getFileName() + "."
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + ".tmp");
        Files.createFile(tmp);
        try {
            if (Files.isRegularFile(target)) {
                var view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
                if (view != null) {
                    view.setPermissions(Files.getPosixFilePermissions(target));
                }
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.writeTo(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }
}
