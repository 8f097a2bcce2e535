package org.isnad.merge;

import java.nio.file.Path;

/** Where the cross-document test set lives (src/test/resources/crossdoc, see its README). */
final class CrossDocSet {
    static final Path ROOT = Path.of("src/test/resources/crossdoc");
    static final Path ARTICLES = ROOT.resolve("articles");

    private CrossDocSet() {
    }
}
