package org.isnad.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Refuses request bodies over a size before anything reads them. The query timeout starts only once
 * a query is parsed, and parsing a 4 MB literal took minutes, so the size is what bounds parsing.
 */
final class RequestLimits implements Filter {
    private final long maxBytes;
    private final java.util.Set<String> exempt;

    /** {@code exempt}: paths whose servlets check sizes themselves. */
    RequestLimits(long maxBytes, java.util.Set<String> exempt) {
        this.maxBytes = maxBytes;
        this.exempt = java.util.Set.copyOf(exempt);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        HttpServletResponse out = (HttpServletResponse) res;
        if (exempt.contains(http.getRequestURI())) {
            chain.doFilter(req, res);
            return;
        }
        long length = http.getContentLengthLong();
        String query = http.getQueryString();
        if (length > maxBytes || query != null && query.length() > maxBytes) {
            out.sendError(413, "request over " + maxBytes + " bytes (serve --max-query-size)");
            return;
        }
        if (length < 0 && http.getHeader("Transfer-Encoding") != null) {
            // A chunked body could be any size: ask for one that says how long it is.
            out.sendError(411, "a POST must give its Content-Length");
            return;
        }
        chain.doFilter(req, res);
    }
}
