package org.isnad.cli;

import org.isnad.read.SourceDocument;
import org.isnad.serve.IngestServlet;
import org.isnad.serve.SparqlServer;
import org.isnad.store.IsnadStore;
import org.isnad.store.Maintenance;
import org.isnad.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bounded soak on loopback: continuous ingest through the server while two clients run the bundled
 * queries. No error, no lost document, every answer within its timeout, heap bounded, CPU idle after.
 * 40 seconds in CI; longer with -Dsoak.seconds=600 (see bench/README.md).
 */
class SoakTest {
    private static final String TOKEN = "soak-token-0123456789abcdef";
    private static final int QUERY_TIMEOUT = 30;

    @TempDir
    Path db;

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long threadCpuNanos() {
        var threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (var t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && !t.getThreadName().contains("CompilerThread")) {
                sum += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
            }
        }
        return sum;
    }

    @Test
    void ingestAndQueriesTogetherForAWhile() throws Exception {
        long seconds = Long.getLong("soak.seconds", 40);
        List<String> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/articles"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(Files.readString(f));
            }
        }
        List<String> queries = new ArrayList<>();
        for (String q : List.of("meetings", "claims", "actors", "sources")) {
            queries.add(Files.readString(Path.of("sparql", q + ".rq")));
        }
        Cli.ingestSeed(db);
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicLong acked = new AtomicLong();
        AtomicLong answers = new AtomicLong();
        AtomicLong slowest = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        long heapBefore;
        try (IsnadStore store = IsnadStore.open(db)) {
            ExtractionOptions extraction = new ExtractionOptions();
            extraction.language = "auto";
            try (SparqlServer server = SparqlServer.start(store.dataset(), "127.0.0.1", 0, QUERY_TIMEOUT, List.of(), null,
                    Map.of(IngestServlet.PATH, new IngestServlet(TOKEN, IngestCommand.MAX_REQUEST_BYTES,
                            new ServerIngest(store, extraction.reader(), extraction.extractor()))))) {
                String base = "http://127.0.0.1:" + server.port();
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                heapBefore = usedHeapAfterGc();
                Thread writer = new Thread(() -> {
                    IngestClient client = new IngestClient(new ServerClient(base, null), TOKEN);
                    for (int i = 0; !stop.get(); i += 3) {
                        List<SourceDocument> batch = new ArrayList<>();
                        for (int k = i; k < i + 3; k++) {
                            batch.add(new SourceDocument(articles.get(k % articles.size()) + "\n\nUpdate " + k + ".", null,
                                    "https://news.example/soak/" + k, null, null, null, "soak-" + k));
                        }
                        try {
                            for (IngestClient.Result r : client.send(batch)) {
                                if (r.error() != null) {
                                    errors.add("ingest: " + r.error());
                                } else if (!"added".equals(r.outcome())) {
                                    errors.add("ingest: " + r.outcome() + " for a new document");
                                } else {
                                    acked.incrementAndGet();
                                }
                            }
                        } catch (Exception e) {
                            errors.add("ingest: " + e);
                        }
                    }
                });
                List<Thread> readers = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    int offset = t;
                    readers.add(new Thread(() -> {
                        for (int n = offset; !stop.get(); n++) {
                            long started = System.nanoTime();
                            try {
                                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/isnad/sparql"))
                                        .timeout(Duration.ofSeconds(QUERY_TIMEOUT + 10))
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .header("Accept", "application/sparql-results+json")
                                        .POST(HttpRequest.BodyPublishers.ofString("query="
                                                + URLEncoder.encode(queries.get(n % queries.size()), StandardCharsets.UTF_8))).build(),
                                        HttpResponse.BodyHandlers.ofString());
                                if (r.statusCode() != 200) {
                                    errors.add("query: " + r.statusCode());
                                }
                                answers.incrementAndGet();
                            } catch (Exception e) {
                                errors.add("query: " + e);
                            }
                            slowest.accumulateAndGet(System.nanoTime() - started, Math::max);
                        }
                    }));
                }
                writer.start();
                readers.forEach(Thread::start);
                Thread.sleep(seconds * 1000);
                stop.set(true);
                writer.join();
                for (Thread r : readers) {
                    r.join();
                }
                // Idle within a second; on a machine loaded past its cores, within five (see ServeHardeningTest).
                double idle = 1;
                for (int window = 0; window < 5 && idle >= 0.3; window++) {
                    Thread.sleep(1000);
                    long cpu = threadCpuNanos();
                    Thread.sleep(1000);
                    idle = (threadCpuNanos() - cpu) / 1e9;
                }
                assertTrue(idle < 0.3, "CPU still busy after the soak: " + idle + " s in a second");
            }
            assertEquals(List.of(), errors.subList(0, Math.min(10, errors.size())));
            assertTrue(acked.get() > 0 && answers.get() > 0, acked + " documents, " + answers + " answers");
            assertEquals(1 + acked.get(), Maintenance.stats(store).documents(), "documents acknowledged but not stored");
            assertTrue(slowest.get() < QUERY_TIMEOUT * 1_000_000_000L, "an answer took " + slowest.get() / 1e9 + " s");
            long growth = usedHeapAfterGc() - heapBefore;
            assertTrue(growth < 256L * 1024 * 1024, "heap grew by " + (growth >> 20) + " MiB");
        }
    }
}
