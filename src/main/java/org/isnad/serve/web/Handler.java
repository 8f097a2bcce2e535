package org.isnad.serve.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A request handler for paths under the dataset's name. Fuseki dispatches any path that starts with a
 * dataset name in its own filter, last in the chain, so Isnad's pages and services are filters placed
 * before it: a request under {@link #prefix()} is answered here and never reaches Fuseki.
 */
public abstract class Handler extends HttpFilter {
    private final String prefix;

    protected Handler(String prefix) {
        this.prefix = prefix;
    }

    /** The path this handler answers, and everything below it. */
    public String prefix() {
        return prefix;
    }

    /** The filter path spec that selects this handler's requests. */
    public String pathSpec() {
        return prefix + "/*";
    }

    @Override
    protected final void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.equals(prefix) && !path.startsWith(prefix + "/")) {
            chain.doFilter(req, res);
            return;
        }
        handle(path.substring(prefix.length()), req, res);
    }

    /** Answers one request; {@code rest} is the raw (still percent-encoded) path after the prefix. */
    protected abstract void handle(String rest, HttpServletRequest req, HttpServletResponse res) throws IOException;
}
