package org.isnad.extract;

import org.isnad.text.Sentence;
import org.isnad.text.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Reads the date of a meeting from the words near its trigger: "abrīl 2019", "15 mārs 2021",
 * "ʿām 2019", and, when the publication date is known, "hdhā al-shhr", "al-shhr al-māḍy", "yūm al-athnīn".
 * A relative date without a publication date stays unresolved: guessing would put a wrong date in
 * the graph.
 */
final class DateResolver {
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private final Context cx;
    private final LocalDate published;

    DateResolver(Context cx) {
        this.cx = cx;
        this.published = cx.document.published();
    }

    /**
     * The date nearest to token {@code anchor} within [from, to), as "YYYY-MM-DD", "YYYY-MM" or
     * "YYYY", or null. {@code future} says which way a weekday or a bare month points (else: the past).
     */
    String near(int anchor, int from, int to, boolean future) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = from; i < to; i++) {
            if (!cx.inRange(i)) {
                continue;
            }
            Reading r = readAt(i, to, future);
            if (r != null && afterSince(i)) {
                i = r.end - 1; // "mndh ʿām 2011": the start of a period, not the meeting's date
                continue;
            }
            if (r != null) {
                int distance = Math.abs(i - anchor);
                if (distance < bestDistance) {
                    best = r.value;
                    bestDistance = distance;
                }
                i = r.end - 1;
            }
        }
        return best;
    }

    private record Reading(String value, int end) {
    }

    private boolean afterSince(int i) {
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            if (cx.isWord(k)) {
                Context.Match<String> m = cx.nounPhrase(cx.pack.dates, k);
                if (m != null && m.value().startsWith("since")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "on May 13", "for May": a month spelled like a status cue (may) is the month when a number stands
     * next to it or it is capitalised (a modal never opens a news sentence); otherwise it is the cue.
     */
    boolean isMonthName(int i, Sentence s) {
        Context.Match<String> month = cx.isWord(i) ? cx.nounPhrase(cx.pack.dates, i) : null;
        if (month == null || !month.value().startsWith("month")) {
            return false;
        }
        boolean number = i > s.firstToken() && cx.token(i - 1).kind() == Token.Kind.NUMBER
                || month.end() < s.endToken() && cx.token(month.end()).kind() == Token.Kind.NUMBER;
        return number || Character.isUpperCase(cx.token(i).surface().codePointAt(0));
    }

    private boolean isCue(int i) {
        return cx.nounPhrase(cx.pack.statusCues, i) != null;
    }

    private Reading readAt(int i, int limit, boolean future) {
        Token t = cx.token(i);
        if (t.kind() == Token.Kind.NUMBER) {
            Integer year = year(t);
            // "ʿām 2019" / "2019": a bare year counts only when a year word or a preposition leads to it.
            if (year != null && i > 0 && cx.isWord(i - 1) && cx.pack.marker(LanguagePack.Marker.YEAR_WORDS).stream()
                    .anyMatch(cx.token(i - 1).folded()::endsWith)) {
                return new Reading(Integer.toString(year), i + 1);
            }
            return null;
        }
        if (!t.isWord()) {
            return null;
        }
        Context.Match<String> m = cx.nounPhrase(cx.pack.dates, i);
        if (m == null) {
            return null;
        }
        if (m.value().startsWith("since")) {
            return null;
        }
        String[] meaning = m.value().split(":");
        int n = Integer.parseInt(meaning[1]);
        switch (meaning[0]) {
            case "month":
                return isCue(i) && !isMonthName(i, cx.sentence(i)) ? null : month(i, m.end(), n, limit, future);
            case "rel-month":
                return published == null ? null
                        : new Reading(YearMonth.from(published).plusMonths(n).toString(), m.end());
            case "rel-year":
                return published == null ? null : new Reading(Integer.toString(published.getYear() + n), m.end());
            case "rel-day":
                return published == null ? null : new Reading(published.plusDays(n).toString(), m.end());
            case "weekday":
                if (published == null) {
                    return null;
                }
                DayOfWeek day = DayOfWeek.of(n);
                LocalDate d = published.with(future ? TemporalAdjusters.nextOrSame(day)
                        : TemporalAdjusters.previousOrSame(day));
                return new Reading(d.toString(), m.end());
            default:
                return null;
        }
    }

    /** "abrīl 2019", "15 abrīl 2019", or a bare month placed in the year of publication. */
    private Reading month(int i, int end, int month, int limit, boolean future) {
        Integer day = null;
        if (i > 0 && cx.token(i - 1).kind() == Token.Kind.NUMBER) {
            Integer d = number(cx.token(i - 1));
            if (d != null && d >= 1 && d <= 31) {
                day = d;
            }
        }
        if (day == null && end < limit && cx.token(end).kind() == Token.Kind.NUMBER && year(cx.token(end)) == null) {
            Integer d = number(cx.token(end));
            if (d != null && d >= 1 && d <= 31) {
                day = d; // "May 20", "June 3, 2025": the day after the month
                end++;
                if (end + 1 < limit && cx.isPunct(end) && cx.token(end + 1).kind() == Token.Kind.NUMBER && year(cx.token(end + 1)) != null) {
                    end++;
                }
            }
        }
        if (end < limit && cx.token(end).kind() == Token.Kind.NUMBER) {
            Integer year = year(cx.token(end));
            if (year != null) {
                YearMonth ym = YearMonth.of(year, month);
                if (day != null && ym.isValidDay(day)) {
                    return new Reading(ym.atDay(day).toString(), end + 1);
                }
                return new Reading(ym.toString(), end + 1);
            }
        }
        if (published == null) {
            return null;
        }
        YearMonth now = YearMonth.from(published);
        YearMonth ym = YearMonth.of(published.getYear(), month);
        if (future && ym.isBefore(now)) {
            ym = ym.plusYears(1);
        } else if (!future && ym.isAfter(now)) {
            ym = ym.minusYears(1);
        }
        if (day != null && ym.isValidDay(day)) {
            return new Reading(ym.atDay(day).toString(), end);
        }
        return new Reading(ym.toString(), end);
    }

    private static Integer year(Token t) {
        Integer n = number(t);
        return n != null && n >= MIN_YEAR && n <= MAX_YEAR ? n : null;
    }

    private static Integer number(Token t) {
        String digits = t.folded();
        if (digits.isEmpty() || digits.length() > 4) {
            return null;
        }
        for (int k = 0; k < digits.length(); k++) {
            if (digits.charAt(k) < '0' || digits.charAt(k) > '9') {
                return null;
            }
        }
        return Integer.parseInt(digits);
    }
}
