package org.isnad.serve.page;

/**
 * The frame of every page: the document in English, left to right, with each Arabic name or text
 * inside it marked right to left; navigation; links to the page's RDF.
 */
final class Layout {
    private Layout() {
    }

    static String page(PageContext ctx, View view) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n").open("html", "lang", "en", "dir", "ltr").open("head")
                .raw("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .element("title", view.title() + " — Isnad")
                .open("link", "rel", "stylesheet", "href", Links.BASE + "style.css")
                .close("head").open("body");
        nav(h, ctx);
        h.open("main");
        view.body(h);
        h.close("main");
        footer(h, ctx);
        return h.close("body").close("html").toString();
    }

    private static void nav(Html h, PageContext ctx) {
        h.open("nav", "class", "top");
        h.open("a", "href", Links.BASE, "class", "brand").text("Isnad ").label(Words.get("brand"), "ar").close("a");
        h.link(Links.BASE, "Search").link(Links.BASE + "network", "Who met whom").link(Links.BASE + "timeline", "Timeline")
                .link("/#/dataset/isnad/query", "SPARQL");
        h.open("span", "class", "langs").text("Names in: ");
        h.open("a", "href", "?" + withLang(ctx, "ar"), "lang", "ar", "dir", "rtl", "aria-current", "ar".equals(ctx.lang) ? "true" : null)
                .text(Words.get("arabic")).close("a");
        h.open("a", "href", "?" + withLang(ctx, "en"), "aria-current", "en".equals(ctx.lang) ? "true" : null)
                .text("English").close("a");
        h.close("span").close("nav");
    }

    private static void footer(Html h, PageContext ctx) {
        h.open("footer").text("This page as RDF: ");
        h.link("?" + withFormat(ctx, "turtle"), "Turtle").text(" · ").link("?" + withFormat(ctx, "jsonld"), "JSON-LD");
        h.close("footer");
    }

    private static String withLang(PageContext ctx, String lang) {
        return query(ctx, "lang", lang);
    }

    private static String withFormat(PageContext ctx, String format) {
        return query(ctx, "format", format);
    }

    /** The current query string with one parameter set. */
    private static String query(PageContext ctx, String name, String value) {
        StringBuilder q = new StringBuilder();
        for (String p : new String[] {"id", "q", "status", "actor", "lang"}) {
            String v = p.equals(name) ? value : ctx.param(p);
            if (v != null && !v.isEmpty()) {
                q.append(q.length() == 0 ? "" : "&").append(p).append('=')
                        .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        if (!q.toString().contains(name + "=")) {
            q.append(q.length() == 0 ? "" : "&").append(name).append('=').append(value);
        }
        return q.toString();
    }
}
