package org.isnad.serve;

import org.isnad.store.IsnadStore;
import org.isnad.testutil.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Regressions of issue 13's hostile-request probe against the server, each on a real loopback port. */
class ServeHardeningTest {
    @TempDir
    static Path db;
    @TempDir
    Path dir;
    static IsnadStore store;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void open() throws Exception {
        Cli.ingestSeed(db);
        store = IsnadStore.open(db);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static SparqlServer start(String host, long timeout, List<String> cors, Path passwords) {
        return SparqlServer.start(store.dataset(), host, 0, timeout, cors, passwords);
    }

    private static HttpResponse<String> query(String base, String sparql, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/isnad/sparql"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int ping(String base) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/$/ping")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void hostBindsExactlyTheAddressGiven() throws Exception {
        try (SparqlServer s = start("127.0.0.2", 10, List.of(), null)) {
            assertEquals(200, ping("http://127.0.0.2:" + s.port()));
            assertThrows(ConnectException.class, () -> ping("http://127.0.0.1:" + s.port()));
        }
    }

    @Test
    void ipv6LoopbackBindsExactlyWithABracketedUrl() throws Exception {
        try (SparqlServer s = start("::1", 10, List.of(), null)) {
            assertTrue(s.endpoint("::1").startsWith("http://[::1]:" + s.port() + "/"), s.endpoint("::1"));
            assertEquals(200, ping("http://[::1]:" + s.port()));
            assertThrows(ConnectException.class, () -> ping("http://127.0.0.1:" + s.port()));
        }
    }

    @Test
    void passwordFileRequiresHttpBasicCredentials() throws Exception {
        Path passwords = Files.writeString(dir.resolve("passwd"), "alice: correct-horse\n");
        try (SparqlServer s = start("127.0.0.1", 10, List.of(), passwords)) {
            String base = "http://127.0.0.1:" + s.port();
            assertEquals(401, query(base, "ASK {}").statusCode());
            String wrong = "Basic " + Base64.getEncoder().encodeToString("alice:wrong".getBytes(StandardCharsets.UTF_8));
            assertEquals(401, query(base, "ASK {}", "Authorization", wrong).statusCode());
            String right = "Basic " + Base64.getEncoder().encodeToString("alice:correct-horse".getBytes(StandardCharsets.UTF_8));
            assertEquals(200, query(base, "ASK {}", "Authorization", right).statusCode());
        }
    }

    @Test
    void corsOriginsMustBeExactOrigins() {
        for (String bad : List.of("*", "http*", "https://*", "https://*.example.org", "https://a.example,https://b.example",
                "https://example.org/", "https://example.org/path", "example.org", "ftp://example.org", "https://user@example.org")) {
            assertThrows(IllegalArgumentException.class, () -> CorsOrigins.validate(List.of(bad)), bad);
        }
        assertEquals(List.of("https://example.org", "http://localhost:8080"),
                CorsOrigins.validate(List.of("https://example.org", "http://localhost:8080")));
    }

    @Test
    void anExactCorsOriginAllowsThatOriginOnly() throws Exception {
        try (SparqlServer s = start("127.0.0.1", 10, List.of("https://analyst.example"), null)) {
            String base = "http://127.0.0.1:" + s.port();
            assertEquals("https://analyst.example", query(base, "ASK {}", "Origin", "https://analyst.example")
                    .headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            for (String other : List.of("https://analyst.example.evil.test", "https://analystXexample", "http://analyst.example")) {
                assertFalse(query(base, "ASK {}", "Origin", other).headers().firstValue("Access-Control-Allow-Origin").isPresent(), other);
            }
        }
    }

    @Test
    void oversizedQueryIsRefusedBeforeParsing() throws Exception {
        try (SparqlServer s = start("127.0.0.1", 10, List.of(), null)) {
            long started = System.nanoTime();
            // Only the headers of a 4 MB query are sent: a server that refuses before reading the body
            // answers now; one that parses first would wait for a body that never comes.
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", s.port())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("POST /isnad/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 4000000\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(
                        socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                assertEquals("HTTP/1.1 413 Payload Too Large", statusLine);
            }
            assertTrue(System.nanoTime() - started < 10_000_000_000L, "refusing took more than 10 s");
        }
    }

    @Test
    void javaFunctionUrisLoadNoClass() throws Exception {
        try (SparqlServer s = start("127.0.0.1", 10, List.of(), null)) {
            HttpResponse<String> r = query("http://127.0.0.1:" + s.port(),
                    "SELECT (<java:org.apache.jena.sparql.function.library.FN_StrUpperCase>(\"x\") AS ?v) WHERE {}");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(List.of(Map.of()), Cli.rows(r.body()), "a java: function was called");
        }
    }

    @Test
    void regexAndReplaceStillAnswerAsSparqlSays() throws Exception {
        try (SparqlServer s = start("127.0.0.1", 10, List.of(), null)) {
            HttpResponse<String> r = query("http://127.0.0.1:" + s.port(), Cli.PREFIXES + """
                    SELECT DISTINCT ?l (REPLACE(?l, "^vlad(imir)?", "V.", "i") AS ?short) WHERE {
                      ?p rdfs:label ?l FILTER(REGEX(?l, "^VLADIMIR P", "i")) }""");
            assertEquals(200, r.statusCode(), r.body());
            List<Map<String, String>> rows = Cli.rows(r.body());
            assertEquals(List.of(Map.of("l", "Vladimir Putin", "short", "V. Putin")), rows);
        }
    }

    /**
     * CPU time of this JVM's Java threads (query workers included; the JIT compiler's excluded, and GC
     * threads are not Java threads), so other processes on a loaded machine do not count.
     */
    private static long cpuNanos() {
        var threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (java.lang.management.ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && !t.getThreadName().contains("CompilerThread")) {
                sum += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
            }
        }
        return sum;
    }

    /** Busy threads, for the failure message. */
    private static final StringBuilder BUSY = new StringBuilder();

    /**
     * CPU this process uses in the second after the next one: near zero when nothing runs on. On a
     * machine loaded past its cores a cancelled query's thread gets so little CPU that reaching its
     * cancellation check takes longer, so up to four more one-second windows are allowed there; the
     * first quiet window counts.
     */
    private static double cpuSecondsInTheSecondAfterNext() throws InterruptedException {
        double used = 0;
        for (int window = 0; window < 5; window++) {
            used = cpuSecondsInOneSecond();
            if (used < 0.3) {
                return used;
            }
        }
        return used;
    }

    private static double cpuSecondsInOneSecond() throws InterruptedException {
        Thread.sleep(1000);
        var threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> start = new java.util.HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            start.put(id, threads.getThreadCpuTime(id));
        }
        long before = cpuNanos();
        Thread.sleep(1000);
        BUSY.setLength(0);
        for (var t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && start.containsKey(t.getThreadId())) {
                long used = threads.getThreadCpuTime(t.getThreadId()) - start.get(t.getThreadId());
                if (used > 50_000_000L) {
                    BUSY.append(t.getThreadName()).append(' ').append(used / 1_000_000).append(" ms; ");
                }
            }
        }
        return (cpuNanos() - before) / 1e9;
    }

    @Test
    void catastrophicBacktrackingPatternAnswersAndLeavesTheCpuIdle() throws Exception {
        try (SparqlServer s = start("127.0.0.1", 5, List.of(), null)) {
            String evil = "SELECT ?m WHERE { BIND(CONCAT(\"" + "a".repeat(5_000) + "\", \"!\") AS ?t) "
                    + "FILTER(REGEX(?t, \"^(a+)+$\")) BIND(1 AS ?m) }";
            long started = System.nanoTime();
            HttpResponse<String> r = query("http://127.0.0.1:" + s.port(), evil);
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(System.nanoTime() - started < 5_000_000_000L, "the pattern took longer than the timeout");
            assertTrue(cpuSecondsInTheSecondAfterNext() < 0.3, "CPU still busy after the answer: " + BUSY);
        }
    }

    @Test
    void timedOutQueryStopsAndLeavesTheCpuIdle() throws Exception {
        try (SparqlServer s = start("127.0.0.1", 2, List.of(), null)) {
            String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";
            long started = System.nanoTime();
            HttpResponse<String> r = query("http://127.0.0.1:" + s.port(), heavy);
            double seconds = (System.nanoTime() - started) / 1e9;
            assertFalse(r.statusCode() == 200, "a billion-row count finished within 2 s? " + r.body());
            assertTrue(seconds < 10, "the timeout answered after " + seconds + " s");
            assertTrue(cpuSecondsInTheSecondAfterNext() < 0.3, "CPU still busy after the timeout: " + BUSY);
        }
    }
}
