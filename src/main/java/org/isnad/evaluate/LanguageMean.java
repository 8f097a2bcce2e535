package org.isnad.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The means of one language's articles, as the README's table gives them: each figure the plain
 * (macro) mean over articles, so a short article weighs as much as a long one; counts of n right of m
 * (statuses, stance, via) summed instead, as "26/44" is.
 */
public record LanguageMean(String language, int articles, double entityPrecision, double entityRecall,
                           double entityF1, double linking, double meetingF1, ArticleScore.Count statuses,
                           double claimF1, double attribution, ArticleScore.Count stance, ArticleScore.Count via) {
    /** One mean per language, languages in the order their first article came. */
    public static List<LanguageMean> of(List<ArticleScore> scores) {
        Map<String, List<ArticleScore>> byLanguage = new LinkedHashMap<>();
        scores.forEach(s -> byLanguage.computeIfAbsent(s.language(), k -> new ArrayList<>()).add(s));
        List<LanguageMean> out = new ArrayList<>();
        byLanguage.forEach((lang, list) -> out.add(of(lang, list)));
        return out;
    }

    private static LanguageMean of(String lang, List<ArticleScore> s) {
        return new LanguageMean(lang, s.size(), mean(s, a -> a.entities().precision()), mean(s, a -> a.entities().recall()),
                mean(s, ArticleScore::entityF1), mean(s, ArticleScore::linking), mean(s, a -> a.meetings().f1()),
                sum(s, ArticleScore::statuses), mean(s, a -> a.claims().f1()), mean(s, a -> a.attribution().fraction()),
                sum(s, ArticleScore::stance), sum(s, ArticleScore::via));
    }

    private static double mean(List<ArticleScore> s, ToDoubleFunction<ArticleScore> f) {
        return s.stream().mapToDouble(f).average().orElse(0);
    }

    private static ArticleScore.Count sum(List<ArticleScore> s, java.util.function.Function<ArticleScore, ArticleScore.Count> f) {
        return s.stream().map(f).reduce(new ArticleScore.Count(0, 0), ArticleScore.Count::plus);
    }
}
