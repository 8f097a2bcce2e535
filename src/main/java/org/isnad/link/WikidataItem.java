package org.isnad.link;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Isnad reads of one Wikidata item: labels and aliases per language, and the item-valued
 * statements (P31, P27, P17, P39 …) as lists of Q-ids. Deprecated statements are left out.
 */
public record WikidataItem(String id, Map<String, String> labels, Map<String, List<String>> aliases,
                           Map<String, List<String>> claims) {
    public static final String INSTANCE_OF = "P31";
    public static final String CITIZENSHIP = "P27";
    public static final String COUNTRY = "P17";
    public static final String POSITION_HELD = "P39";

    public List<String> values(String property) {
        return claims.getOrDefault(property, List.of());
    }

    /** Labels and aliases in one language. */
    public List<String> names(String lang) {
        List<String> out = new ArrayList<>();
        if (labels.containsKey(lang)) {
            out.add(labels.get(lang));
        }
        out.addAll(aliases.getOrDefault(lang, List.of()));
        return out;
    }

    /** Reads one value of wbgetentities' "entities" object. */
    static WikidataItem parse(JsonNode e) {
        Map<String, String> labels = new LinkedHashMap<>();
        e.path("labels").fields().forEachRemaining(f -> labels.put(f.getKey(), f.getValue().path("value").asText()));
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        e.path("aliases").fields().forEachRemaining(f -> {
            List<String> list = new ArrayList<>();
            f.getValue().forEach(a -> list.add(a.path("value").asText()));
            aliases.put(f.getKey(), list);
        });
        Map<String, List<String>> claims = new LinkedHashMap<>();
        e.path("claims").fields().forEachRemaining(f -> {
            List<String> ids = new ArrayList<>();
            for (JsonNode statement : f.getValue()) {
                if ("deprecated".equals(statement.path("rank").asText())) {
                    continue;
                }
                JsonNode snak = statement.path("mainsnak");
                JsonNode value = snak.path("datavalue").path("value");
                if (!"value".equals(snak.path("snaktype").asText())
                        || !"wikibase-entityid".equals(snak.path("datavalue").path("type").asText())) {
                    continue;
                }
                String id = value.hasNonNull("id") ? value.get("id").asText()
                        : value.has("numeric-id") ? "Q" + value.get("numeric-id").asText() : null;
                if (id != null && !ids.contains(id)) {
                    ids.add(id);
                }
            }
            if (!ids.isEmpty()) {
                claims.put(f.getKey(), ids);
            }
        });
        return new WikidataItem(e.path("id").asText(), labels, aliases, claims);
    }
}
