package org.isnad.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Events of the types declared as data (all but meetings, which {@link MeetingFinder} assembles): each
 * events-stage match of an {@code event TYPE} rule is a report; reports of one type with the same
 * parties and compatible dates are one event, whatever sentence they are in.
 */
final class EventFinder {
    /** An event as assembled from its reports. */
    static final class Draft {
        final EventType type;
        final Map<String, LinkedHashSet<EntityRegistry.Node>> roles = new LinkedHashMap<>();
        final LinkedHashSet<EntityRegistry.Node> locations = new LinkedHashSet<>();
        final LinkedHashSet<String> topics = new LinkedHashSet<>();
        final TreeSet<Integer> sentences = new TreeSet<>();
        final List<RuleEngine.Because> because = new ArrayList<>();
        MeetingStatus status;
        String date;

        Draft(EventType type) {
            this.type = type;
        }

        LinkedHashSet<EntityRegistry.Node> everyone() {
            LinkedHashSet<EntityRegistry.Node> all = new LinkedHashSet<>();
            roles.values().forEach(all::addAll);
            return all;
        }
    }

    private final Context cx;
    private final RuleEngine engine;
    private final Map<String, EventType> types;
    private final DateResolver dates;

    EventFinder(Context cx, RuleEngine engine, Map<String, EventType> types) {
        this.cx = cx;
        this.engine = engine;
        this.types = types;
        this.dates = new DateResolver(cx);
    }

    List<Draft> run(Map<Integer, List<RuleEngine.Hit>> hits) {
        List<Draft> drafts = new ArrayList<>();
        for (List<RuleEngine.Hit> inSentence : hits.values()) {
            for (RuleEngine.Hit hit : inSentence) {
                if (!hit.rule().action().kind().equals("event")) {
                    continue;
                }
                Draft report = report(hit);
                if (report.everyone().size() < 2) {
                    continue; // one party alone has not agreed with anyone the text names
                }
                Draft same = drafts.stream().filter(d -> sameEvent(d, report)).findFirst().orElse(null);
                if (same == null) {
                    drafts.add(report);
                } else {
                    merge(same, report);
                }
            }
        }
        return drafts;
    }

    private Draft report(RuleEngine.Hit hit) {
        EventType type = types.get(hit.rule().action().type());
        Draft d = new Draft(type);
        for (String role : type.roles().keySet()) {
            List<EntityRegistry.Node> nodes = engine.entities(hit, role, true);
            if (!nodes.isEmpty()) {
                d.roles.put(role, new LinkedHashSet<>(nodes));
            }
        }
        d.locations.addAll(engine.entities(hit, "location", false));
        d.status = engine.status(hit);
        d.date = engine.date(hit, dates, d.status);
        d.topics.addAll(engine.topics(hit));
        d.sentences.add(hit.sentence().index());
        d.because.add(hit.because());
        return d;
    }

    private static boolean sameEvent(Draft a, Draft b) {
        return a.type == b.type && a.everyone().equals(b.everyone()) && a.status == b.status
                && (a.date == null || b.date == null || a.date.startsWith(b.date) || b.date.startsWith(a.date));
    }

    private static void merge(Draft into, Draft r) {
        into.locations.addAll(r.locations);
        into.topics.addAll(r.topics);
        into.sentences.addAll(r.sentences);
        into.because.addAll(r.because);
        if (r.date != null && (into.date == null || r.date.length() > into.date.length())) {
            into.date = r.date;
        }
    }
}
