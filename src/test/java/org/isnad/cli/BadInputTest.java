package org.isnad.cli;

import org.isnad.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Robustness of ingest against bad inputs: each bad file is reported by name, the command exits 1,
 * and a good document given in the same command is still stored.
 */
class BadInputTest {
    static final Path GOOD = Cli.INPUTS.resolve("good_en.txt");
    static final String GOOD_MARKER = "Antony Blinken met Egyptian Foreign Minister";

    @TempDir
    Path db;
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private List<String> storedTexts() {
        return Cli.documents(db, dir).stream().map(d -> d.get("text")).toList();
    }

    private void assertGoodDocumentStored() {
        List<String> texts = storedTexts();
        assertTrue(texts.stream().anyMatch(t -> t.contains(GOOD_MARKER)), () -> "good document missing; stored: " + texts);
    }

    /** Ingests bad + good, asserts exit 1, stderr naming the bad file, and the good document stored; returns stderr. */
    private String ingestRejected(Path bad) {
        Cli.Result r = Cli.run("ingest", "--db", db, bad, GOOD);
        assertEquals(1, r.code(), r.describe());
        assertTrue(r.err().contains(bad.toString()), () -> "stderr does not name " + bad + "\n" + r.describe());
        assertFalse(r.err().contains("\tat "), () -> "stack trace on stderr\n" + r.describe());
        assertGoodDocumentStored();
        return r.err();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void emptyFileIsRejectedByName() throws Exception {
        String err = ingestRejected(write("empty.txt", new byte[0]));
        assertTrue(err.contains("empty"), err);
    }

    @Test
    void whitespaceOnlyFileIsRejectedByName() throws Exception {
        String err = ingestRejected(write("blank.txt", utf8(" \n\t\r\n ")));
        assertTrue(err.contains("empty"), err);
    }

    @Test
    void binaryFileWithNulBytesIsRejectedByName() throws Exception {
        String err = ingestRejected(write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}));
        assertTrue(err.contains("NUL byte at offset 4"), err);
    }

    @Test
    void nonUtf8BytesAreRejectedNamingByteAndOffset() throws Exception {
        byte[] bytes = concat(utf8("Valid start "), new byte[] {(byte) 0xFF, (byte) 0xFE}, utf8(" then more text."));
        String err = ingestRejected(write("latin.txt", bytes));
        assertTrue(err.contains("0xFF") && err.contains("offset 12"), err);
    }

    @Test
    void nonUtf8BytesAfterArabicTextNameTheByteOffsetNotTheCharOffset() throws Exception {
        byte[] prefix = utf8("كيم جونغ أون ");   // 13 chars, 23 bytes
        byte[] bytes = concat(prefix, new byte[] {(byte) 0xC3, (byte) 0x28}, utf8(" بوتين"));
        String err = ingestRejected(write("mixed.txt", bytes));
        assertTrue(err.contains("0xC3") && err.contains("offset " + prefix.length), err);
    }

    @Test
    void nonUtf8JsonIsRejectedByName() throws Exception {
        byte[] bytes = concat(utf8("{\"text\": \"caf"), new byte[] {(byte) 0xE9}, utf8("\"}"));
        String err = ingestRejected(write("latin1.json", bytes));
        assertTrue(err.contains("0xE9"), err);
    }

    @Test
    void byteOrderMarkIsAcceptedAndNotStored() throws Exception {
        Path withBom = write("bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Files.readAllBytes(Cli.SEED)));
        Cli.ok("ingest", "--db", db, withBom, GOOD);
        String seed = Files.readString(Cli.SEED);
        List<String> texts = storedTexts();
        assertTrue(texts.contains(seed), "stored text differs from the seed without its BOM");
        texts.forEach(t -> assertFalse(t.startsWith("\uFEFF"), "a stored text starts with a BOM"));
    }

    @Test
    void byteOrderMarkDoesNotShiftMentionOffsets() throws Exception {
        Path withBom = write("bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Files.readAllBytes(Cli.SEED)));
        Cli.ok("ingest", "--db", db, withBom);
        assertMentionsMatchText();
    }

    @Test
    void byteOrderMarkInJsonFileIsAccepted() throws Exception {
        Path json = write("bom.json", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8("{\"text\": \"Vladimir Putin met Kim Jong Un in Vladivostok.\"}")));
        Cli.Result r = Cli.ok("ingest", "--db", db, json);
        assertTrue(r.out().contains("1 document(s) stored"), r.describe());
    }

    @Test
    void crlfLineEndingsAreAccepted() throws Exception {
        String crlf = Files.readString(Cli.SEED).replace("\n", "\r\n");
        Path f = write("crlf.txt", utf8(crlf));
        Cli.Result r = Cli.ok("ingest", "--db", db, f, GOOD);
        assertTrue(r.out().contains("2 document(s) stored"), r.describe());
        assertGoodDocumentStored();
    }

    @Test
    void crlfLineEndingsKeepMentionOffsetsExact() throws Exception {
        Path f = write("crlf.txt", utf8(Files.readString(Cli.SEED).replace("\n", "\r\n")));
        Cli.ok("ingest", "--db", db, f);
        assertMentionsMatchText();
    }

    @Test
    void crlfLineEndingsYieldTheSameMeetingsAsLf(@TempDir Path lfDb) throws Exception {
        Path f = write("crlf.txt", utf8(Files.readString(Cli.SEED).replace("\n", "\r\n")));
        Cli.ok("ingest", "--db", db, f);
        Cli.ingestSeed(lfDb);
        assertEquals(meetingSummary(lfDb), meetingSummary(db));
    }

    private List<String> meetingSummary(Path store) {
        return Cli.select(store, "meetings").stream()
                .map(m -> m.get("status") + " " + m.get("participants") + " " + m.getOrDefault("date", ""))
                .distinct().sorted().toList();
    }

    @Test
    void malformedJsonIsRejectedWithLine() {
        String err = ingestRejected(Cli.INPUTS.resolve("malformed.json"));
        assertTrue(err.contains("malformed JSON at line"), err);
    }

    @Test
    void jsonWithoutTextFieldIsRejected() throws Exception {
        String err = ingestRejected(write("notext.json", utf8("{\"title\": \"only a title\"}")));
        assertTrue(err.contains("\"text\""), err);
    }

    @Test
    void jsonWithBadPublishedDateIsRejected() throws Exception {
        String err = ingestRejected(write("baddate.json", utf8("{\"text\": \"Putin met Kim.\", \"published\": \"last Tuesday\"}")));
        assertTrue(err.contains("published"), err);
    }

    @Test
    void jsonArrayWithOneBadElementStoresTheOthers() throws Exception {
        Path f = write("array.json", utf8("[{\"text\": \"First: Putin met Kim in Vladivostok.\"}, {\"text\": 42},"
                + " {\"text\": \"Third: Blinken met Shoukry in Cairo.\"}]"));
        Cli.Result r = Cli.run("ingest", "--db", db, f);
        assertEquals(1, r.code(), r.describe());
        assertTrue(r.err().contains(f + "[1]"), r.describe());
        List<String> texts = storedTexts();
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("First:")) && texts.stream().anyMatch(t -> t.startsWith("Third:")),
                texts.toString());
    }

    @Test
    void jsonLinesWithOneBadLineStoresTheOtherLines() {
        Path f = Cli.INPUTS.resolve("one_bad_line.jsonl");
        Cli.Result r = Cli.run("ingest", "--db", db, f, GOOD);
        assertEquals(1, r.code(), r.describe());
        assertTrue(r.err().contains(f + ":2"), () -> "stderr should name line 2\n" + r.describe());
        List<Map<String, String>> docs = Cli.documents(db, dir);
        List<String> urls = docs.stream().map(d -> d.get("url")).toList();
        assertTrue(urls.contains("https://news.example/jl/1") && urls.contains("https://news.example/jl/3"), urls.toString());
        assertFalse(urls.contains("https://news.example/jl/2"), urls.toString());
        assertGoodDocumentStored();
    }

    @Test
    void unknownExtensionNamedOnCommandLineIsRejected() {
        String err = ingestRejected(Cli.INPUTS.resolve("notes.md"));
        assertTrue(err.contains("unknown file type"), err);
    }

    @Test
    void unknownExtensionInsideFolderIsSkippedSilently() throws Exception {
        Path folder = dir.resolve("folder");
        Files.createDirectories(folder);
        Files.copy(Cli.INPUTS.resolve("notes.md"), folder.resolve("notes.md"));
        Files.copy(GOOD, folder.resolve("good.txt"));
        Cli.Result r = Cli.ok("ingest", "--db", db, folder);
        assertFalse(r.err().contains("notes.md"), r.describe());
        assertGoodDocumentStored();
    }

    @Test
    void missingPathIsRejectedByName() {
        String err = ingestRejected(dir.resolve("does-not-exist.txt"));
        assertTrue(err.contains("no such file"), err);
    }

    @Test
    void badFileInsideFolderDoesNotStopTheFolder() throws Exception {
        Path folder = dir.resolve("mixed");
        Files.createDirectories(folder);
        Path bad = folder.resolve("a-binary.txt");
        Files.write(bad, new byte[] {'x', 0, 'y'});
        Files.copy(GOOD, folder.resolve("b-good.txt"));
        Cli.Result r = Cli.run("ingest", "--db", db, folder);
        assertEquals(1, r.code(), r.describe());
        assertTrue(r.err().contains(bad.toString()), r.describe());
        assertGoodDocumentStored();
    }

    @Test
    void summaryCountsFailures() throws Exception {
        Cli.Result r = Cli.run("ingest", "--db", db, write("empty.txt", new byte[0]), dir.resolve("missing.txt"), GOOD);
        assertEquals(1, r.code(), r.describe());
        assertTrue(r.out().contains("1 document(s) stored, 0 unchanged, 2 failed"), r.describe());
    }

    private void assertMentionsMatchText() {
        Map<String, String> texts = new java.util.HashMap<>();
        Cli.documents(db, dir).forEach(d -> texts.put(d.get("doc"), d.get("text")));
        List<Map<String, String>> mentions = Cli.select(db, "mentions");
        assertFalse(mentions.isEmpty());
        for (Map<String, String> m : mentions) {
            String text = texts.get(m.get("document"));
            String span = text.substring(text.offsetByCodePoints(0, Integer.parseInt(m.get("begin"))),
                    text.offsetByCodePoints(0, Integer.parseInt(m.get("end"))));
            assertEquals(m.get("text"), span, m::toString);
        }
    }
}
