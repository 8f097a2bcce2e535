package org.isnad.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A digest of everything that decides what extraction makes of a document: Isnad's own classes, the
 * bundled data files and any extra language or gazetteer files. Two runs with the same fingerprint
 * extract the same graph from the same input, so a stored document whose input hash was made with it
 * need not be extracted again; any change to a rule, a lexicon or the code changes it.
 */
final class Fingerprint {
    private Fingerprint() {
    }

    static String of(List<Path> extraSources) {
        MessageDigest md = sha256();
        // The classes rather than a version number: a rebuilt jar with changed code must not pass for the old one.
        addClasspathTree(md, "org/isnad");
        addClasspathTree(md, Tables.RESOURCE_ROOT.substring(0, Tables.RESOURCE_ROOT.length() - 1));
        for (Path p : extraSources) {
            addTree(md, p.toAbsolutePath().normalize());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void addClasspathTree(MessageDigest md, String folder) {
        java.net.URL url = Fingerprint.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("cannot find " + folder + " on the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                java.nio.file.FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                addTree(md, fs.getPath(folder));
            } else {
                addTree(md, Path.of(uri));
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read " + folder + " on the class path", e);
        }
    }

    /** Every regular file under {@code root}, in name order, as its path relative to root and its bytes. */
    private static void addTree(MessageDigest md, Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(f).toString().replace('\\', '/');
                md.update((name + "\0").getBytes(StandardCharsets.UTF_8));
                byte[] bytes = Files.readAllBytes(f);
                md.update(Long.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root + " for the extractor's fingerprint", e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
