package org.isnad.serve.page;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.isnad.serve.names.Actor;
import org.isnad.serve.names.ActorIndex;
import org.isnad.serve.web.Sparql;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** One request's view of the store: its parameters, the label language it prefers, labels looked up once. */
final class PageContext {
    final Sparql sparql;
    final ActorIndex index;
    /** "ar" or "en": which label to show first. */
    final String lang;
    private final HttpServletRequest request;
    private final Map<String, String[]> labels = new HashMap<>();

    PageContext(Sparql sparql, ActorIndex index, HttpServletRequest request) {
        this.sparql = sparql;
        this.index = index;
        this.request = request;
        this.lang = preferredLanguage(request);
    }

    String param(String name) {
        String v = request.getParameter(name);
        return v == null ? null : v.strip();
    }

    /** ?lang=ar|en, else Arabic when the browser asks for it before English, else English. */
    static String preferredLanguage(HttpServletRequest request) {
        String p = request.getParameter("lang");
        if ("ar".equals(p) || "en".equals(p)) {
            return p;
        }
        String accept = request.getHeader("Accept-Language");
        if (accept != null) {
            String a = accept.toLowerCase(Locale.ROOT);
            int ar = a.indexOf("ar");
            int en = a.indexOf("en");
            if (ar >= 0 && (en < 0 || ar < en)) {
                return "ar";
            }
        }
        return "en";
    }

    /** The label of an IRI in the preferred language and that label's language: [text, lang]. */
    String[] label(String iri) {
        return labels.computeIfAbsent(iri, this::lookUp);
    }

    private String[] lookUp(String iri) {
        Actor a = index.get(iri);
        if (a != null) {
            String text = a.label(lang);
            return new String[] {text, text.equals(a.labelAr()) ? "ar" : "en"};
        }
        return sparql.read(dsg -> storedLabel(dsg, iri));
    }

    private String[] storedLabel(DatasetGraph dsg, String iri) {
        String[] best = null;
        var it = dsg.find(Node.ANY, NodeFactory.createURI(iri), RDFS.label.asNode(), Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (!o.isLiteral()) {
                continue;
            }
            String l = o.getLiteralLanguage();
            String[] candidate = {o.getLiteralLexicalForm(), l.isEmpty() ? null : l};
            if (best == null || lang.equals(l)) {
                best = candidate;
            }
        }
        return best != null ? best : new String[] {shortName(iri), null};
    }

    static String shortName(String iri) {
        int i = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return java.net.URLDecoder.decode(iri.substring(i + 1), java.nio.charset.StandardCharsets.UTF_8);
    }
}
