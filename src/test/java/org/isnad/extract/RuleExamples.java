package org.isnad.extract;

import org.isnad.read.SourceDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a rule's examples: each example sentence is extracted whole, and the facts the rule made
 * (known from the explanations) must include one fitting each {@code expect:} line, or none at all for
 * a counter-example. Returns what failed, one line per example, so that one run reports every rule.
 */
final class RuleExamples {
    private RuleExamples() {
    }

    static List<String> failures(Extractor extractor, String language) {
        List<String> out = new ArrayList<>();
        for (Rule rule : extractor.rules(language)) {
            for (Rule.Example ex : rule.examples()) {
                String problem = check(extractor, language, rule, ex);
                if (problem != null) {
                    out.add(rule.source().replaceAll(":\\d+$", "") + ":" + ex.line() + " (" + rule.name() + "): " + problem
                            + "\n    example: " + ex.text());
                }
            }
        }
        return out;
    }

    private static String check(Extractor extractor, String language, Rule rule, Rule.Example ex) {
        Extraction x = extractor.extract(new SourceDocument(ex.text(), null, null, java.time.LocalDate.of(2024, 6, 15),
                null, language, "example"));
        List<String> made = x.explanations().stream().filter(e -> e.rule().equals(rule.name())).map(Explanation::fact).toList();
        if (ex.expected().isEmpty()) {
            return made.isEmpty() ? null : "a counter-example, but the rule made " + describe(x, made);
        }
        for (Map<String, String> want : ex.expected()) {
            if (made.stream().noneMatch(id -> fits(x, id, want))) {
                return "expected " + want + ", the rule made " + (made.isEmpty() ? "nothing" : describe(x, made));
            }
        }
        return null;
    }

    private static boolean fits(Extraction x, String id, Map<String, String> want) {
        for (Map.Entry<String, String> w : want.entrySet()) {
            for (String value : w.getValue().split("\u0000")) {
                if (!holds(x, id, w.getKey(), value)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean holds(Extraction x, String id, String key, String value) {
        Claim c = x.claims().stream().filter(k -> k.id().equals(id)).findFirst().orElse(null);
        Meeting m = x.meetings().stream().filter(k -> k.id().equals(id)).findFirst().orElse(null);
        Event v = x.events().stream().filter(k -> k.id().equals(id)).findFirst().orElse(null);
        Entity e = x.entities().stream().filter(k -> k.id().equals(id)).findFirst().orElse(null);
        return switch (key) {
            case "kind" -> value.equals(c != null ? "claim" : m != null ? "meeting" : v != null ? "event" : "entity");
            case "speaker" -> c != null && c.claimants().stream().anyMatch(k -> names(x, k, value));
            case "outlet" -> c != null && c.via() != null && names(x, c.via(), value);
            case "content" -> c != null && c.content() != null && c.content().text().strip().equals(value);
            case "stance" -> c != null && c.stance().name().equalsIgnoreCase(value);
            case "participant" -> m != null && m.participants().stream().anyMatch(k -> names(x, k, value));
            case "location" -> (m != null ? m.locations() : v != null ? v.locations() : List.<String>of())
                    .stream().anyMatch(k -> names(x, k, value));
            case "status" -> (m != null ? m.status() : v != null ? v.status() : null) != null
                    && (m != null ? m.status() : v.status()).name().equalsIgnoreCase(value);
            case "date" -> value.equals(m != null ? m.date() : v != null ? v.date() : null);
            case "type" -> v != null ? v.code().eventType().equals(value) : e != null && e.type().name().equalsIgnoreCase(value);
            case "name" -> e != null && names(x, e.id(), value);
            default -> v != null && v.roles().getOrDefault(key, List.of()).stream().anyMatch(k -> names(x, k, value));
        };
    }

    /** Whether entity {@code id} is called {@code name} in the text (a mention) or by a label. */
    private static boolean names(Extraction x, String id, String name) {
        Entity e = entity(x, id);
        return e != null && (name.equals(e.labelAr()) || name.equals(e.labelEn())
                || e.mentions().stream().anyMatch(mn -> mn.text().equals(name)));
    }

    private static String describe(Extraction x, List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            x.claims().stream().filter(c -> c.id().equals(id)).forEach(c -> out.add("claim by " + c.claimants().stream()
                    .map(k -> label(x, k)).toList() + " content=\"" + (c.content() == null ? "" : c.content().text()) + "\""));
            x.meetings().stream().filter(m -> m.id().equals(id)).forEach(m -> out.add("meeting of "
                    + m.participants().stream().map(k -> label(x, k)).toList() + " " + m.status()));
            x.events().stream().filter(v -> v.id().equals(id)).forEach(v -> out.add(v.code().eventType() + " " + v.roles()));
            if (entity(x, id) != null) {
                out.add("entity " + label(x, id));
            }
        }
        return String.join("; ", out);
    }

    private static Entity entity(Extraction x, String id) {
        return x.entities().stream().filter(k -> k.id().equals(id)).findFirst().orElse(null);
    }

    private static String label(Extraction x, String id) {
        Entity e = entity(x, id);
        return e == null ? id : e.mentions().isEmpty() ? e.label(null) : e.mentions().get(0).text();
    }
}
