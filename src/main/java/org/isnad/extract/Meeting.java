package org.isnad.extract;

import java.util.List;

/**
 * One meeting (talks, visit, summit, call), merged over every sentence that speaks of it.
 *
 * @param participants entity ids of the actors taking part
 * @param locations    entity ids of where it is held (the most specific first)
 * @param date         "YYYY-MM-DD", "YYYY-MM" or "YYYY", or null when the text does not fix it
 * @param topics       what it is about, as written
 * @param evidence     one span per sentence that speaks of it
 * @param code         its event type and PLOVER/CAMEO codes (see data/events/meeting.tsv)
 */
public record Meeting(String id, List<String> participants, List<String> locations, MeetingStatus status,
                      String date, List<String> topics, List<Mention> evidence, EventCode code) {
    public Meeting {
        participants = List.copyOf(participants);
        locations = List.copyOf(locations);
        topics = List.copyOf(topics);
        evidence = List.copyOf(evidence);
    }
}
