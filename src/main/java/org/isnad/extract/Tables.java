package org.isnad.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated data files that hold the language resources. */
final class Tables {
    static final String RESOURCE_ROOT = "isnad/data/";

    private Tables() {
    }

    /** Rows of a bundled table, e.g. {@code lexicon/ar/titles.tsv}; an absent table is empty. */
    static List<String[]> bundled(String relativePath) {
        InputStream in = Tables.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + relativePath);
        if (in == null) {
            return List.of();
        }
        try (in) {
            return parse(in, relativePath);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + relativePath, e);
        }
    }

    static List<String[]> file(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return parse(in, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Names of the bundled {@code .tsv} files in a folder, sorted, whether running from classes or the jar. */
    static List<String> bundledIndex(String folder) {
        return bundledIndex(folder, ".tsv");
    }

    static List<String> bundledIndex(String folder, String ext) {
        return list(folder, p -> !Files.isDirectory(p) && p.getFileName().toString().endsWith(ext));
    }

    /** Names of the bundled sub-folders of a folder, sorted. */
    static List<String> bundledFolders(String folder) {
        return list(folder, Files::isDirectory);
    }

    /** Lines of a bundled text file, or empty. */
    static List<String> bundledLines(String relativePath) {
        InputStream in = Tables.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + relativePath);
        if (in == null) {
            return List.of();
        }
        try (in) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + relativePath, e);
        }
    }

    private static List<String> list(String folder, java.util.function.Predicate<Path> keep) {
        java.net.URL url = Tables.class.getClassLoader().getResource(RESOURCE_ROOT + folder);
        if (url == null) {
            return List.of();
        }
        try {
            java.net.URI uri = url.toURI();
            Path dir;
            if ("jar".equals(uri.getScheme())) {
                java.nio.file.FileSystem fs;
                try {
                    fs = java.nio.file.FileSystems.getFileSystem(uri);
                } catch (java.nio.file.FileSystemNotFoundException e) {
                    fs = java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of());
                }
                dir = fs.getPath(RESOURCE_ROOT + folder);
            } else {
                dir = Path.of(uri);
            }
            try (java.util.stream.Stream<Path> s = Files.list(dir)) {
                return s.filter(keep).map(p -> p.getFileName().toString().replace("/", "")).sorted().toList();
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot list bundled " + folder, e);
        }
    }

    private static List<String[]> parse(InputStream in, String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip();
            }
            rows.add(cells);
        }
        return rows;
    }

    static String cell(String[] row, int i) {
        return i < row.length && !row[i].isEmpty() && !row[i].equals("-") ? row[i] : null;
    }

    static List<String> list(String[] row, int i) {
        String c = cell(row, i);
        List<String> out = new ArrayList<>();
        if (c != null) {
            for (String part : c.split("\\|")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }
}
