package org.isnad.merge;

import org.apache.jena.graph.Node;

import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

/**
 * When two documents' claims report one proposition: the same stance, a claimant in common, published
 * within a fortnight (or both with no date), and the same content. Content is compared by its words when both are in one
 * language; across languages, where words cannot be compared, by what the claims are about (the
 * events and entities they concern), which must then be nearly the same and more than one thing. A
 * denial contradicts a proposition about the same event.
 */
final class ClaimRules {
    static final int MAX_DAYS = 14;
    /** Share of content words two wordings in one language must have in common. */
    static final double SAME_WORDS = 0.5;
    /** With an event in common, a looser wording suffices (the outlets paraphrase one statement). */
    static final double SAME_WORDS_WITH_EVENT = 0.3;
    /** Across languages: share of what the claims are about that must be common, and how many things at least. */
    static final double SAME_ABOUT = 0.75;
    static final int MIN_ABOUT = 2;

    private ClaimRules() {
    }

    static Clustering.Verdict compare(ClaimReport a, ClaimReport b) {
        if (a.document().equals(b.document())) {
            return Clustering.Verdict.no("one document tells them apart");
        }
        if (!a.stance().equals(b.stance())) {
            return Clustering.Verdict.no("stances differ (" + a.stance() + " / " + b.stance() + ")");
        }
        Set<String> who = new HashSet<>(a.claimantKeys());
        who.retainAll(b.claimantKeys());
        if (who.isEmpty()) {
            return Clustering.Verdict.no("no claimant in common");
        }
        if ((a.published() == null) != (b.published() == null)) {
            return Clustering.Verdict.no("one of them has no publication date");
        }
        if (a.published() != null && Math.abs(ChronoUnit.DAYS.between(a.published(), b.published())) > MAX_DAYS) {
            return Clustering.Verdict.no("published more than " + MAX_DAYS + " days apart");
        }
        Similarity s = similarity(a, b);
        return s.same ? Clustering.Verdict.yes(s.score, "same claimant and stance; " + s.why)
                : Clustering.Verdict.no(s.why);
    }

    /** Whether {@code denial} (a Deny) contradicts {@code other} (not a Deny), and why; null when it does not. */
    static String contradiction(ClaimReport denial, ClaimReport other) {
        return sharedEvents(denial, other).isEmpty() ? null : "denies an event the other reports";
    }

    private record Similarity(boolean same, double score, String why) {
    }

    private static Similarity similarity(ClaimReport a, ClaimReport b) {
        boolean event = !sharedEvents(a, b).isEmpty();
        if (sameLanguage(a, b)) {
            double w = words(a, b);
            boolean same = w >= (event ? SAME_WORDS_WITH_EVENT : SAME_WORDS);
            return new Similarity(same, 2 * w + (event ? 1 : 0),
                    String.format(java.util.Locale.ROOT, "%.0f%% of the content words in common%s", 100 * w,
                            event ? ", about the same event" : ""));
        }
        Set<Node> shared = new HashSet<>(a.about());
        shared.retainAll(b.about());
        Set<Node> all = new HashSet<>(a.about());
        all.addAll(b.about());
        double share = all.isEmpty() ? 0 : (double) shared.size() / all.size();
        boolean same = shared.size() >= MIN_ABOUT && share >= SAME_ABOUT;
        return new Similarity(same, 2 * share + (event ? 1 : 0), String.format(java.util.Locale.ROOT,
                "in two languages, about the same things (%d of %d)%s", shared.size(), all.size(),
                event ? ", the same event among them" : ""));
    }

    private static Set<Node> sharedEvents(ClaimReport a, ClaimReport b) {
        Set<Node> out = new HashSet<>();
        for (Node n : a.about()) {
            if (b.about().contains(n) && n.getURI().startsWith(org.isnad.rdf.Vocab.ID + "event/")) {
                out.add(n);
            }
        }
        return out;
    }

    private static boolean sameLanguage(ClaimReport a, ClaimReport b) {
        return a.language() != null && a.language().equals(b.language()) && a.content() != null && b.content() != null;
    }

    static double words(ClaimReport a, ClaimReport b) {
        if (a.words().isEmpty() || b.words().isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a.words());
        shared.retainAll(b.words());
        Set<String> all = new HashSet<>(a.words());
        all.addAll(b.words());
        return (double) shared.size() / all.size();
    }
}
