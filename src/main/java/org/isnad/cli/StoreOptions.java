package org.isnad.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --db}: where the TDB2 store lives. */
final class StoreOptions {
    static final String DEFAULT_STORE = "data/tdb2";

    @Option(names = "--db", paramLabel = "DIR", defaultValue = DEFAULT_STORE,
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path db;
}
