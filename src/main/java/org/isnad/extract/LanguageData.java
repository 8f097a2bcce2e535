package org.isnad.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One language's folder: {@code lexicon/*.tsv}, {@code rules/*.rules}, {@code language.tsv}. Bundled
 * ones live in the jar under {@code data/languages/}; more can be given as folders on disk, so a new
 * language needs no Java.
 */
abstract class LanguageData {
    final String language;

    private LanguageData(String language) {
        this.language = language;
    }

    /** Rows of {@code relative} ("lexicon/titles.tsv"); an absent file is empty. */
    abstract List<String[]> table(String relative);

    /** Lines of a text file, or empty. */
    abstract List<String> lines(String relative);

    /** Names of the files in a sub-folder ending with {@code ext}, sorted. */
    abstract List<String> files(String folder, String ext);

    /** How to name a file in messages: "ar/rules/claims.rules". */
    String where(String relative) {
        return language + "/" + relative;
    }

    /** The bundled languages and those in {@code extraRoots} (each a folder of language folders, or one language folder), by code. */
    static Map<String, LanguageData> discover(List<Path> extraRoots) {
        Map<String, LanguageData> out = new LinkedHashMap<>();
        for (String lang : Tables.bundledFolders("languages")) {
            out.put(lang, new Bundled(lang));
        }
        for (Path root : extraRoots) {
            if (!Files.isDirectory(root)) {
                throw new IllegalArgumentException(root + ": not a folder of languages");
            }
            if (isLanguageFolder(root)) {
                out.put(root.getFileName().toString(), new Folder(root));
                continue;
            }
            try (Stream<Path> s = Files.list(root)) {
                s.filter(LanguageData::isLanguageFolder).sorted()
                        .forEach(p -> out.put(p.getFileName().toString(), new Folder(p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static boolean isLanguageFolder(Path p) {
        return Files.isDirectory(p.resolve("lexicon")) || Files.isDirectory(p.resolve("rules"));
    }

    private static final class Bundled extends LanguageData {
        private final String root;

        Bundled(String language) {
            super(language);
            this.root = "languages/" + language + "/";
        }

        @Override
        List<String[]> table(String relative) {
            return Tables.bundled(root + relative);
        }

        @Override
        List<String> lines(String relative) {
            return Tables.bundledLines(root + relative);
        }

        @Override
        List<String> files(String folder, String ext) {
            return Tables.bundledIndex(root + folder, ext);
        }
    }

    private static final class Folder extends LanguageData {
        private final Path root;

        Folder(Path root) {
            super(root.getFileName().toString());
            this.root = root;
        }

        @Override
        List<String[]> table(String relative) {
            Path p = root.resolve(relative);
            return Files.isRegularFile(p) ? Tables.file(p) : List.of();
        }

        @Override
        List<String> lines(String relative) {
            Path p = root.resolve(relative);
            try {
                return Files.isRegularFile(p) ? Files.readAllLines(p, StandardCharsets.UTF_8) : List.of();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + p, e);
            }
        }

        @Override
        List<String> files(String folder, String ext) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            try (Stream<Path> s = Files.list(dir)) {
                List<String> out = new ArrayList<>();
                s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(ext)).sorted().forEach(out::add);
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
