package org.isnad.testutil;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 'isnad serve' in a child JVM on a free loopback port, as a user runs it: for what only a separate
 * process shows (output as printed, a kill -9). Its output goes to files the test can read at any time.
 */
public final class ServeProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("at (http://\\S+)/isnad/sparql");

    private final Process process;
    private final Path out;
    private final Path err;
    public final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ServeProcess(Process process, Path out, Path err, String base) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.base = base;
    }

    /** Starts 'isnad serve --port 0 ARGS…' and waits until it says where it serves. */
    public static ServeProcess start(Path logs, Object... args) throws Exception {
        Object[] all = new Object[args.length + 3];
        all[0] = "serve";
        all[1] = "--port";
        all[2] = "0";
        System.arraycopy(args, 0, all, 3, args.length);
        Path out = Files.createTempFile(logs, "serve", ".out");
        Path err = Files.createTempFile(logs, "serve", ".err");
        Process p = new ProcessBuilder(Jvm.command(List.of(), List.of("-Xmx512m"), all))
                .redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline && p.isAlive()) {
            Matcher m = SERVING.matcher(Files.readString(out));
            if (m.find()) {
                return new ServeProcess(p, out, err, m.group(1));
            }
            Thread.sleep(100);
        }
        p.destroyForcibly().waitFor();
        throw new AssertionError("serve did not start:\n" + Files.readString(out) + "\n" + Files.readString(err));
    }

    public String out() {
        return read(out);
    }

    public String err() {
        return read(err);
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a SELECT on /isnad/sparql; fails the test on any answer but 200. */
    public List<Map<String, String>> select(String sparql) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/isnad/sparql"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError("SPARQL answered " + r.statusCode() + ": " + r.body());
        }
        return Cli.rows(r.body());
    }

    /** Waits for {@code condition}, generously: it is a test of what happens, not of how fast. */
    public void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new AssertionError("never saw " + what + (process.isAlive() ? "" : " (serve exited)")
                        + "\n--- out:\n" + out() + "\n--- err:\n" + err());
            }
            Thread.sleep(200);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** kill -9: Process.destroyForcibly sends SIGKILL on Linux, so nothing of the server runs after it. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
