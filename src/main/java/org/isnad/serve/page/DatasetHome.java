package org.isnad.serve.page;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A browser that opens the dataset's own address ({@code /isnad}), where Fuseki has nothing to show,
 * is sent to the search page. SPARQL requests to that address (with a query, or asking for results
 * rather than HTML) go on to Fuseki unchanged.
 */
public final class DatasetHome extends HttpFilter {
    public static final String[] PATHS = {"/isnad", "/isnad/"};

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String accept = req.getHeader("Accept");
        if ("GET".equals(req.getMethod()) && req.getQueryString() == null && accept != null && accept.contains("text/html")) {
            res.sendRedirect(Links.BASE);
            return;
        }
        chain.doFilter(req, res);
    }
}
