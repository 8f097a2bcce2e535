package org.isnad.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.isnad.extract.EntityType;
import org.isnad.extract.Gazetteer;
import org.isnad.extract.GazetteerEntry;
import org.isnad.rdf.Vocab;
import org.isnad.serve.names.NameKeys;
import org.isnad.store.IsnadStore;
import org.isnad.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reconciling 1,000 names over HTTP, in OpenRefine's batches of 50, against a store that holds the seed
 * and every actor of the gazetteer (about 800 people, organisations and states). The names are our own
 * list, drawn with a fixed seed: English and Arabic labels, aliases, transliteration variants,
 * misspellings, names shared by several people (a given name, a family name: no single right answer)
 * and names of nobody in the store. Done when the batch takes under 10 s and at least 95 % of the
 * match:true answers name the right actor. The list and each answer are written to
 * target/reconcile-bench/ for inspection.
 */
class ReconcileBenchmarkTest {
    static final int NAMES = 1000;
    static final String AMBIGUOUS = "(shared name)";
    static final String NOBODY = "(nobody)";

    @TempDir
    static Path db;

    /** One name of the list and the actor it stands for (or AMBIGUOUS, NOBODY). */
    record Row(String kind, String lang, String name, String expected) {
    }

    @Test
    void thousandNamesReconcileFastAndPrecisely() throws Exception {
        Cli.ok("ingest", "--db", db, Cli.SEEDS);
        Map<String, GazetteerEntry> actors = gazetteerActors();
        try (IsnadStore s = IsnadStore.open(db)) {
            s.store(List.of(new IsnadStore.DocumentGraph(Vocab.ID + "graph/bench-gazetteer", graph(actors))));
        }
        List<Row> rows = names(actors, new Random(2026));
        try (IsnadStore store = IsnadStore.open(db);
             SparqlServer server = SparqlServer.start(store.dataset(), "127.0.0.1", 0, 30, List.of())) {
            String url = "http://127.0.0.1:" + server.port() + "/isnad/reconcile";
            // Twice: the first run includes building the name index on a cold JVM, the second is the
            // service as a user meets it once it runs. The better of the two must be under 10 s, so that
            // a machine busy with other work for a few seconds does not fail the build.
            long start = System.nanoTime();
            List<JsonNode> answers = reconcile(url, rows);
            double cold = (System.nanoTime() - start) / 1e9;
            long again = System.nanoTime();
            List<JsonNode> second = reconcile(url, rows);
            double warm = (System.nanoTime() - again) / 1e9;
            System.out.printf(Locale.ROOT, "1,000 names: %.2f s the first time (index built on a cold JVM), %.2f s the second%n",
                    cold, warm);
            assertTrue(second.toString().equals(answers.toString()), "the same names got other answers the second time");
            report(rows, answers, Math.min(cold, warm));
        }
    }

    private static void report(List<Row> rows, List<JsonNode> answers, double seconds) throws Exception {
        Map<String, int[]> byKind = new TreeMap<>();
        int matches = 0;
        int right = 0;
        StringBuilder out = new StringBuilder("kind\tlang\tname\texpected\ttop\tscore\tmatch\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            JsonNode top = answers.get(i).path("result").path(0);
            String id = top.path("id").asText("");
            boolean match = top.path("match").asBoolean(false);
            int[] k = byKind.computeIfAbsent(r.kind(), x -> new int[4]);
            k[0]++;
            if (id.equals(r.expected())) {
                k[1]++;
            }
            if (match) {
                matches++;
                k[2]++;
                if (id.equals(r.expected())) {
                    right++;
                    k[3]++;
                }
            }
            out.append(String.join("\t", r.kind(), r.lang(), r.name(), r.expected(), id, top.path("score").asText(""),
                    Boolean.toString(match))).append('\n');
        }
        Path dir = Path.of("target/reconcile-bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("answers.tsv"), out.toString(), StandardCharsets.UTF_8);
        StringBuilder summary = new StringBuilder(String.format(Locale.ROOT,
                "%d names in %.2f s; match:true %d, right %d, precision %.3f%n%-12s %5s %8s %8s %8s%n",
                rows.size(), seconds, matches, right, matches == 0 ? 0 : (double) right / matches, "kind", "names", "top1", "matches", "right"));
        byKind.forEach((kind, k) -> summary.append(String.format(Locale.ROOT, "%-12s %5d %8d %8d %8d%n", kind, k[0], k[1], k[2], k[3])));
        Files.writeString(dir.resolve("summary.txt"), summary.toString(), StandardCharsets.UTF_8);
        System.out.println(summary);
        assertTrue(seconds < 10, "1,000 names took " + seconds + " s");
        assertTrue(matches >= 300, "only " + matches + " match:true answers: precision would say little\n" + summary);
        assertTrue((double) right / matches >= 0.95, "precision among match:true below 0.95\n" + summary);
    }

    private static List<JsonNode> reconcile(String url, List<Row> rows) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> answers = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += 50) {
            ObjectNode batch = json.createObjectNode();
            List<Row> part = rows.subList(from, Math.min(rows.size(), from + 50));
            for (int i = 0; i < part.size(); i++) {
                batch.putObject("q" + i).put("query", part.get(i).name()).put("type_strict", "should");
            }
            HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString("queries=" + URLEncoder.encode(batch.toString(), StandardCharsets.UTF_8)))
                    .build();
            JsonNode r = json.readTree(http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
            for (int i = 0; i < part.size(); i++) {
                answers.add(r.path("q" + i));
            }
        }
        return answers;
    }

    /** Persons, organisations and states of the gazetteer, by the id the store gives them. */
    static Map<String, GazetteerEntry> gazetteerActors() {
        Map<String, GazetteerEntry> out = new TreeMap<>();
        for (GazetteerEntry g : Gazetteer.bundled().entries()) {
            if (g.type() == EntityType.PLACE || g.type() == EntityType.SOURCE || g.labelEn() == null || g.labelAr() == null) {
                continue;
            }
            out.putIfAbsent(shortId(g), g);
        }
        return out;
    }

    static String shortId(GazetteerEntry g) {
        if (g.wikidataId() != null) {
            return "wd/" + g.wikidataId();
        }
        String name = NameKeys.normal(g.labelEn()).replace(' ', '-');
        return g.type().name().toLowerCase(Locale.ROOT) + "/" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    /** The actors as a linked entity is written: types, both labels, Wikidata id, role, affiliation. */
    static Model graph(Map<String, GazetteerEntry> actors) {
        Model m = ModelFactory.createDefaultModel();
        Map<String, String> byQid = new HashMap<>();
        actors.forEach((id, g) -> {
            if (g.wikidataId() != null) {
                byQid.put(g.wikidataId(), id);
            }
        });
        actors.forEach((id, g) -> {
            Resource r = m.createResource(Vocab.ID + id).addProperty(RDF.type, Vocab.Actor)
                    .addProperty(RDF.type, switch (g.type()) {
                        case PERSON -> Vocab.Person;
                        case ORGANIZATION -> Vocab.Organization;
                        default -> Vocab.State;
                    })
                    .addProperty(RDFS.label, g.labelEn(), "en").addProperty(RDFS.label, g.labelAr(), "ar");
            if (g.wikidataId() != null) {
                r.addProperty(Vocab.wikidataId, g.wikidataId());
            }
            if (g.role() != null) {
                r.addProperty(Vocab.role, g.role());
            }
            if (g.affiliation() != null && byQid.containsKey(g.affiliation())) {
                r.addProperty(Vocab.affiliation, m.createResource(Vocab.ID + byQid.get(g.affiliation())));
            }
        });
        return m;
    }

    /** The list: one name drawn for each actor, then names shared by several people, then names of nobody. */
    static List<Row> names(Map<String, GazetteerEntry> actors, Random random) {
        List<Row> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>(actors.keySet());
        for (String id : ids) {
            if (rows.size() >= NAMES - 150) {
                break;
            }
            rows.add(drawn(id, actors.get(id), random));
        }
        rows.addAll(sharedNames(actors, NAMES - 60 - rows.size()));
        rows.addAll(nobody(actors, random, NAMES - rows.size()));
        return rows;
    }

    private static Row drawn(String id, GazetteerEntry g, Random random) {
        int kind = random.nextInt(100);
        boolean arabic = random.nextBoolean();
        String lang = arabic ? "ar" : "en";
        String label = arabic ? g.labelAr() : g.labelEn();
        if (kind < 30) {
            return new Row("label", lang, label, id);
        }
        if (kind < 45) {
            List<String> aliases = g.wikidataId() == null ? List.of() : arabic ? g.aliasesAr() : g.aliasesEn();
            return aliases.isEmpty() ? new Row("label", lang, label, id)
                    : new Row("alias", lang, aliases.get(random.nextInt(aliases.size())), id);
        }
        if (kind < 70) {
            String v = Variants.of(label, random);
            return v.equals(label) ? new Row("label", lang, label, id) : new Row("variant", lang, v, id);
        }
        String slip = Variants.misspell(label, random);
        for (int tries = 0; tries < 10 && NameKeys.normal(slip).equals(NameKeys.normal(label)); tries++) {
            slip = Variants.misspell(label, random); // a swap of two equal letters changes nothing
        }
        return new Row("misspelling", lang, slip, id);
    }

    /** Words that begin or end the names of two or more people: Abdullah, Mohammed, Al Thani… */
    private static List<Row> sharedNames(Map<String, GazetteerEntry> actors, int count) {
        Map<String, Set<String>> owners = new TreeMap<>();
        Map<String, String> asWritten = new HashMap<>();
        actors.forEach((id, g) -> {
            if (g.type() != EntityType.PERSON) {
                return;
            }
            for (String label : List.of(g.labelEn(), g.labelAr())) {
                String[] words = label.split("\\s+");
                if (words.length < 2) {
                    continue;
                }
                for (String w : List.of(words[0], words[words.length - 1])) {
                    String key = NameKeys.normal(w);
                    if (key.length() >= 3) {
                        owners.computeIfAbsent(key, k -> new HashSet<>()).add(id);
                        asWritten.putIfAbsent(key, w);
                    }
                }
            }
        });
        List<Row> out = new ArrayList<>();
        owners.entrySet().stream().filter(e -> e.getValue().size() >= 2)
                .sorted(Comparator.comparing((Map.Entry<String, Set<String>> e) -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
                .limit(count)
                .forEach(e -> out.add(new Row("shared", Html.isArabic(e.getKey()) ? "ar" : "en", asWritten.get(e.getKey()), AMBIGUOUS)));
        return out;
    }

    /** A given name of one person with the family name of another: a name nobody in the store has. */
    private static List<Row> nobody(Map<String, GazetteerEntry> actors, Random random, int count) {
        List<GazetteerEntry> people = actors.values().stream().filter(g -> g.type() == EntityType.PERSON).toList();
        Set<String> known = new HashSet<>();
        actors.values().forEach(g -> g.allNames().forEach(n -> known.add(NameKeys.compact(NameKeys.normal(n)))));
        List<Row> out = new ArrayList<>();
        while (out.size() < count) {
            boolean arabic = random.nextBoolean();
            String[] a = (arabic ? people.get(random.nextInt(people.size())).labelAr() : people.get(random.nextInt(people.size())).labelEn()).split("\\s+");
            String[] b = (arabic ? people.get(random.nextInt(people.size())).labelAr() : people.get(random.nextInt(people.size())).labelEn()).split("\\s+");
            if (a.length < 2 || b.length < 2) {
                continue;
            }
            String name = a[0] + " " + b[b.length - 1];
            if (!known.contains(NameKeys.compact(NameKeys.normal(name)))) {
                out.add(new Row("nobody", arabic ? "ar" : "en", name, NOBODY));
                known.add(NameKeys.compact(NameKeys.normal(name)));
            }
        }
        return out;
    }

    /** Small helpers with no knowledge of any language beyond the letters they are given. */
    static final class Html {
        static boolean isArabic(String s) {
            return s.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
        }
    }

    /** Spelling variants of names, as different newspapers and transliteration habits write them. */
    static final class Variants {
        /** Pairs of spellings that transliterations of one name use (both directions). */
        static final String[][] LATIN = {{"Mohammed", "Muhammad"}, {"Mohammad", "Mohamed"}, {"Sergei", "Sergey"},
                {"Abdel", "Abdul"}, {"Abdul", "Abd al-"}, {"al-", "Al "}, {"el-", "El "}, {"ou", "u"}, {"Yevgeny", "Evgeny"},
                {"Hussein", "Husain"}, {"Hassan", "Hasan"}, {"Ahmed", "Ahmad"}, {"Khaled", "Khalid"}, {"Omar", "Umar"},
                {"Youssef", "Yusuf"}, {"ee", "i"}, {"-", " "}, {"Sheikh ", ""}, {"Prince ", ""}};
        /** Letters Arabic newspapers write interchangeably, and a leading article some drop. */
        static final String[][] ARABIC = {{"أ", "ا"}, {"إ", "ا"}, {"ة", "ه"}, {"ى", "ي"}, {"ي ", "ى "}, {"ال", ""},
                {"عبد ال", "عبدال"}, {"و", "وو"}};

        static String of(String name, Random random) {
            String[][] rules = Html.isArabic(name) ? ARABIC : LATIN;
            List<String[]> applicable = new ArrayList<>();
            for (String[] r : rules) {
                if (name.contains(r[0])) {
                    applicable.add(r);
                } else if (name.contains(r[1]) && !r[1].isEmpty()) {
                    applicable.add(new String[] {r[1], r[0]});
                }
            }
            if (applicable.isEmpty()) {
                return name;
            }
            String[] r = applicable.get(random.nextInt(applicable.size()));
            return name.replaceFirst(java.util.regex.Pattern.quote(r[0]), java.util.regex.Matcher.quoteReplacement(r[1])).strip();
        }

        /** One typing slip in a word of four letters or more: a letter dropped, doubled, swapped or replaced. */
        static String misspell(String name, Random random) {
            String[] words = name.split(" ");
            List<Integer> long_ = new ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                if (words[i].length() >= 4) {
                    long_.add(i);
                }
            }
            if (long_.isEmpty()) {
                return name + name.charAt(name.length() - 1);
            }
            int w = long_.get(random.nextInt(long_.size()));
            StringBuilder word = new StringBuilder(words[w]);
            int at = 1 + random.nextInt(word.length() - 2);
            switch (random.nextInt(4)) {
                case 0 -> word.deleteCharAt(at);
                case 1 -> word.insert(at, word.charAt(at));
                case 2 -> {
                    char c = word.charAt(at);
                    word.setCharAt(at, word.charAt(at + 1));
                    word.setCharAt(at + 1, c);
                }
                default -> word.setCharAt(at, word.charAt(random.nextInt(word.length())));
            }
            words[w] = word.toString();
            return String.join(" ", words);
        }
    }

}
