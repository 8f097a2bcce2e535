package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Clitic analysis: the ways a written word can be split into prefixes and a stem. Prefixes come from
 * {@code clitics.tsv}; a language without clitics has no prefixes and every word is its own stem.
 */
final class Morphology {
    /**
     * One reading of a word.
     *
     * @param stem        folded stem, with the article where the word has one
     * @param prefix      folded prefix letters before the stem
     * @param preposition the preposition prefix (b l k), or empty
     */
    record Reading(String stem, String prefix, String preposition, String gKey, String skeleton, long indexMask) {
        /** The phonetic keys are computed once here: readings are memoised, so once per word. */
        Reading(String stem, String prefix, String preposition) {
            this(stem, prefix, preposition, org.isnad.text.Fold.gKey(stem), org.isnad.text.Fold.skeleton(stem), -1L);
        }

        /** Bit i set when phrase index i may have a phrase starting with this reading (-1: unknown). */
        boolean mayStart(int index) {
            return (indexMask & (1L << index)) != 0;
        }

        Reading withMask(long mask) {
            return new Reading(stem, prefix, preposition, gKey, skeleton, mask);
        }

        boolean hasPreposition() {
            return !preposition.isEmpty();
        }
    }

    private final List<String> conjunctions = new ArrayList<>();
    private final List<String> prepositions = new ArrayList<>();
    private final List<String> futures = new ArrayList<>();
    private final List<String> imperfectPrefixes = new ArrayList<>();
    /** Prepositions after which the article loses its first letter (clitics.tsv "contraction"). */
    private final List<String> contractions = new ArrayList<>();
    /** Each prefix list with "" first (no prefix), built once: these are read for every word. */
    private final List<String> conjunctionsOrNone;
    private final List<String> prepositionsOrNone;
    private final List<String> futuresOrNone;
    private String article = null;

    Morphology(List<String[]> clitics) {
        for (String[] row : clitics) {
            String form = org.isnad.text.Fold.fold(row[1]);
            switch (row[0]) {
                case "conjunction" -> conjunctions.add(form);
                case "preposition" -> prepositions.add(form);
                case "future" -> futures.add(form);
                case "article" -> article = form;
                case "imperfect" -> imperfectPrefixes.add(form);
                case "contraction" -> contractions.add(form);
                default -> throw new IllegalArgumentException("unknown clitic kind " + row[0]);
            }
        }
        conjunctionsOrNone = withEmpty(conjunctions);
        prepositionsOrNone = withEmpty(prepositions);
        futuresOrNone = withEmpty(futures);
    }

    // Readings of words already seen, shared by all documents and threads: news vocabulary repeats, and
    // the same String instances then also carry their cached hashes into every index lookup.
    private static final int MAX_MEMO = 200_000;
    private final Map<String, List<Reading>> nounMemo = new ConcurrentHashMap<>();
    private final Map<String, List<Reading>> verbMemo = new ConcurrentHashMap<>();

    /** Readings of a noun: optional conjunction, optional preposition, the rest (article kept). Whole word first. */
    List<Reading> nounReadings(String folded) {
        return memo(nounMemo, folded, this::computeNounReadings);
    }

    /** Readings of a verb: optional conjunction, optional future prefix. */
    List<Reading> verbReadings(String folded) {
        return memo(verbMemo, folded, this::computeVerbReadings);
    }

    /** Which phrase indexes a reading can start a phrase of; set by the language pack once its indexes are built. */
    private volatile java.util.function.ToLongFunction<Reading> indexMask;

    void indexMask(java.util.function.ToLongFunction<Reading> mask) {
        this.indexMask = mask;
        nounMemo.clear();
        verbMemo.clear();
    }

    private List<Reading> memo(Map<String, List<Reading>> memo, String word,
                               java.util.function.Function<String, List<Reading>> compute) {
        List<Reading> r = memo.get(word);
        if (r == null) {
            List<Reading> computed = compute.apply(word);
            java.util.function.ToLongFunction<Reading> mask = indexMask;
            if (mask != null) {
                computed = computed.stream().map(x -> x.withMask(mask.applyAsLong(x))).toList();
            }
            r = List.copyOf(computed);
            if (memo.size() > MAX_MEMO) {
                memo.clear();
            }
            memo.put(word, r);
        }
        return r;
    }

    private List<Reading> computeNounReadings(String folded) {
        List<Reading> out = new ArrayList<>();
        out.add(new Reading(folded, "", ""));
        for (String conj : conjunctionsOrNone) {
            if (!folded.startsWith(conj)) {
                continue;
            }
            String afterConj = folded.substring(conj.length());
            for (String prep : prepositionsOrNone) {
                if ((conj + prep).isEmpty() || !afterConj.startsWith(prep)) {
                    continue;
                }
                String stem = afterConj.substring(prep.length());
                if (stem.length() < 2) {
                    continue;
                }
                out.add(new Reading(stem, conj + prep, prep));
                // A contraction (clitics.tsv): after this preposition the article's first letter is not
                // written. The mention keeps what is written; the reading restores the article.
                if (article != null && contractions.contains(prep) && stem.startsWith(article.substring(1))
                        && stem.length() > article.length()) {
                    out.add(new Reading(article + stem.substring(article.length() - 1), conj, prep));
                }
            }
        }
        return out;
    }

    private List<Reading> computeVerbReadings(String folded) {
        List<Reading> out = new ArrayList<>();
        out.add(new Reading(folded, "", ""));
        for (String conj : conjunctionsOrNone) {
            for (String fut : futuresOrNone) {
                String prefix = conj + fut;
                if (!prefix.isEmpty() && folded.startsWith(prefix) && folded.length() - prefix.length() >= 2) {
                    out.add(new Reading(folded.substring(prefix.length()), prefix, ""));
                }
            }
        }
        return out;
    }

    boolean isFuturePrefix(String prefix) {
        return futures.stream().anyMatch(prefix::endsWith);
    }

    /** Whether a word (after any conjunction and future prefix) looks like a present-tense verb. */
    boolean looksImperfect(String folded) {
        for (Reading r : verbReadings(folded)) {
            for (String p : imperfectPrefixes) {
                if (r.stem().startsWith(p) && r.stem().length() > p.length() + 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a word is a future verb: a future prefix on a present-tense form (sy-jrī, wsy-ʿqd). */
    boolean looksFuture(String folded) {
        for (Reading r : verbReadings(folded)) {
            if (!r.prefix().isEmpty() && isFuturePrefix(r.prefix())) {
                for (String p : imperfectPrefixes) {
                    if (r.stem().startsWith(p) && r.stem().length() > p.length() + 1) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    String article() {
        return article;
    }

    /** Whether a folded stem carries the article (and is more than the article). */
    boolean hasArticle(String stem) {
        return article != null && stem.startsWith(article) && stem.length() > article.length();
    }

    /** The conjunction a folded word starts with (and is more than), or null. */
    String conjunctionOf(String folded) {
        for (String c : conjunctions) {
            if (folded.startsWith(c) && folded.length() > c.length()) {
                return c;
            }
        }
        return null;
    }

    /** Whether a reading's prefix (w, wa-l) holds the conjunction, as opposed to a stem that starts like it (wazīr). */
    boolean prefixHasConjunction(Reading r) {
        return r != null && conjunctions.stream().anyMatch(c -> r.prefix().startsWith(c));
    }

    /** The word without a leading conjunction, when it has one and more than two letters. */
    String withoutConjunction(String folded) {
        String c = conjunctionOf(folded);
        return c != null && folded.length() > 2 ? folded.substring(c.length()) : folded;
    }

    /** Whether a folded word starts with a conjunction and the article (a new definite phrase). */
    boolean startsWithConjunctionAndArticle(String folded) {
        return startsWithAny(folded, conjunctionArticles());
    }

    /** Whether a folded word starts with a preposition and the article, contracted or not. */
    boolean startsWithPrepositionAndArticle(String folded) {
        return startsWithAny(folded, prepositionArticles());
    }

    // Built on first use, once: the finders ask these of most words.
    private List<String> conjunctionArticles;
    private List<String> prepositionArticles;

    private List<String> conjunctionArticles() {
        if (conjunctionArticles == null) {
            conjunctionArticles = article == null ? List.of() : conjunctions.stream().map(c -> c + article).toList();
        }
        return conjunctionArticles;
    }

    private List<String> prepositionArticles() {
        if (prepositionArticles == null) {
            prepositionArticles = article == null ? List.of() : prepositions.stream()
                    .map(p -> contractions.contains(p) ? p + article.substring(1) : p + article).toList();
        }
        return prepositionArticles;
    }

    private static boolean startsWithAny(String folded, List<String> prefixes) {
        for (int i = 0; i < prefixes.size(); i++) {
            if (folded.startsWith(prefixes.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> withEmpty(List<String> xs) {
        List<String> out = new ArrayList<>();
        out.add("");
        out.addAll(xs);
        return List.copyOf(out);
    }
}
