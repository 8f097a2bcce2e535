package org.isnad.link;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import org.isnad.extract.EntityType;
import org.isnad.extract.GazetteerEntry;
import org.isnad.extract.GazetteerFormat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds gazetteer lines (the 10-column format of {@code data/gazetteer/README.md}) from the answer
 * of the Wikidata Query Service to a {@link GazetteerClass} query.
 */
public final class GazetteerBuilder {
    private final String endpoint;
    private final PoliteClient client;

    public GazetteerBuilder(String endpoint, PoliteClient client) {
        this.endpoint = endpoint;
        this.client = client;
    }

    /** The file's text: a header comment, then one line per item with Arabic and English labels. */
    public String build(GazetteerClass cls) {
        URI uri = URI.create(endpoint + "?query=" + WikidataApi.enc(cls.query()) + "&format=json");
        JsonNode json = client.getJson(uri, "application/sparql-results+json");
        JsonNode bindings = json.path("results").path("bindings");
        if (!bindings.isArray()) {
            throw new WikidataProblem(WikidataProblem.Kind.BAD_RESPONSE, "the answer from " + endpoint
                    + " is not SPARQL JSON results (no results.bindings); is it a SPARQL endpoint?");
        }
        Map<String, GazetteerEntry> rows = new LinkedHashMap<>();
        for (JsonNode b : bindings) {
            String id = value(b, "item");
            if (id == null) {
                continue;
            }
            id = id.substring(id.lastIndexOf('/') + 1);
            String labelEn = value(b, "label_en");
            String labelAr = value(b, "label_ar");
            if (!id.matches("Q[0-9]+") || labelEn == null || labelAr == null || rows.containsKey(id)) {
                continue; // one line per item: the first answer row wins (a country may list two capitals)
            }
            String subtype = value(b, "subtype");
            List<GazetteerEntry.Label> labels = new ArrayList<>();
            labels.add(new GazetteerEntry.Label("ar", GazetteerEntry.Kind.LABEL, labelAr));
            list(value(b, "aliases_ar")).forEach(a -> labels.add(new GazetteerEntry.Label("ar", GazetteerEntry.Kind.ALIAS, a)));
            labels.add(new GazetteerEntry.Label("en", GazetteerEntry.Kind.LABEL, labelEn));
            list(value(b, "aliases_en")).forEach(a -> labels.add(new GazetteerEntry.Label("en", GazetteerEntry.Kind.ALIAS, a)));
            rows.put(id, new GazetteerEntry(id, id, EntityType.parse(cls.type), subtype != null ? subtype : cls.subtype,
                    labels, value(b, "affiliation"), value(b, "role_en")));
        }
        StringBuilder out = new StringBuilder();
        out.append("# Built by 'isnad gazetteer build --class ").append(cls.name()).append("' from ").append(endpoint).append('\n');
        out.append(GazetteerFormat.HEADER).append('\n');
        for (GazetteerEntry e : rows.values()) {
            out.append(GazetteerFormat.entryLine(e)).append('\n');
        }
        return out.toString();
    }

    public int lines(String built) {
        return (int) built.lines().filter(l -> !l.startsWith("#")).count();
    }

    private static String value(JsonNode binding, String var) {
        JsonNode v = binding.path(var).path("value");
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }

    /** Items of a "|"-separated answer: blanks and duplicates dropped. */
    private static List<String> list(String s) {
        List<String> items = new ArrayList<>();
        for (String part : s == null ? new String[0] : s.split("\\|")) {
            String c = part.replaceAll("[\\t\\r\\n]+", " ").strip();
            if (!c.isEmpty() && !items.contains(c)) {
                items.add(c);
            }
        }
        return items;
    }
}
