package org.isnad.cli;

import org.isnad.testutil.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression (issue 12): bundled queries repeated a row per label language (claims gave 20 rows for
 * 16 claims). One row per fact now, labels in the language of --lang.
 */
class BundledQueryRowsTest {
    @TempDir
    static Path db;

    @BeforeAll
    static void ingest() {
        Cli.ok("ingest", "--db", db, Cli.SEEDS, Path.of("src/test/resources/articles/06_kishida_yoon_tokyo.txt"),
                Path.of("src/test/resources/articles/11_wangyi_lavrov_moscow.txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"meetings", "claims", "actors", "sources"})
    void oneRowPerFactInEitherLanguage(String query) {
        for (String lang : List.of("en", "ar")) {
            List<Map<String, String>> rows = Cli.select(db, query, "--lang", lang);
            String key = rows.isEmpty() ? "" : rows.get(0).keySet().iterator().next();
            assertFalse(rows.isEmpty(), query);
            assertEquals(rows.stream().map(r -> r.get(key)).distinct().count(), rows.size(),
                    query + " --lang " + lang + " repeats a " + key);
        }
    }

    @Test
    void claimsByGivesOneRowPerClaim() {
        List<Map<String, String>> rows = Cli.select(db, "claims-by", "--param", "actor=Q7747");
        assertFalse(rows.isEmpty());
        assertEquals(rows.stream().map(r -> r.get("claim")).distinct().count(), rows.size());
    }

    @Test
    void langChoosesTheLabelLanguage() {
        Map<String, String> en = putinClaim("en");
        Map<String, String> ar = putinClaim("ar");
        assertTrue(en.get("claimant").startsWith("Vladimir Putin"), en.toString());
        assertTrue(ar.get("claimant").startsWith("فلاديمير بوتين"), ar.toString());
    }

    private static Map<String, String> putinClaim(String lang) {
        return Cli.select(db, "claims-by", "--lang", lang, "--param", "actor=Q7747").get(0);
    }
}
