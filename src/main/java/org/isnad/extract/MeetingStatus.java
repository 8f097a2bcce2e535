package org.isnad.extract;

import java.util.Locale;

/** Where a meeting stands, as the text reports it. */
public enum MeetingStatus {
    PLANNED, OCCURRED, POSSIBLE, CANCELLED, POSTPONED, DENIED;

    public static MeetingStatus parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    /** When two mentions of one meeting disagree, the more definite report wins. */
    int weight() {
        switch (this) {
            case DENIED: case CANCELLED: case POSTPONED: return 4;
            case OCCURRED: return 3;
            case PLANNED: return 2;
            default: return 1;
        }
    }

    /** The reported status; with none, a date after publication means planned, anything else occurred. */
    static MeetingStatus reportedOrByDate(MeetingStatus reported, String date, java.time.LocalDate published) {
        if (reported != null) {
            return reported;
        }
        if (published != null && date != null && date.compareTo(published.toString().substring(0, date.length())) > 0) {
            return PLANNED;
        }
        return OCCURRED;
    }

    public boolean isFuture() {
        return this != OCCURRED;
    }

    public String label() {
        String n = name();
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }
}
