package org.isnad.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * 'serve --watch DIR': stores the documents of files that appear or change under a folder while the
 * server runs. The folder is polled rather than watched with java.nio's WatchService, which on Linux
 * sees no sub-folders unless each is registered, may drop events (overflow) and sees nothing on some
 * network and container mounts; a listing every second costs little and misses nothing.
 * A file is read once it has kept its size, time and identity for a whole interval, so a file still
 * being written is left alone (writers that pause should write under a dot-name or a temporary
 * extension and rename). A file is stored again only when it changes; a file that fails is reported
 * by name and tried again only when it changes.
 */
public final class FolderWatch implements AutoCloseable {
    /** Lists the document files under a folder, reporting what cannot be listed. */
    public interface Lister {
        List<Path> list(Path folder, Consumer<String> problems);
    }

    /** Stores one file's documents, reporting each on its own; throws only when the whole file failed. */
    public interface Ingest {
        void ingest(Path file) throws Exception;
    }

    /** What identifies a version of a file; a file rewritten in place or replaced by a rename gets a new one. */
    private record Stamp(long size, FileTime modified, Object key) {
    }

    private final Path folder;
    private final Lister lister;
    private final Ingest ingest;
    private final PrintWriter err;
    private final Map<Path, Stamp> lastSeen = new HashMap<>();
    private final Map<Path, Stamp> done = new HashMap<>();
    private final Set<String> reported = new HashSet<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "isnad-watch");
        t.setDaemon(true);
        return t;
    });

    private FolderWatch(Path folder, Lister lister, Ingest ingest, PrintWriter err) {
        this.folder = folder;
        this.lister = lister;
        this.ingest = ingest;
        this.err = err;
    }

    /** Starts polling {@code folder} every {@code interval}; the files already there are stored first. */
    public static FolderWatch start(Path folder, Duration interval, Lister lister, Ingest ingest, PrintWriter err) {
        FolderWatch w = new FolderWatch(folder, lister, ingest, err);
        w.poller.scheduleWithFixedDelay(w::pollSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return w;
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException | Error e) {
            // The watch must outlive anything one listing or one file does; the next poll tries again.
            problem(folder + ": watching failed this time: " + e);
        }
    }

    private void poll() {
        List<Path> files = lister.list(folder, message -> {
            if (reported.add(message)) {
                problem(message);
            }
        });
        lastSeen.keySet().retainAll(files);
        done.keySet().retainAll(files);
        for (Path file : files) {
            if (poller.isShutdown()) {
                return;
            }
            Stamp now = stamp(file);
            if (now == null || now.equals(done.get(file))) {
                continue;
            }
            if (now.equals(lastSeen.put(file, now))) {
                done.put(file, now);
                store(file);
            }
        }
    }

    private void store(Path file) {
        try {
            ingest.ingest(file);
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            problem(file + ": not stored (" + (e.getMessage() == null ? e.toString() : e.getMessage())
                    + "); it will be tried again when it changes");
        }
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.size(), a.lastModifiedTime(), Objects.requireNonNullElse(a.fileKey(), ""));
        } catch (IOException gone) {
            return null;
        }
    }

    private void problem(String message) {
        synchronized (err) {
            err.println("error: " + message);
            err.flush();
        }
    }

    /** Stops polling; a file being stored is finished first (its batch commits or not, whole). */
    @Override
    public void close() {
        poller.shutdown();
        try {
            poller.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
