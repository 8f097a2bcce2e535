package org.isnad.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression (issue 12): the README names every command "isnad …" but there was no launcher. The
 * script is run from a copy of the project layout whose target/isnad.jar starts the CLI from this
 * test run's classes (the tests run before the real jar is packaged).
 */
class LauncherTest {
    @TempDir
    Path project;

    private Path install() throws Exception {
        Path script = project.resolve("isnad");
        Files.copy(Path.of("isnad"), script, StandardCopyOption.COPY_ATTRIBUTES);
        Files.createDirectories(project.resolve("target"));
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.isnad.cli.IsnadCli");
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> Path.of(p).toUri().toString()).collect(Collectors.joining(" ")));
        try (OutputStream out = new JarOutputStream(Files.newOutputStream(project.resolve("target/isnad.jar")), m)) {
            out.flush();
        }
        return script;
    }

    private static String[] run(Path workDir, String javaOpts, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_OPTS", javaOpts);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new String[] {Integer.toString(p.waitFor()), out};
    }

    @Test
    void launcherRunsTheCliWithItsArgumentsAndExitCode() throws Exception {
        Path script = install();
        String[] help = run(project, "", script.toString(), "query", "--help");
        assertEquals("0", help[0], help[1]);
        assertTrue(help[1].contains("Usage: isnad query"), help[1]);
        String[] usage = run(project, "", script.toString(), "serve", "--port", "99999");
        assertEquals("2", usage[0], usage[1]);
    }

    @Test
    void launcherFollowsASymbolicLinkAndPassesJavaOptions(@TempDir Path bin) throws Exception {
        Path script = install();
        Path link = Files.createSymbolicLink(bin.resolve("isnad"), script);
        String[] r = run(bin, "-Xmx64m -Disnad.maxDocumentBytes=100", link.toString(), "ingest", "--db",
                bin.resolve("db").toString(), Path.of("src/test/resources/inputs/good_en.txt").toAbsolutePath().toString());
        // The limit set through JAVA_OPTS reached the JVM: the small test article is over it.
        assertEquals("1", r[0], r[1]);
        assertTrue(r[1].contains("over the 100 bytes"), r[1]);
    }
}
