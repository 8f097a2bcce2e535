package org.isnad.serve.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.isnad.serve.names.Actor;
import org.isnad.serve.names.ActorDirectory;
import org.isnad.serve.names.ActorIndex;
import org.isnad.serve.names.Candidate;
import org.isnad.serve.names.NameKeys;
import org.isnad.serve.page.Links;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Answers reconciliation queries from the name index. A candidate's score is its name score (0–100);
 * each property the query gives ({@code affiliation}, {@code wikidata}) that the candidate contradicts
 * costs it 20. {@code match} is true only for an exact name that no other candidate comes near, with
 * every property given agreeing.
 */
final class Reconciler {
    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 50;
    static final int MAX_QUERIES = 1000;
    private static final int PROPERTY_PENALTY = 20;

    private final ActorIndex index;

    Reconciler(ActorIndex index) {
        this.index = index;
    }

    ObjectNode reconcile(JsonNode queries) {
        if (!queries.isObject()) {
            throw new ReconcileHandler.BadQuery("queries must be a JSON object of named queries: {\"q0\": {\"query\": \"…\"}}");
        }
        if (queries.size() > MAX_QUERIES) {
            throw new ReconcileHandler.BadQuery("at most " + MAX_QUERIES + " queries in one batch, not " + queries.size());
        }
        ObjectNode out = ReconcileHandler.object();
        Iterator<Map.Entry<String, JsonNode>> it = queries.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> q = it.next();
            out.putObject(q.getKey()).set("result", answer(q.getKey(), q.getValue()));
        }
        return out;
    }

    private ArrayNode answer(String key, JsonNode q) {
        JsonNode text = q.path("query");
        if (!text.isTextual()) {
            throw new ReconcileHandler.BadQuery("query " + key + " has no \"query\" string");
        }
        int limit = Math.min(MAX_LIMIT, Math.max(1, q.path("limit").asInt(DEFAULT_LIMIT)));
        Predicate<Actor> type = typeFilter(q.path("type"));
        List<Property> properties = properties(key, q.path("properties"));
        List<Candidate> candidates = index.search(text.asText(), type, Math.max(limit, 10));
        boolean unambiguous = index.unambiguous(text.asText(), candidates);
        ArrayNode result = ReconcileHandler.array();
        boolean arabic = NameKeys.normal(text.asText()).chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
        List<ObjectNode> rows = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Actor a = c.actor();
            int disagreements = (int) properties.stream().filter(p -> !p.agrees(a)).count();
            int score = Math.max(0, c.score() - PROPERTY_PENALTY * disagreements);
            ObjectNode r = ReconcileHandler.object();
            r.put("id", Links.shortId(a.iri()));
            r.put("name", a.label(arabic ? "ar" : "en"));
            r.putArray("type").addObject().put("id", a.type()).put("name", a.type());
            r.put("score", score);
            r.put("match", i == 0 && unambiguous && disagreements == 0);
            String description = Preview.description(a);
            if (!description.isEmpty()) {
                r.put("description", description);
            }
            rows.add(r);
        }
        rows.sort((x, y) -> Integer.compare(y.get("score").asInt(), x.get("score").asInt()));
        rows.stream().limit(limit).forEach(result::add);
        return result;
    }

    ObjectNode suggest(String prefix, String type, int cursor) {
        ObjectNode out = ReconcileHandler.object();
        ArrayNode result = out.putArray("result");
        if (prefix == null || prefix.isBlank()) {
            return out;
        }
        Predicate<Actor> accept = type == null ? Actor::isActor : typeFilter(ReconcileHandler.object().textNode(type));
        List<Actor> found = new ArrayList<>(index.startingWith(prefix, accept, 20 + cursor));
        for (Candidate c : index.search(prefix, accept, 20 + cursor)) {
            if (!found.contains(c.actor())) {
                found.add(c.actor());
            }
        }
        boolean arabic = prefix.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
        found.stream().skip(cursor).limit(10).forEach(a -> {
            ObjectNode r = result.addObject();
            r.put("id", Links.shortId(a.iri()));
            r.put("name", a.label(arabic ? "ar" : "en"));
            r.put("description", Preview.description(a));
        });
        return out;
    }

    /** Actors of the type(s) a query names; all actors (persons, organisations, states) when it names none. */
    static Predicate<Actor> typeFilter(JsonNode type) {
        List<String> names = new ArrayList<>();
        if (type.isTextual()) {
            names.add(type.asText());
        } else if (type.isArray()) {
            type.forEach(t -> names.add(t.isObject() ? t.path("id").asText() : t.asText()));
        } else if (type.isObject()) {
            names.add(type.path("id").asText());
        }
        List<String> known = new ArrayList<>();
        for (String n : names) {
            String t = ActorDirectory.typeName(n);
            if (t == null) {
                throw new ReconcileHandler.BadQuery("unknown type '" + n + "': use Actor, Person, Organization or State");
            }
            known.add(t);
        }
        if (known.isEmpty() || known.contains("Actor")) {
            return Actor::isActor;
        }
        return a -> known.stream().anyMatch(a.types()::contains);
    }

    /** A property value a query gives: the candidate agrees with it or not. */
    private record Property(String pid, String value) {
        boolean agrees(Actor a) {
            return switch (pid) {
                case "wikidata" -> value.equalsIgnoreCase(a.wikidataId() == null ? "" : a.wikidataId());
                case "affiliation" -> a.affiliation() != null && (Links.shortId(a.affiliation()).equals(value)
                        || a.affiliationNames().stream().anyMatch(n -> NameKeys.normal(n).equals(NameKeys.normal(value))));
                default -> true;
            };
        }
    }

    private static List<Property> properties(String key, JsonNode props) {
        List<Property> out = new ArrayList<>();
        if (props.isMissingNode() || props.isNull()) {
            return out;
        }
        if (!props.isArray()) {
            throw new ReconcileHandler.BadQuery("query " + key + ": properties must be an array of {\"pid\": …, \"v\": …}");
        }
        for (JsonNode p : props) {
            String pid = p.path("pid").asText();
            if (!pid.equals("affiliation") && !pid.equals("wikidata")) {
                throw new ReconcileHandler.BadQuery("query " + key + ": unknown property '" + pid + "' (known: affiliation, wikidata)");
            }
            JsonNode v = p.path("v");
            String value = v.isObject() ? v.path("id").asText() : v.isArray() && v.size() > 0 ? v.get(0).asText() : v.asText();
            out.add(new Property(pid, value.strip()));
        }
        return out;
    }
}
