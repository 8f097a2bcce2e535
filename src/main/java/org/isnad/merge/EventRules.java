package org.isnad.merge;

import org.apache.jena.graph.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * When two event reports may be one event, and how well they fit. Same type; the same sides (a head
 * of state stands for his state), at least two in common and most of them shared; not a phone call
 * against a visit; dates that meet; places that agree, or are unknown, or differ only because one
 * report gives a planned venue. Two reports of one document are two events: the extractor already
 * merged what that document says of one.
 */
final class EventRules {
    /** Share of the parties two reports must have in common (shared / all): a bilateral is not the summit around it. */
    static final double MIN_PARTY_SHARE = 0.6;
    static final int MIN_SHARED_PARTIES = 2;
    /** Two events of the same sides this close in time are shown for review. */
    static final int NEAR_MISS_DAYS = 30;
    private static final String PHONE = "phone";

    private EventRules() {
    }

    /** The checks a pair fails, each with what it found; the pair is one event when there are none. */
    private record Findings(List<String> failures, boolean partiesFit, boolean onlyNear, double score, String reason) {
    }

    static Clustering.Verdict compare(Report a, Report b) {
        Findings f = examine(a, b);
        return f.failures.isEmpty() ? Clustering.Verdict.yes(f.score, f.reason)
                : Clustering.Verdict.no(String.join("; ", f.failures));
    }

    /** Why two reports came close without being merged, or null when they did not come close. */
    static String nearMiss(Report a, Report b) {
        Findings f = examine(a, b);
        if (!f.partiesFit || f.failures.size() != 1 || !f.onlyNear) {
            return null;
        }
        return f.failures.get(0);
    }

    private static Findings examine(Report a, Report b) {
        List<String> failures = new ArrayList<>();
        List<String> why = new ArrayList<>();
        boolean near = true;
        if (!a.type().equals(b.type())) {
            return new Findings(List.of("a " + a.type() + " and a " + b.type()), false, false, 0, null);
        }
        Set<Node> shared = new TreeSet<>(Reader::compare);
        shared.addAll(a.parties());
        shared.retainAll(b.parties());
        Set<Node> all = new TreeSet<>(Reader::compare);
        all.addAll(a.parties());
        all.addAll(b.parties());
        double share = all.isEmpty() ? 0 : (double) shared.size() / all.size();
        if (shared.size() < MIN_SHARED_PARTIES || share < MIN_PARTY_SHARE) {
            return new Findings(List.of("different sides (" + names(a, a.parties()) + " / " + names(b, b.parties()) + ")"),
                    false, false, 0, null);
        }
        why.add("same sides (" + names(a, shared) + ")");
        if (a.document().equals(b.document())) {
            failures.add("one document tells them apart");
        }
        if (PHONE.equals(a.mode()) != PHONE.equals(b.mode()) && a.mode() != null && b.mode() != null) {
            failures.add("a phone call and a " + (PHONE.equals(a.mode()) ? b.mode() : a.mode()));
            near = false;
        }
        double score = 2 * share;
        if (a.window().meets(b.window())) {
            score += 2 * a.window().agreement(b.window());
            if (a.window().precise() && b.window().precise()) {
                score += a.date().equals(b.date()) ? 1 : 0.5;
            }
            why.add("dates agree (" + a.window() + " / " + b.window() + ")");
        } else {
            long gap = a.window().gap(b.window());
            failures.add("dates " + gap + " days apart (" + a.window() + " / " + b.window() + ")");
            near &= gap <= NEAR_MISS_DAYS;
        }
        String place = places(a, b);
        if (place == null) {
            failures.add("held in different places (" + names(a, a.places()) + " / " + names(b, b.places()) + ")");
        } else {
            why.add(place);
            score += placeScore(a, b);
        }
        if (a.status().equals(b.status()) || foretells(a, b) || foretells(b, a)) {
            score += 0.5;
        }
        return new Findings(failures, true, near, score, String.join("; ", why));
    }

    /** Whether {@code a} announced what {@code b} reports as held: planned or possible before, held within its window. */
    private static boolean foretells(Report a, Report b) {
        return (a.status().equals("Planned") || a.status().equals("Possible")) && b.status().equals("Occurred")
                && b.window().precise() && a.window().holds(b.window().from());
    }

    /** What the places say, or null when they rule the pair out: both held, in places neither of which holds the other. */
    private static String places(Report a, Report b) {
        if (a.places().isEmpty() || b.places().isEmpty()) {
            return "place given by " + (a.places().isEmpty() && b.places().isEmpty() ? "neither" : "one only");
        }
        if (intersects(a.places(), b.places())) {
            return "same place";
        }
        if (intersects(a.places(), b.placeStates()) || intersects(b.places(), a.placeStates())) {
            return "one place is within the other";
        }
        boolean bothHeld = a.status().equals("Occurred") && b.status().equals("Occurred");
        if (bothHeld) {
            return null;
        }
        return "places differ (" + names(a, a.places()) + " / " + names(b, b.places()) + "), but a "
                + (a.status().equals("Occurred") ? b.status() : a.status()).toLowerCase(java.util.Locale.ROOT)
                + " venue may change";
    }

    private static double placeScore(Report a, Report b) {
        if (a.places().isEmpty() || b.places().isEmpty()) {
            return 0;
        }
        if (intersects(a.places(), b.places())) {
            return 1;
        }
        if (intersects(a.places(), b.placeStates()) || intersects(b.places(), a.placeStates())) {
            return 0.5;
        }
        return -0.5;
    }

    private static boolean intersects(Set<Node> x, Set<Node> y) {
        for (Node n : x) {
            if (y.contains(n)) {
                return true;
            }
        }
        return false;
    }

    static String names(Report r, Set<Node> nodes) {
        return nodes.stream().map(r::name).sorted().collect(Collectors.joining(", "));
    }
}
