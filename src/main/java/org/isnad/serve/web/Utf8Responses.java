package org.isnad.serve.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.util.Locale;

/**
 * Adds {@code charset=utf-8} to every textual response that names no charset. Fuseki sends Turtle
 * as a bare {@code text/turtle}, and a browser then reads its Arabic as Latin-1; every byte Isnad
 * writes is UTF-8, so saying so is always right.
 */
public final class Utf8Responses extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(req, new Wrapper(res));
    }

    /** Whether a media type is text that a charset applies to. */
    public static boolean isTextual(String mediaType) {
        String t = mediaType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
        return t.startsWith("text/") || t.endsWith("+json") || t.endsWith("+xml") || t.equals("application/json")
                || t.equals("application/xml") || t.equals("application/javascript")
                || t.equals("application/n-triples") || t.equals("application/n-quads")
                || t.equals("application/trig") || t.equals("application/rdf+xml");
    }

    static String withCharset(String contentType) {
        if (contentType == null || !isTextual(contentType) || contentType.toLowerCase(Locale.ROOT).contains("charset=")) {
            return contentType;
        }
        return contentType + ";charset=utf-8";
    }

    private static final class Wrapper extends HttpServletResponseWrapper {
        Wrapper(HttpServletResponse res) {
            super(res);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(withCharset(type));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "content-type".equalsIgnoreCase(name) ? withCharset(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "content-type".equalsIgnoreCase(name) ? withCharset(value) : value);
        }

        @Override
        public void setCharacterEncoding(String charset) {
            // Fuseki clears the encoding of RDF types it thinks need none; keep UTF-8 on text.
            if (charset == null && getContentType() != null && isTextual(getContentType())) {
                return;
            }
            super.setCharacterEncoding(charset);
        }
    }
}
