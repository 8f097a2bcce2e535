package org.isnad.merge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The days an event report may be about: its own date as precisely as the text fixes it, else a span
 * around the document's publication that its status makes likely (a meeting reported as held
 * happened in the days before; one reported as planned comes in the weeks after). Two reports whose
 * windows do not meet are about different events: the April 2019 meeting is never the one planned
 * for "this month" in September 2023.
 *
 * @param from    first day (inclusive), or null when nothing fixes it (no date, no publication date)
 * @param to      last day (inclusive), or null likewise
 * @param precise true when the text gave the date (rather than a span guessed from publication)
 */
record TimeWindow(LocalDate from, LocalDate to, boolean precise, String describe) {
    /** Days the window of a report with no date reaches back or ahead of its publication, by status. */
    private static final int HELD_BEFORE = 7;
    private static final int PLANNED_AHEAD = 60;
    private static final int POSSIBLE_AHEAD = 180;
    private static final int CALLED_OFF_AROUND = 45;
    /** Two dated reports a day apart may be one event (a two-day visit, a late-evening meeting). */
    static final int SLACK_DAYS = 1;

    static final TimeWindow UNKNOWN = new TimeWindow(null, null, false, "no date");

    static TimeWindow of(String date, String status, LocalDate published) {
        if (date != null && !date.isBlank()) {
            return dated(date, status, published);
        }
        if (published == null) {
            return UNKNOWN;
        }
        return switch (status) {
            case "Occurred" -> new TimeWindow(published.minusDays(HELD_BEFORE), published, false,
                    "held by " + published);
            case "Planned" -> new TimeWindow(published, published.plusDays(PLANNED_AHEAD), false,
                    "planned after " + published);
            case "Possible" -> new TimeWindow(published, published.plusDays(POSSIBLE_AHEAD), false,
                    "possible after " + published);
            default -> new TimeWindow(published.minusDays(CALLED_OFF_AROUND), published.plusDays(CALLED_OFF_AROUND),
                    false, status.toLowerCase(java.util.Locale.ROOT) + " around " + published);
        };
    }

    private static TimeWindow dated(String date, String status, LocalDate published) {
        LocalDate from;
        LocalDate to;
        try {
            switch (date.length()) {
                case 10 -> {
                    from = LocalDate.parse(date);
                    to = from;
                }
                case 7 -> {
                    YearMonth ym = YearMonth.parse(date);
                    from = ym.atDay(1);
                    to = ym.atEndOfMonth();
                }
                default -> {
                    int year = Integer.parseInt(date.substring(0, 4));
                    from = LocalDate.of(year, 1, 1);
                    to = LocalDate.of(year, 12, 31);
                }
            }
        } catch (RuntimeException e) {
            return of(null, status, published);
        }
        // A meeting planned for a date already past when the report came out, or held after it, is a date misread
        // (a year resolved wrongly): the status and publication say more.
        if (published != null && (isAhead(status) && to.isBefore(published) || status.equals("Occurred") && from.isAfter(published))) {
            TimeWindow guess = of(null, status, published);
            return new TimeWindow(guess.from, guess.to, false, guess.describe + " (its date " + date + " does not fit)");
        }
        // "This month" in a report of a planned meeting means the rest of the month, not its first days.
        if (published != null && from.isBefore(published) && !to.isBefore(published)) {
            if (isAhead(status)) {
                from = published;
            } else if (status.equals("Occurred")) {
                to = published;
            }
        }
        return new TimeWindow(from, to, true, date);
    }

    private static boolean isAhead(String status) {
        return status.equals("Planned") || status.equals("Possible");
    }

    boolean known() {
        return from != null;
    }

    /**
     * Whether the two windows share a day; two dates the texts give may be a day apart (a two-day visit, a
     * late-evening meeting). An unknown window meets any.
     */
    boolean meets(TimeWindow o) {
        if (!known() || !o.known()) {
            return true;
        }
        int slack = precise && o.precise ? SLACK_DAYS : 0;
        return !from.minusDays(slack).isAfter(o.to) && !o.from.minusDays(slack).isAfter(to);
    }

    /** Days between the two windows (0 when they meet). */
    long gap(TimeWindow o) {
        if (!known() || !o.known() || meets(o)) {
            return 0;
        }
        return to.isBefore(o.from) ? ChronoUnit.DAYS.between(to, o.from) : ChronoUnit.DAYS.between(o.to, from);
    }

    long days() {
        return known() ? ChronoUnit.DAYS.between(from, to) + 1 : Long.MAX_VALUE;
    }

    /**
     * How well the two windows agree, from 0 to 1: the share of the narrower window that lies in the
     * other (a meeting held on the 13th lies wholly in one planned for "this month").
     */
    double agreement(TimeWindow o) {
        if (!known() || !o.known()) {
            return 0;
        }
        LocalDate a = from.isAfter(o.from) ? from : o.from;
        LocalDate b = to.isBefore(o.to) ? to : o.to;
        long overlap = Math.max(0, ChronoUnit.DAYS.between(a, b) + 1);
        return (double) overlap / Math.min(days(), o.days());
    }

    /** Whether a day lies in the window (an unknown window holds any day). */
    boolean holds(LocalDate day) {
        return !known() || (!day.isBefore(from) && !day.isAfter(to));
    }

    @Override
    public String toString() {
        return describe;
    }
}
