package org.isnad.testutil;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the CLI in a child JVM, for what an in-process run cannot show: a small heap, a process
 * without some privileges, a kill. The child gets this test run's class path.
 */
public final class Jvm {
    private Jvm() {
    }

    /** The command that starts the CLI with these JVM options, optionally behind a prefix (setpriv …). */
    public static List<String> command(List<String> prefix, List<String> jvmOptions, Object... args) {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.isnad.cli.IsnadCli");
        for (Object a : args) {
            cmd.add(String.valueOf(a));
        }
        return cmd;
    }

    public static Cli.Result run(List<String> jvmOptions, Object... args) {
        return runAs(List.of(), jvmOptions, 300, args);
    }

    public static Cli.Result runAs(List<String> prefix, List<String> jvmOptions, int timeoutSeconds, Object... args) {
        try {
            Path out = Files.createTempFile("isnad-jvm", ".out");
            Path err = Files.createTempFile("isnad-jvm", ".err");
            try {
                Process p = new ProcessBuilder(command(prefix, jvmOptions, args))
                        .redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                    throw new AssertionError("the CLI did not finish within " + timeoutSeconds + " s: " + args[0]
                            + "\n" + Files.readString(err, StandardCharsets.UTF_8));
                }
                return new Cli.Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
