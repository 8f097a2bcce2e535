package org.isnad.cli;

import org.isnad.extract.Claim;
import org.isnad.extract.Entity;
import org.isnad.extract.Extraction;
import org.isnad.extract.Meeting;

import java.util.List;
import java.util.stream.Collectors;

/** A readable account of one extraction: who is in it, who met whom, who said what. */
final class Summary {
    private Summary() {
    }

    static String of(Extraction x) {
        StringBuilder b = new StringBuilder();
        String lang = x.language();
        for (Entity e : x.entities()) {
            if (e.mentions().isEmpty() || e.anonymous()) {
                continue;
            }
            b.append(String.format("  %-12s %s%s  x%d%n", e.type().label(), e.label(lang),
                    e.wikidataId() != null ? " (" + e.wikidataId() + ")" : "", e.mentions().size()));
        }
        for (Meeting m : x.meetings()) {
            b.append(String.format("  Meeting      %s: %s%s%s%n", m.status().label(), names(x, m.participants()),
                    m.locations().isEmpty() ? "" : " in " + names(x, m.locations()),
                    m.date() == null ? "" : " on " + m.date()));
        }
        for (Claim c : x.claims()) {
            b.append(String.format("  Claim        %s %s%s: %s%n", names(x, c.claimants()), c.stance().label().toLowerCase(),
                    c.via() == null ? "" : " (via " + x.entity(c.via()).label(lang) + ")",
                    c.content() == null ? "" : shorten(c.content().text())));
        }
        return b.toString();
    }

    private static String names(Extraction x, List<String> ids) {
        return ids.stream().map(id -> x.entity(id).label(x.language())).collect(Collectors.joining(", "));
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 90 ? one : one.substring(0, 87) + "...";
    }
}
