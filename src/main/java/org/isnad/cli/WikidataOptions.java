package org.isnad.cli;

import org.isnad.link.PoliteClient;
import org.isnad.link.ResponseCache;
import org.isnad.link.WikidataApi;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;

/** Where Wikidata is and how patiently to ask it. */
final class WikidataOptions {
    static final String DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql";

    @Option(names = "--api", paramLabel = "URL", defaultValue = WikidataApi.DEFAULT_API,
            description = "MediaWiki API of Wikidata, used by 'link' (default: ${DEFAULT-VALUE}).")
    String api;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = DEFAULT_ENDPOINT,
            description = "Wikidata Query Service SPARQL endpoint, used by 'gazetteer build' (default: ${DEFAULT-VALUE}).")
    String endpoint;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "data/cache/wikidata",
            description = "Answers already received, one JSON file per request; a rerun asks nothing twice (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest wait for one answer (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "4",
            description = "Retries of a request that timed out or was turned away (429, 503, maxlag), with growing pauses (default: ${DEFAULT-VALUE}).")
    int retries;

    PoliteClient client(boolean online) {
        if (timeoutSeconds <= 0 || retries < 0) {
            throw new UsageProblem("--timeout must be positive and --retries not negative");
        }
        PoliteClient.Settings s = PoliteClient.Settings.defaults().online(online)
                .timeout(Duration.ofMillis((long) (timeoutSeconds * 1000))).maxRetries(retries);
        return new PoliteClient(s, new ResponseCache(cache));
    }
}
