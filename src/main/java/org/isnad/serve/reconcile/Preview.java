package org.isnad.serve.reconcile;

import org.isnad.serve.names.Actor;
import org.isnad.serve.names.ActorIndex;
import org.isnad.serve.page.Links;

import java.util.ArrayList;
import java.util.List;

/** The small card OpenRefine shows when a user hovers over a candidate, and the one-line description. */
final class Preview {
    private Preview() {
    }

    static String description(Actor a) {
        List<String> parts = new ArrayList<>();
        parts.add(a.type());
        if (a.role() != null) {
            parts.add(a.role());
        }
        if (!a.affiliationNames().isEmpty()) {
            parts.add(a.affiliationNames().get(0));
        }
        if (a.wikidataId() != null) {
            parts.add(a.wikidataId());
        }
        parts.add(a.mentions() + " mentions in " + a.documents() + " documents");
        return String.join(" · ", parts);
    }

    static String html(ActorIndex index, String id) {
        if (id == null) {
            return null;
        }
        Actor a = index.get(Links.iri(id));
        if (a == null) {
            return null;
        }
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><style>"
                + "body{font:13px sans-serif;margin:6px} h1{font-size:15px;margin:0}</style></head><body><h1>");
        label(h, a.labelEn());
        if (a.labelEn() != null && a.labelAr() != null) {
            h.append(" · ");
        }
        label(h, a.labelAr());
        h.append("</h1><p>");
        escape(h, description(a));
        h.append("</p></body></html>");
        return h.toString();
    }

    private static void label(StringBuilder h, String text) {
        if (text == null) {
            return;
        }
        boolean arabic = text.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
        h.append(arabic ? "<bdi lang=\"ar\" dir=\"rtl\">" : "<bdi>");
        escape(h, text);
        h.append("</bdi>");
    }

    private static void escape(StringBuilder h, String s) {
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> h.append("&amp;");
                case '<' -> h.append("&lt;");
                case '>' -> h.append("&gt;");
                case '"' -> h.append("&quot;");
                case '\'' -> h.append("&#39;");
                default -> {
                    if (!((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069'))) {
                        h.append(c);
                    }
                }
            }
        }
    }
}
