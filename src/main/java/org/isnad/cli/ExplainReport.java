package org.isnad.cli;

import org.isnad.extract.Claim;
import org.isnad.extract.Entity;
import org.isnad.extract.Event;
import org.isnad.extract.Explanation;
import org.isnad.extract.Extraction;
import org.isnad.extract.Meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code extract --explain}: each fact, then the rules that made it, where they are written and the
 * words they matched. Offsets are code points, as everywhere else in Isnad's output.
 */
final class ExplainReport {
    private ExplainReport() {
    }

    static String of(Extraction x) {
        Map<String, List<Explanation>> byFact = new LinkedHashMap<>();
        x.explanations().forEach(e -> byFact.computeIfAbsent(e.fact(), k -> new ArrayList<>()).add(e));
        StringBuilder out = new StringBuilder();
        String text = x.document().text();
        for (Map.Entry<String, List<Explanation>> fact : byFact.entrySet()) {
            out.append(fact.getKey()).append("  ").append(describe(x, fact.getKey())).append('\n');
            for (Explanation e : fact.getValue()) {
                int begin = text.codePointCount(0, e.begin());
                int end = begin + text.codePointCount(e.begin(), e.end());
                out.append("    ").append(e.rule());
                if (e.source() != null) {
                    out.append("  (").append(e.source()).append(')');
                }
                out.append("\n      matched [").append(begin).append(", ").append(end).append("): \u201c")
                        .append(e.matched().replace('\n', ' ')).append("\u201d\n");
            }
        }
        if (byFact.isEmpty()) {
            out.append("no meeting, event, claim or rule-made entity in this document\n");
        }
        out.append("(built-in rules are named builtin/…; entities found by the gazetteer and name readers are not listed)");
        return out.toString();
    }

    private static String describe(Extraction x, String id) {
        for (Claim c : x.claims()) {
            if (c.id().equals(id)) {
                return "claim (" + c.stance().label() + ") by " + names(x, c.claimants())
                        + (c.via() == null ? "" : " via " + names(x, List.of(c.via())))
                        + (c.content() == null ? "" : ": \u201c" + c.content().text() + "\u201d");
            }
        }
        for (Meeting m : x.meetings()) {
            if (m.id().equals(id)) {
                return "meeting (" + m.status().label() + ") of " + names(x, m.participants())
                        + (m.date() == null ? "" : " on " + m.date());
            }
        }
        for (Event v : x.events()) {
            if (v.id().equals(id)) {
                List<String> all = new ArrayList<>();
                v.roles().values().forEach(all::addAll);
                return v.code().eventType() + " (" + v.status().label() + ") of " + names(x, all);
            }
        }
        for (Entity e : x.entities()) {
            if (e.id().equals(id)) {
                return e.type().label() + " " + e.label(x.language());
            }
        }
        return "";
    }

    private static String names(Extraction x, List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            x.entities().stream().filter(e -> e.id().equals(id)).findFirst()
                    .ifPresent(e -> out.add(e.label(x.language())));
        }
        return String.join(", ", out);
    }
}
