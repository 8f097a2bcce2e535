package org.isnad.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code .rules} file (reference: data/languages/README.md). Every mistake a rule writer can
 * make stops start-up with the file, the line and what is wrong, never silently switches a rule off.
 */
final class RuleFile {
    private static final Set<String> CLAIM_ROLES = Set.of("speaker", "outlet", "content", "topic");
    private static final Set<String> EVENT_ROLES = Set.of("location", "date", "topic");
    private static final Set<String> SETTINGS = Set.of("stance", "status", "mode", "subtype");

    private final String file;
    private final TokenTest.Classes classes;
    private final Map<String, EventType> eventTypes;
    private final List<Rule> rules = new ArrayList<>();

    private RuleFile(String file, TokenTest.Classes classes, Map<String, EventType> eventTypes) {
        this.file = file;
        this.classes = classes;
        this.eventTypes = eventTypes;
    }

    /** @param file how to name the file in messages, "ar/rules/claims.rules" */
    static List<Rule> parse(String file, List<String> lines, TokenTest.Classes classes, Map<String, EventType> eventTypes) {
        RuleFile f = new RuleFile(file, classes, eventTypes);
        f.read(lines);
        return f.rules;
    }

    private final class Builder {
        final String name;
        final int line;
        String stage;
        int stageLine;
        final StringBuilder pattern = new StringBuilder();
        int patternLine;
        String action;
        int actionLine;
        final Set<String> unless = new LinkedHashSet<>();
        final List<Rule.Example> examples = new ArrayList<>();
        String exampleText;
        int exampleLine;
        List<Map<String, String>> expected = new ArrayList<>();

        Builder(String name, int line) {
            this.name = name;
            this.line = line;
        }

        void closeExample() {
            if (exampleText != null) {
                examples.add(new Rule.Example(exampleText, exampleLine, List.copyOf(expected)));
            }
            exampleText = null;
            expected = new ArrayList<>();
        }
    }

    private void read(List<String> lines) {
        Builder b = null;
        Set<String> names = new java.util.HashSet<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("rule ")) {
                if (b != null) {
                    finish(b);
                }
                String name = line.substring(5).strip();
                if (!name.matches("[a-z][a-z0-9-]*")) {
                    throw error(n, "rule name \"" + name + "\" must be lower-case letters, digits and '-'");
                }
                if (!names.add(name)) {
                    throw error(n, "a second rule named \"" + name + "\"");
                }
                b = new Builder(name, n);
                continue;
            }
            int colon = line.indexOf(':');
            if (b == null || colon < 0) {
                throw error(n, b == null ? "expected \"rule NAME\" before anything else" : "expected \"key: value\"");
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "stage" -> {
                    b.stage = value;
                    b.stageLine = n;
                }
                case "pattern" -> {
                    if (b.pattern.length() == 0) {
                        b.patternLine = n;
                    }
                    b.pattern.append(' ').append(value);
                }
                case "action" -> {
                    b.action = value;
                    b.actionLine = n;
                }
                case "unless" -> {
                    if (!Rule.GUARDS.contains(value)) {
                        throw error(n, "unknown condition \"" + value + "\" (known: " + new java.util.TreeSet<>(Rule.GUARDS) + ")");
                    }
                    b.unless.add(value);
                }
                case "example" -> {
                    b.closeExample();
                    b.exampleText = value;
                    b.exampleLine = n;
                }
                case "expect" -> {
                    if (b.exampleText == null) {
                        throw error(n, "\"expect:\" without an \"example:\" before it");
                    }
                    if (!value.equals("none")) {
                        b.expected.add(expectation(value, n));
                    }
                }
                default -> throw error(n, "unknown key \"" + key + "\" (expected stage, pattern, action, unless, example or expect)");
            }
        }
        if (b != null) {
            finish(b);
        }
    }

    private void finish(Builder b) {
        b.closeExample();
        if (b.stage == null || b.pattern.length() == 0 || b.action == null) {
            throw error(b.line, "rule \"" + b.name + "\" needs a stage, a pattern and an action");
        }
        Rule.Stage stage;
        try {
            stage = Rule.Stage.valueOf(b.stage.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error(b.stageLine, "unknown stage \"" + b.stage + "\" (expected entities, events or claims)");
        }
        RulePattern pattern;
        try {
            pattern = RulePattern.compile(b.pattern.toString().strip(), classes);
        } catch (IllegalArgumentException e) {
            throw error(b.patternLine, e.getMessage());
        }
        Rule.Action action = action(b.action, b.actionLine, pattern.captures);
        if (b.examples.isEmpty()) {
            throw error(b.line, "rule \"" + b.name + "\" has no example: every rule carries at least one");
        }
        String base = file.substring(file.lastIndexOf('/') + 1).replace(".rules", "");
        rules.add(new Rule(base + "/" + b.name, file + ":" + b.line, stage, pattern, action, Set.copyOf(b.unless),
                List.copyOf(b.examples)));
    }

    private Rule.Action action(String text, int line, Set<String> captures) {
        String[] words = text.split("\\s+");
        String kind = words[0];
        int next = 1;
        String type = null;
        Set<String> roles;
        switch (kind) {
            case "claim" -> roles = CLAIM_ROLES;
            case "meeting" -> {
                type = "meeting";
                roles = union(eventTypes.get("meeting").roles().keySet(), EVENT_ROLES);
            }
            case "event" -> {
                type = words.length > 1 ? words[1] : "";
                next = 2;
                EventType t = eventTypes.get(type);
                if (t == null) {
                    throw error(line, "unknown event type \"" + type + "\" (known: " + eventTypes.keySet() + ", one per data/events/*.tsv)");
                }
                roles = union(t.roles().keySet(), EVENT_ROLES);
            }
            case "entity" -> {
                type = words.length > 1 ? words[1] : "";
                next = 2;
                try {
                    EntityType.parse(type);
                } catch (IllegalArgumentException e) {
                    throw error(line, "unknown entity type \"" + type + "\" (expected person, organization, state, place)");
                }
                roles = Set.of("name");
            }
            default -> throw error(line, "unknown action \"" + kind + "\" (expected entity, meeting, event or claim)");
        }
        Map<String, List<String>> bound = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> used = new java.util.HashSet<>();
        for (int i = next; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq <= 0) {
                throw error(line, "expected role=capture or setting=value, found \"" + words[i] + "\"");
            }
            String key = words[i].substring(0, eq);
            String value = words[i].substring(eq + 1);
            if (SETTINGS.contains(key)) {
                checkSetting(key, value, line, captures);
                values.put(key, value);
                if (value.startsWith("@")) {
                    used.add(value.substring(1));
                }
                continue;
            }
            if (!roles.contains(key)) {
                throw error(line, "unknown role \"" + key + "\" for " + kind + (type == null ? "" : " " + type)
                        + " (known: " + new java.util.TreeSet<>(roles) + ")");
            }
            List<String> caps = List.of(value.split(","));
            for (String c : caps) {
                if (!captures.contains(c)) {
                    throw error(line, "role " + key + " names capture \"" + c + "\", which the pattern does not have");
                }
                if (used.contains(c)) {
                    throw error(line, "capture \"" + c + "\" is bound twice: one capture, one role");
                }
            }
            used.addAll(caps);
            bound.put(key, caps);
        }
        String required = switch (kind) {
            case "claim" -> "speaker";
            case "entity" -> "name";
            default -> null;
        };
        if (required != null && !bound.containsKey(required)) {
            throw error(line, kind + " needs a " + required + "=capture");
        }
        if (required == null && bound.keySet().stream().noneMatch(r -> !EVENT_ROLES.contains(r))) {
            throw error(line, kind + " needs at least one participant role");
        }
        for (String c : captures) {
            if (!used.contains(c)) {
                throw error(line, "capture \"" + c + "\" is not used by the action");
            }
        }
        return new Rule.Action(kind, type, bound, values);
    }

    private void checkSetting(String key, String value, int line, Set<String> captures) {
        if (value.startsWith("@")) {
            if (!captures.contains(value.substring(1))) {
                throw error(line, key + " reads capture \"" + value.substring(1) + "\", which the pattern does not have");
            }
            return;
        }
        try {
            switch (key) {
                case "stance" -> Stance.parse(value);
                case "status" -> MeetingStatus.parse(value);
                default -> {
                }
            }
        } catch (IllegalArgumentException e) {
            throw error(line, "unknown " + key + " \"" + value + "\"");
        }
    }

    /** {@code claim speaker="Lavrov" content="the talks"}: key="value" pairs, the fact's kind first. */
    private Map<String, String> expectation(String text, int line) {
        Map<String, String> out = new LinkedHashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\w+)").matcher(text);
        if (!m.find()) {
            throw error(line, "expected \"expect: KIND key=\\\"value\\\" …\" or \"expect: none\"");
        }
        out.put("kind", m.group(1));
        java.util.regex.Matcher kv = java.util.regex.Pattern.compile("([a-z]+)=(\"([^\"]*)\"|\\S+)").matcher(text.substring(m.end()));
        int count = 0;
        while (kv.find()) {
            String key = kv.group(1);
            String value = kv.group(3) != null ? kv.group(3) : kv.group(2);
            out.merge(key, value, (a, v) -> a + "\u0000" + v); // a repeated key (participant=) keeps every value
            count++;
        }
        if (count == 0 && !List.of("claim", "meeting", "event", "entity").contains(out.get("kind"))) {
            throw error(line, "unknown fact kind \"" + out.get("kind") + "\"");
        }
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    private RuleError error(int line, String message) {
        return new RuleError(file + ":" + line, message);
    }
}
