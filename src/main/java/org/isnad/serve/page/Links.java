package org.isnad.serve.page;

import org.isnad.rdf.Vocab;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where each page lives. A resource is named by its IRI after {@code https://w3id.org/isnad/id/}
 * ({@code ?id=wd/Q7747}), or by its whole IRI when it is elsewhere; a query parameter rather than a
 * path, because entity IRIs hold percent-escapes that servers treat as ambiguous in a path.
 */
public final class Links {
    static final String BASE = "/isnad/page/";

    private Links() {
    }

    public static String actor(String iri) {
        return BASE + "actor?id=" + id(iri);
    }

    static String event(String iri) {
        return BASE + "event?id=" + id(iri);
    }

    static String claim(String iri) {
        return BASE + "claim?id=" + id(iri);
    }

    static String document(String iri) {
        return BASE + "document?id=" + id(iri);
    }

    /** A document page scrolled to a span of its text. */
    static String span(String documentIri, int begin, int end) {
        return document(documentIri) + "#char=" + begin + "," + end;
    }

    static String search(String query) {
        return BASE + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    static String wikidata(String qid) {
        return "https://www.wikidata.org/wiki/" + URLEncoder.encode(qid, StandardCharsets.UTF_8);
    }

    private static String id(String iri) {
        String short_ = iri.startsWith(Vocab.ID) ? iri.substring(Vocab.ID.length()) : iri;
        return URLEncoder.encode(short_, StandardCharsets.UTF_8);
    }

    /**
     * The IRI a page's {@code id} parameter names. Isnad's IRIs percent-encode the letters of a name
     * (person/%D8%AC…); an id given with those letters decoded (as a template filled in by another
     * tool may give it) is encoded back the same way.
     */
    public static String iri(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        if (id.startsWith("http://") || id.startsWith("https://") || id.startsWith("urn:")) {
            return id;
        }
        if (id.chars().anyMatch(c -> c > 127)) {
            StringBuilder encoded = new StringBuilder();
            for (String segment : id.split("/", -1)) {
                encoded.append(encoded.length() == 0 ? "" : "/").append(URLEncoder.encode(segment, StandardCharsets.UTF_8));
            }
            id = encoded.toString();
        }
        return Vocab.ID + id;
    }

    /** The short id of one of Isnad's IRIs (its part after https://w3id.org/isnad/id/), or the IRI. */
    public static String shortId(String iri) {
        return iri.startsWith(Vocab.ID) ? iri.substring(Vocab.ID.length()) : iri;
    }
}
