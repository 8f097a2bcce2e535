package org.isnad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Disk space for writes. TDB2 writes through memory-mapped files, so a full disk shows up as a
 * SIGBUS ("a fault occurred in an unsafe memory access operation") deep inside a B+tree rather than
 * as an IOException: check before writing, and recognise both forms after.
 */
final class DiskSpace {
    /** Measured: about 1.7 KB of disk per stored quad, copy-on-write blocks and journal included. */
    static final long BYTES_PER_QUAD = 2048;
    static final long MARGIN = 16L * 1024 * 1024;

    private DiskSpace() {
    }

    /** Refuses a write of {@code quads} quads that the store's disk cannot hold. */
    static void ensure(Path store, long quads) {
        ensureBytes(store, quads * BYTES_PER_QUAD, "this batch", "nothing of it was written");
    }

    /** Refuses to write {@code bytes} more (plus a margin) when the disk has not got them; {@code lost} says what that costs. */
    static void ensureBytes(Path store, long bytes, String what, String lost) {
        if (Boolean.getBoolean("isnad.skipDiskSpaceCheck")) {
            return; // for the test that shows a write running out of space is still caught
        }
        long need = MARGIN + bytes;
        long free;
        try {
            free = Files.getFileStore(store).getUsableSpace();
        } catch (IOException e) {
            return; // unknown: let the write itself tell
        }
        if (free < need) {
            throw new StoreFailure(full(store) + ": " + (free >> 20) + " MiB free, " + what + " needs about "
                    + (need >> 20) + " MiB; " + lost, null);
        }
    }

    static boolean isFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left on device") || m.contains("Disk quota exceeded")
                    || t instanceof InternalError && m.contains("unsafe memory access")) {
                return true;
            }
        }
        return false;
    }

    static String full(Path store) {
        return "no space left on the disk of store " + store;
    }
}
