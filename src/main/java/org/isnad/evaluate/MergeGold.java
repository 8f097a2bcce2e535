package org.isnad.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gold of a cross-document set (format: src/test/resources/crossdoc/README.md): its documents,
 * and in each the gold events it reports (by phrases of the sentences that report them) and the gold
 * entities it names (by their forms). Read strictly: an unknown event or a phrase not in its document
 * is an error naming the document.
 *
 * @param events    gold event id -> the sides it is between ("kim-putin"): two events with one pair are
 *                  two meetings of the same sides
 */
public record MergeGold(Path file, Map<String, String> events, List<Document> documents) {
    /** One document: where it is, its publication date when the file gives none, its gold events and entities. */
    public record Document(Path file, LocalDate published, Map<String, List<String>> events,
                           Map<String, List<String>> entities) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static MergeGold read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new GoldProblem(file, "cannot read: " + e.getMessage());
        }
        Map<String, String> events = new LinkedHashMap<>();
        root.path("events").fields().forEachRemaining(e -> events.put(e.getKey(), e.getValue().path("pair").asText(e.getKey())));
        List<Document> docs = new ArrayList<>();
        int i = 0;
        for (JsonNode d : root.path("documents")) {
            String where = "documents[" + i++ + "]";
            if (!d.hasNonNull("file")) {
                throw new GoldProblem(file, where + ".file is missing");
            }
            Path doc = file.toAbsolutePath().getParent().resolve(d.get("file").asText()).normalize();
            if (!Files.isRegularFile(doc)) {
                throw new GoldProblem(file, where + ".file: no such file " + doc);
            }
            LocalDate published = null;
            if (d.hasNonNull("published")) {
                try {
                    published = LocalDate.parse(d.get("published").asText());
                } catch (DateTimeParseException e) {
                    throw new GoldProblem(file, where + ".published is not YYYY-MM-DD");
                }
            }
            Map<String, List<String>> ev = lists(d.path("events"));
            for (String id : ev.keySet()) {
                if (!events.containsKey(id)) {
                    throw new GoldProblem(file, where + ".events: unknown event " + id + " (declare it under \"events\")");
                }
            }
            docs.add(new Document(doc, published, ev, lists(d.path("entities"))));
        }
        if (docs.isEmpty()) {
            throw new GoldProblem(file, "no documents");
        }
        return new MergeGold(file, events, docs);
    }

    private static Map<String, List<String>> lists(JsonNode node) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            List<String> values = new ArrayList<>();
            e.getValue().forEach(v -> values.add(v.asText()));
            out.put(e.getKey(), values);
        });
        return out;
    }
}
