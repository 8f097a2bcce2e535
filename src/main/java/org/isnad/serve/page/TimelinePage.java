package org.isnad.serve.page;

import org.apache.jena.rdf.model.Model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /isnad/page/timeline}: events by date, month by month. An event without a date of its own is
 * placed at its document's publication date and says so; one with neither is listed last.
 */
final class TimelinePage {
    private TimelinePage() {
    }

    static View view(PageContext ctx) {
        String actor = Links.iri(ctx.param("actor"));
        List<Events.Event> events = Events.all(ctx, ctx.param("status"), actor);
        events.sort(Comparator.comparing((Events.Event e) -> e.when() == null ? "~" : e.when()).thenComparing(Events.Event::iri));
        Map<String, List<Events.Event>> byMonth = new LinkedHashMap<>();
        for (Events.Event e : events) {
            String month = e.when() == null ? "Undated" : e.when().length() >= 7 ? e.when().substring(0, 7) : e.when();
            byMonth.computeIfAbsent(month, k -> new java.util.ArrayList<>()).add(e);
        }
        return new View() {
            @Override
            public String title() {
                return "Timeline";
            }

            @Override
            public void body(Html h) {
                h.element("h1", "Timeline of events");
                NetworkPage.filters(h, ctx, actor, "timeline");
                h.element("p", events.size() + " events. A date in italics is the report's publication date: the text gave none "
                        + "for the event itself.", "class", "sub");
                h.open("div", "class", "timeline", "id", "timeline");
                byMonth.forEach((month, list) -> {
                    h.element("h3", month);
                    h.open("ul");
                    for (Events.Event e : list) {
                        h.open("li");
                        if (e.date() != null) {
                            h.element("time", e.date());
                        } else if (e.published() != null) {
                            h.open("time", "title", "publication date of the report").open("i").text(e.published()).close("i").close("time");
                        }
                        h.text(" ").element("span", e.status(), "class", "tag status-" + e.status()).text(" ")
                                .link(Links.event(e.iri()), e.type()).text(": ");
                        ActorPage.names(h, ctx, e.parties());
                        h.close("li");
                    }
                    h.close("ul");
                });
                h.close("div");
            }

            @Override
            public Model rdf() {
                return Events.rdf(ctx, events);
            }
        };
    }
}
