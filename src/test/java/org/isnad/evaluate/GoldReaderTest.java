package org.isnad.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Gold files are read strictly, with errors that name the file and the field. */
class GoldReaderTest {
    static final String ENTITY = "{\"type\": \"Person\", \"qid\": \"Q7747\", \"name\": \"Vladimir Putin\", \"forms\": [\"Putin\"]}";

    @TempDir
    Path dir;

    Path write(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name), json);
    }

    Path article(String stem) throws Exception {
        Files.writeString(dir.resolve(stem + ".txt"), "Putin speaks\nPutin said so.\n");
        return dir.resolve(stem + ".txt");
    }

    @Test
    void aWellFormedGoldIsRead() throws Exception {
        Path text = article("a");
        GoldFile g = GoldReader.read(write("a.gold.json", "{\"doc\": \"a.txt\", \"lang\": \"en\", \"published\": \"2024-01-02\","
                + " \"entities\": [" + ENTITY + "], \"meetings\": [], \"claims\": [{\"line\": 1, \"claimant\": \"Vladimir Putin\","
                + " \"stance\": \"assert\"}]}"));
        assertEquals("a", g.name());
        assertEquals(text.toAbsolutePath(), g.text());
        assertEquals(List.of("Vladimir Putin"), g.claims().get(0).claimants());
        assertEquals(java.util.Set.of("Q7747"), g.entities().get(0).qids());
    }

    @Test
    void aMistypedEntityTypeNamesTheFileAndTheField() throws Exception {
        article("b");
        Path gold = write("b.gold.json", "{\"doc\": \"b.txt\", \"entities\": [" + ENTITY + ", "
                + ENTITY.replace("Person", "Persn") + "]}");
        GoldProblem p = assertThrows(GoldProblem.class, () -> GoldReader.read(gold));
        assertTrue(p.getMessage().startsWith(gold.toString()), p.getMessage());
        assertTrue(p.getMessage().contains("entities[1].type"), p.getMessage());
    }

    @Test
    void brokenJsonGivesItsLine() throws Exception {
        Path gold = write("c.gold.json", "{\n\"entities\": [\n}");
        GoldProblem p = assertThrows(GoldProblem.class, () -> GoldReader.read(gold));
        assertTrue(p.getMessage().contains("line 3"), p.getMessage());
    }

    @Test
    void aMissingArticleIsAProblemOfTheGold() throws Exception {
        Path gold = write("d.gold.json", "{\"doc\": \"nowhere.txt\", \"entities\": []}");
        GoldProblem p = assertThrows(GoldProblem.class, () -> GoldReader.read(gold));
        assertTrue(p.getMessage().contains("nowhere.txt"), p.getMessage());
    }

    @Test
    void withoutDocTheArticleIsTheTextOfTheSameStem() throws Exception {
        Path text = article("e");
        assertEquals(text.toAbsolutePath(), GoldReader.read(write("e.gold.json", "{\"entities\": []}")).text());
    }

    @Test
    void aFolderGivesItsGoldFilesInNameOrder() throws Exception {
        article("g2");
        article("g1");
        Path two = write("g2.gold.json", "{\"entities\": []}");
        Path one = write("g1.gold.json", "{\"entities\": []}");
        assertEquals(List.of(one, two), GoldReader.collect(List.of(dir)));
    }
}
