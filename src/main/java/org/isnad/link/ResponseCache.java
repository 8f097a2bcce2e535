package org.isnad.link;

import org.isnad.rdf.RdfMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Wikidata answers on disk, one JSON file per request URL (named by the URL's SHA-256), so that a
 * second run asks the servers nothing. Only well-formed, error-free answers are ever written.
 */
public final class ResponseCache {
    private final Path dir;

    public ResponseCache(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public Optional<String> get(String url) {
        Path f = file(url);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty(); // an unreadable entry is just a miss; the request repeats it
        }
    }

    public void put(String url, String body) {
        try {
            Files.createDirectories(dir);
            // Write then rename: an interrupted run never leaves half an answer to be trusted later.
            // Not createTempFile: that makes the entry readable by its owner only; the cache follows the umask.
            Path tmp = Files.createFile(dir.resolve(".entry-" + Long.toHexString(System.nanoTime())
                    + Thread.currentThread().getId() + ".tmp"));
            Files.writeString(tmp, body, StandardCharsets.UTF_8);
            Files.move(tmp, file(url), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Wikidata cache in " + dir, e);
        }
    }

    private Path file(String url) {
        return dir.resolve(RdfMapper.sha256(url) + ".json");
    }
}
