package org.isnad.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An event type as declared in {@code data/events/NAME.tsv}: its class, roles, statuses and how its
 * events are coded in PLOVER and CAMEO. See {@code data/events/meeting.tsv} for the format.
 */
record EventType(String name, String rdfClass, Map<String, String> roles, Set<MeetingStatus> statuses,
                 List<String[]> codes) {

    /** The codes for an event of this type with that status and mode (visit, phone, meet…). */
    EventCode code(MeetingStatus status, String mode) {
        for (String[] c : codes) {
            if (fits(c[0], status.name().toLowerCase()) && fits(c[1], mode == null ? "meet" : mode)) {
                return new EventCode(name, Tables.cell(c, 2), Tables.cell(c, 3), Tables.cell(c, 4));
            }
        }
        return new EventCode(name, null, null, null);
    }

    private static boolean fits(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    /** Reads one type's rows; {@code source} names the file in error messages. */
    static EventType parse(List<String[]> rows, String source) {
        String name = null;
        String rdfClass = null;
        Map<String, String> roles = new LinkedHashMap<>();
        Set<MeetingStatus> statuses = new java.util.LinkedHashSet<>();
        List<String[]> codes = new ArrayList<>();
        for (String[] r : rows) {
            switch (r[0]) {
                case "type" -> {
                    name = Tables.cell(r, 1);
                    rdfClass = Tables.cell(r, 2);
                }
                case "role" -> roles.put(r[1], Tables.cell(r, 2) == null ? "symmetric" : r[2]);
                case "status" -> Tables.list(r, 1).forEach(s -> statuses.add(MeetingStatus.parse(s)));
                case "code" -> {
                    if (r.length < 6) {
                        throw new IllegalArgumentException(source + ": a code row needs STATUS MODE PLOVER PLOVER-MODE CAMEO");
                    }
                    codes.add(java.util.Arrays.copyOfRange(r, 1, 6));
                }
                default -> throw new IllegalArgumentException(source + ": unknown row \"" + r[0]
                        + "\" (expected type, role, status or code)");
            }
        }
        if (name == null || rdfClass == null || roles.isEmpty()) {
            throw new IllegalArgumentException(source + ": an event type needs a type row and at least one role");
        }
        return new EventType(name, rdfClass, roles, statuses, codes);
    }

    /** Every bundled event type, by name. */
    static Map<String, EventType> bundled() {
        Map<String, EventType> out = new LinkedHashMap<>();
        for (String file : Tables.bundledIndex("events")) {
            EventType t = parse(Tables.bundled("events/" + file), "data/events/" + file);
            out.put(t.name(), t);
        }
        return out;
    }
}
