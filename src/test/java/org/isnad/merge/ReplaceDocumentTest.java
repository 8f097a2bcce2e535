package org.isnad.merge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.isnad.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A document replaced (same URL, new text) takes its reports out of the events they were in: the result
 * is what ingesting the new version alone would give.
 */
class ReplaceDocumentTest {
    static final Path DENIAL = CrossDocSet.ARTICLES.resolve("b3_presidency_denies.json");

    @Test
    void replacingTheDenialGivesTheGraphOfTheNewVersion(@TempDir Path old, @TempDir Path fresh, @TempDir Path tmp)
            throws IOException {
        Path v2 = tmp.resolve("b3_v2.json");
        Path others = tmp.resolve("others");
        Files.createDirectories(others);
        try (Stream<Path> s = Files.list(CrossDocSet.ARTICLES)) {
            for (Path p : s.filter(p -> !p.equals(DENIAL) && p.getFileName().toString().startsWith("b")).toList()) {
                Files.copy(p, others.resolve(p.getFileName()));
            }
        }
        writeNewVersion(v2);

        Cli.ok("ingest", "-q", "--db", old, others, DENIAL);
        List<String> before = MergeOrderTest.eventsGraph(old);
        Cli.Result replaced = Cli.ok("ingest", "--db", old, v2);
        assertEquals(true, replaced.out().contains("[replaced"), replaced.describe());

        Cli.ok("ingest", "-q", "--db", fresh, others, v2);
        List<String> after = MergeOrderTest.eventsGraph(old);
        assertNotEquals(before, after);
        assertEquals(MergeOrderTest.eventsGraph(fresh), after);
    }

    /** The denial's URL with a text that reports the summit as planned instead. */
    private static void writeNewVersion(Path v2) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode doc = (ObjectNode) json.readTree(DENIAL.toFile());
        doc.put("title", "مصدر: الرئيس السيسي يلتقي آبي أحمد في أديس أبابا");
        doc.put("text", """
                مصدر: الرئيس السيسي يلتقي آبي أحمد في أديس أبابا
                قال مصدر في الرئاسة المصرية يوم الثلاثاء إن الرئيس عبد الفتاح السيسي سيلتقي رئيس الوزراء الإثيوبي آبي أحمد في أديس أبابا الأسبوع المقبل.
                وأضاف المصدر أن وزير الخارجية سامح شكري سيرافق الرئيس.
                """);
        Files.writeString(v2, json.writeValueAsString(doc));
    }
}
