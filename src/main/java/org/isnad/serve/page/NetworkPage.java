package org.isnad.serve.page;

import org.apache.jena.rdf.model.Model;
import org.isnad.serve.names.Actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /isnad/page/network}: who met whom. Actors are nodes, a line joins two actors for each event
 * they took part in together, drawn on the server as SVG (no script), with the same pairs as a table.
 * {@code ?status=Occurred} keeps one status, {@code ?actor=ID} one actor's meetings.
 */
final class NetworkPage {
    static final List<String> STATUSES = List.of("Occurred", "Planned", "Possible", "Postponed", "Cancelled", "Denied");
    private static final Map<String, String> COLOURS = Map.of("Occurred", "#2e8b57", "Planned", "#d98b00",
            "Possible", "#4f86c6", "Postponed", "#9c7a3c", "Cancelled", "#8e5bb5", "Denied", "#c0392b");
    private static final int WIDTH = 1060;

    private NetworkPage() {
    }

    /** Two actors and the events they shared. */
    record Pair(String a, String b, List<Events.Event> events) {
    }

    static View view(PageContext ctx) {
        String actor = Links.iri(ctx.param("actor"));
        List<Events.Event> events = Events.all(ctx, ctx.param("status"), actor);
        Map<String, Pair> pairs = new TreeMap<>();
        for (Events.Event e : events) {
            List<String> parties = new ArrayList<>(e.parties());
            for (int i = 0; i < parties.size(); i++) {
                for (int j = i + 1; j < parties.size(); j++) {
                    String key = parties.get(i) + " " + parties.get(j);
                    pairs.computeIfAbsent(key, k -> new Pair(k.split(" ")[0], k.split(" ")[1], new ArrayList<>()))
                            .events().add(e);
                }
            }
        }
        List<Pair> sorted = new ArrayList<>(pairs.values());
        sorted.sort(Comparator.comparingInt((Pair p) -> -p.events().size()).thenComparing(Pair::a).thenComparing(Pair::b));
        return new View() {
            @Override
            public String title() {
                return "Who met whom";
            }

            @Override
            public void body(Html h) {
                h.element("h1", "Who met whom");
                filters(h, ctx, actor, "network");
                h.element("p", sorted.size() + " pairs of actors in " + events.size() + " events. A line per pair, as thick "
                        + "as the events they share, coloured by the status of most of them; in the "
                        + "largest groups, the names of actors in one event only appear on hover.", "class", "sub");
                svg(h, ctx, sorted);
                h.element("h2", "Pairs");
                h.open("table", "id", "pairs").raw("<thead><tr><th>Actor</th><th>Actor</th><th>Events</th><th>Statuses</th>"
                        + "</tr></thead><tbody>");
                for (Pair p : sorted) {
                    h.open("tr").open("td");
                    ActorPage.names(h, ctx, List.of(p.a()));
                    h.close("td").open("td");
                    ActorPage.names(h, ctx, List.of(p.b()));
                    h.close("td").open("td");
                    int n = 0;
                    for (Events.Event e : p.events()) {
                        h.link(Links.event(e.iri()), Integer.toString(++n)).text(" ");
                    }
                    h.close("td").element("td", statuses(p)).close("tr");
                }
                h.raw("</tbody></table>");
            }

            @Override
            public Model rdf() {
                return Events.rdf(ctx, events);
            }
        };
    }

    /** The status and actor filters shared with the timeline. */
    static void filters(Html h, PageContext ctx, String actor, String page) {
        h.open("form", "method", "get", "action", Links.BASE + page, "class", "filters");
        h.open("label").text("Status ").open("select", "name", "status");
        h.open("option", "value", "").text("any").close("option");
        for (String s : STATUSES) {
            h.open("option", "value", s, "selected", s.equals(ctx.param("status")) ? "selected" : null).text(s).close("option");
        }
        h.close("select").close("label");
        if (actor != null) {
            String[] l = ctx.label(actor);
            h.open("input", "type", "hidden", "name", "actor", "value", ctx.param("actor"));
            h.text(" with ").labelLink(Links.actor(actor), l[0], l[1]).text(" ")
                    .link(Links.BASE + page, "(everyone)");
        }
        h.text(" ").element("button", "Show", "type", "submit").close("form");
    }

    private static String statuses(Pair p) {
        Map<String, Integer> count = new TreeMap<>();
        p.events().forEach(e -> count.merge(e.status(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        count.forEach((s, n) -> parts.add(s + " " + n));
        return String.join(", ", parts);
    }

    private static String dominant(Pair p) {
        Map<String, Integer> count = new HashMap<>();
        p.events().forEach(e -> count.merge(e.status(), 1, Integer::sum));
        return count.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse("Occurred");
    }

    /** Layouts already computed, by store version and filter: the picture of a store does not change between requests. */
    private static final Map<String, ForceLayout.Placement> LAYOUTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static ForceLayout.Placement layout(PageContext ctx, int nodes, List<int[]> edges) {
        String key = ctx.sparql.version() + "|" + ctx.param("status") + "|" + ctx.param("actor") + "|" + nodes + "|" + edges.size();
        if (LAYOUTS.size() > 64) {
            LAYOUTS.clear();
        }
        return LAYOUTS.computeIfAbsent(key, k -> ForceLayout.byGroup(nodes, edges, WIDTH));
    }

    private static void svg(Html h, PageContext ctx, List<Pair> pairs) {
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, Integer> degree = new HashMap<>();
        for (Pair p : pairs) {
            index.putIfAbsent(p.a(), index.size());
            index.putIfAbsent(p.b(), index.size());
            degree.merge(p.a(), p.events().size(), Integer::sum);
            degree.merge(p.b(), p.events().size(), Integer::sum);
        }
        List<int[]> edges = pairs.stream().map(p -> new int[] {index.get(p.a()), index.get(p.b()), p.events().size()}).toList();
        ForceLayout.Placement placement = layout(ctx, index.size(), edges);
        double[][] at = placement.xy();
        h.open("svg", "class", "network", "id", "network", "viewBox", "0 0 " + WIDTH + " " + num(Math.max(100, placement.height())),
                "role", "img",
                "aria-label", "Network of who met whom", "xmlns", "http://www.w3.org/2000/svg");
        for (Pair p : pairs) {
            double[] a = at[index.get(p.a())];
            double[] b = at[index.get(p.b())];
            h.open("line", "x1", num(a[0]), "y1", num(a[1]), "x2", num(b[0]), "y2", num(b[1]),
                    "stroke", COLOURS.getOrDefault(dominant(p), "#888"),
                    "stroke-width", num(Math.min(8, 1 + p.events().size()))).close("line");
        }
        for (Map.Entry<String, Integer> node : index.entrySet()) {
            double[] xy = at[node.getValue()];
            String[] label = ctx.label(node.getKey());
            Actor a = ctx.index.get(node.getKey());
            double r = Math.min(16, 4 + 2 * Math.sqrt(degree.get(node.getKey())));
            h.open("a", "href", Links.actor(node.getKey()), "class", "node");
            h.open("circle", "cx", num(xy[0]), "cy", num(xy[1]), "r", num(r), "fill", fill(a)).open("title").text(label[0])
                    .close("title").close("circle");
            // Names of actors seen once would cover the busy middle: they are shown on hover (the title) instead.
            if (degree.get(node.getKey()) > 1 || placement.groupSize()[node.getValue()] < 25) {
                h.open("text", "x", num(xy[0]), "y", num(xy[1] - r - 3), "text-anchor", "middle",
                        "direction", Html.isRtl(label[0]) ? "rtl" : "ltr").text(label[0]).close("text");
            }
            h.close("a");
        }
        h.close("svg");
    }

    private static String fill(Actor a) {
        String type = a == null ? "Entity" : a.type();
        return switch (type) {
            case "Person" -> "#6bb36b";
            case "State" -> "#c49a3a";
            case "Organization" -> "#4f86c6";
            default -> "#a06cc0";
        };
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
