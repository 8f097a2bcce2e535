package org.isnad.link;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The two calls of the MediaWiki API that linking needs: {@code wbsearchentities} (items whose
 * label or alias matches a name) and {@code wbgetentities} (labels, aliases and statements of up to
 * 50 items per call). Every call carries {@code maxlag=5}, so the API turns us away when it is busy.
 */
public final class WikidataApi {
    public static final String DEFAULT_API = "https://www.wikidata.org/w/api.php";
    static final int IDS_PER_CALL = 50;
    private static final int SEARCH_LIMIT = 10;

    private final String api;
    private final PoliteClient client;

    public WikidataApi(String api, PoliteClient client) {
        this.api = api;
        this.client = client;
    }

    /** Ids of the items that match {@code text} in {@code lang}, best first (at most 10). */
    public List<String> search(String text, String lang) {
        JsonNode json = get("action=wbsearchentities&search=" + enc(text) + "&language=" + enc(lang)
                + "&uselang=" + enc(lang) + "&type=item&limit=" + SEARCH_LIMIT);
        JsonNode results = json.get("search");
        if (results == null || !results.isArray()) {
            throw shape("wbsearchentities", "search");
        }
        List<String> ids = new ArrayList<>();
        results.forEach(r -> {
            String id = r.path("id").asText();
            if (id.matches("Q[0-9]+") && !ids.contains(id)) {
                ids.add(id);
            }
        });
        return ids;
    }

    /**
     * The items with these ids, in calls of at most 50 ids; {@code props} as the API takes it
     * (e.g. "labels|aliases|claims"). Missing items are left out.
     */
    public Map<String, WikidataItem> entities(Collection<String> ids, String props) {
        // Sorted so that the same set of ids always makes the same URLs, hence the same cache entries.
        List<String> sorted = new ArrayList<>(new TreeSet<>(ids));
        Map<String, WikidataItem> out = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i += IDS_PER_CALL) {
            List<String> chunk = sorted.subList(i, Math.min(sorted.size(), i + IDS_PER_CALL));
            JsonNode json = get("action=wbgetentities&ids=" + enc(String.join("|", chunk)) + "&props=" + enc(props)
                    + "&languages=" + enc("ar|en"));
            JsonNode entities = json.get("entities");
            if (entities == null || !entities.isObject()) {
                throw shape("wbgetentities", "entities");
            }
            entities.fields().forEachRemaining(f -> {
                if (!f.getValue().has("missing")) {
                    WikidataItem item = WikidataItem.parse(f.getValue());
                    out.put(item.id(), item);
                }
            });
        }
        return out;
    }

    private JsonNode get(String query) {
        return client.getJson(URI.create(api + "?" + query + "&format=json&maxlag=5"), "application/json");
    }

    private WikidataProblem shape(String action, String field) {
        return new WikidataProblem(WikidataProblem.Kind.BAD_RESPONSE, "the " + action + " answer from " + api
                + " has no \"" + field + "\"; is " + api + " a MediaWiki API? Nothing was changed");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
