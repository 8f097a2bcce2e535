package org.isnad.extract;

import java.util.List;
import java.util.Map;

/**
 * One event of a type declared as data (an agreement signed, …), merged over the sentences that
 * report it. Meetings keep their own record, {@link Meeting}, so that every query on them keeps working.
 *
 * @param code      its type and exchange codes
 * @param rdfClass  local name of its class in the Isnad ontology ("Agreement")
 * @param roles     role name (as in the type's file: "party", "actor", "recipient"…) → entity ids
 * @param locations entity ids of where it happened
 * @param date      "YYYY-MM-DD", "YYYY-MM" or "YYYY", or null
 * @param topics    what it is about, as written
 * @param evidence  one span per sentence that reports it
 */
public record Event(String id, EventCode code, String rdfClass, Map<String, List<String>> roles,
                    List<String> locations, MeetingStatus status, String date, List<String> topics,
                    List<Mention> evidence) {
    public Event {
        roles = Map.copyOf(roles);
        locations = List.copyOf(locations);
        topics = List.copyOf(topics);
        evidence = List.copyOf(evidence);
    }
}
