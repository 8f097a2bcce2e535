package org.isnad.cli;

import org.isnad.testutil.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Event types declared as data reach the store: agreements with their query, meetings with their codes. */
class EventTypesTest {
    @TempDir
    static Path db;
    @TempDir
    static Path docs;
    @TempDir
    static Path scratch;

    @BeforeAll
    static void ingest() throws IOException {
        Files.writeString(docs.resolve("signing.txt"), "Egypt and Cyprus sign gas deal\n"
                + "Egypt and Cyprus signed a gas agreement in Cairo on Monday, the Egyptian presidency said.\n"
                + "The two countries also discussed an older accord.\n");
        Files.writeString(docs.resolve("call.txt"), "Leaders speak by phone\n"
                + "Vladimir Putin spoke by phone with Recep Tayyip Erdogan on Tuesday.\n");
        Cli.ok("ingest", "--db", db, "--published", "2024-05-15", docs);
    }

    @Test
    void theAgreementsQueryListsASignedAgreementWithItsPartiesAndCodes() {
        List<Map<String, String>> rows = Cli.select(db, "agreements");
        assertEquals(1, rows.size(), rows.toString());
        Map<String, String> a = rows.get(0);
        assertEquals("Occurred", a.get("status"));
        assertTrue(a.get("parties").contains("Egypt") && a.get("parties").contains("Cyprus"), a.toString());
        assertEquals("AGREE", a.get("plover"));
        assertEquals("057", a.get("cameo"));
    }

    @Test
    void aPhoneCallIsCodedConsultPhone() {
        Path q = Cli.queryFile(scratch, "codes.rq", Cli.PREFIXES
                + "SELECT ?type ?plover ?mode ?cameo WHERE { ?m a isnad:Meeting ; isnad:eventType ?type ;"
                + " isnad:plover ?plover ; isnad:ploverMode ?mode ; isnad:cameo ?cameo }");
        List<Map<String, String>> rows = Cli.select(db, q.toString());
        assertEquals(List.of(Map.of("type", "meeting", "plover", "CONSULT", "mode", "phone", "cameo", "041")), rows);
    }

    @Test
    void theStoreStillConformsToTheShapes() {
        Cli.ok("validate", "--db", db);
    }
}
