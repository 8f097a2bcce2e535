package org.isnad.extract;

import org.isnad.text.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs a language's rules of one stage over a document. The engine only finds matches and reads
 * their captures; what becomes of a match (an entity, a claim draft, a meeting report) is decided by
 * the stage that asked, so that discourse (the last speaker, the meeting in focus) stays in one place.
 */
final class RuleEngine {
    /** Which rule made a fact, over which tokens: becomes an {@link Explanation}. */
    record Because(String rule, String source, int first, int end) {
    }

    /** A rule's match in a sentence. */
    record Hit(Rule rule, RuleMatcher.Found found, Sentence sentence) {
        int[] capture(String name) {
            return found.capture(name);
        }

        Because because() {
            return new Because(rule.name(), rule.source(), found.first(), found.end());
        }
    }

    private final Context cx;
    private final RuleMatcher matcher;

    RuleEngine(Context cx) {
        this.cx = cx;
        this.matcher = new RuleMatcher(cx);
    }

    /** Every match of the stage's rules, by sentence index, in rule order within a sentence. */
    Map<Integer, List<Hit>> run(Rule.Stage stage) {
        Map<Integer, List<Hit>> out = new TreeMap<>();
        for (Sentence s : cx.text.sentences()) {
            List<Hit> hits = run(stage, s, rule -> true);
            if (!hits.isEmpty()) {
                out.put(s.index(), hits);
            }
        }
        return out;
    }

    /** The matches in one sentence of the stage's rules that {@code which} selects, in rule order. */
    List<Hit> run(Rule.Stage stage, Sentence s, java.util.function.Predicate<Rule> which) {
        List<Hit> out = new ArrayList<>();
        for (Rule rule : cx.pack.rules) {
            if (rule.stage() != stage || !which.test(rule)) {
                continue;
            }
            for (RuleMatcher.Found f : matcher.findAll(rule.pattern(), s)) {
                if (!(rule.unless().contains("quoted") && cx.token(f.first()).quoted())) {
                    out.add(new Hit(rule, f, s));
                }
            }
        }
        return out;
    }

    /**
     * Entities mentioned in a hit's captures for a role; with {@code actorsOnly}, as actors (a capital
     * named as a government is its state) and only those that can act.
     */
    List<EntityRegistry.Node> entities(Hit hit, String role, boolean actorsOnly) {
        Set<EntityRegistry.Node> out = new LinkedHashSet<>();
        for (String capture : hit.rule().action().captures(role)) {
            int[] c = hit.capture(capture);
            if (c == null) {
                continue;
            }
            for (Span s : cx.spansIn(c[0], c[1])) {
                EntityRegistry.Node n = actorsOnly ? s.entity().asActor() : s.entity();
                if (!s.adjective() && (!actorsOnly || n.isActor()) && !cx.isTitleComplement(s, c[1])) {
                    out.add(n);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Token range [first, end) of the first capture bound to a role, or null. */
    int[] range(Hit hit, String role) {
        for (String capture : hit.rule().action().captures(role)) {
            int[] c = hit.capture(capture);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static boolean isValid(String key, String value) {
        try {
            if (key.equals("stance")) {
                Stance.parse(value);
            } else if (key.equals("status")) {
                MeetingStatus.parse(value);
            }
            return !value.isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The status a hit's action sets, or null for none. */
    MeetingStatus status(Hit hit) {
        String status = setting(hit, "status");
        return status == null ? null : MeetingStatus.parse(status);
    }

    /** The date its "date" capture names, read as {@link DateResolver} reads dates near a trigger, or null. */
    String date(Hit hit, DateResolver dates, MeetingStatus status) {
        int[] date = range(hit, "date");
        return date == null ? null : dates.near(date[0], date[0], date[1], status != null && status != MeetingStatus.OCCURRED);
    }

    /** The words of its "topic" capture, or none. */
    List<String> topics(Hit hit) {
        int[] topic = range(hit, "topic");
        return topic == null ? List.of() : List.of(text(topic));
    }

    String text(int[] range) {
        return cx.text.text().substring(cx.token(range[0]).start(), cx.token(range[1] - 1).end());
    }

    /** A setting (stance, status, mode): fixed in the rule, or read from the lexicon phrase a capture starts with. */
    String setting(Hit hit, String key) {
        String v = hit.rule().action().values().get(key);
        if (v == null || !v.startsWith("@")) {
            return v;
        }
        int[] c = hit.capture(v.substring(1));
        if (c == null) {
            return null;
        }
        List<String> classes = new ArrayList<>(key.equals("stance") ? List.of("speech-verbs", "quote-stances")
                : List.of("status-cues", "meeting-triggers"));
        cx.pack.phraseClassNames().stream().filter(n -> !classes.contains(n)).sorted().forEach(classes::add);
        for (String cls : classes) {
            PhraseIndex<?> index = cx.pack.phraseClass(cls);
            if (index == null) {
                continue; // a class this language has no file for
            }
            Context.Match<?> m = cx.verbPhrase(index, c[0]);
            if (m == null) {
                m = cx.nounPhrase(index, c[0]);
            }
            if (m == null) {
                continue;
            }
            String value = m.value() instanceof LanguagePack.Trigger t
                    ? (t.impliedStatus() == null ? "" : t.impliedStatus().name()) : LanguagePack.valueName(m.value());
            if (isValid(key, value)) {
                return value;
            }
        }
        return null;
    }
}
