package org.isnad.serve.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.isnad.serve.names.ActorDirectory;
import org.isnad.serve.names.ActorIndex;
import org.isnad.serve.web.Handler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The W3C Reconciliation Service API (version 0.2, as OpenRefine speaks it) at
 * {@code /isnad/reconcile}: the manifest at that URL, batched queries ({@code queries=} by GET or
 * form POST), {@code /suggest/entity} and {@code /preview}. Any web page may call it (CORS), as
 * OpenRefine in a browser does; no other endpoint of the server allows that unless told.
 */
public final class ReconcileHandler extends Handler {
    public static final String PREFIX = "/isnad/reconcile";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ActorDirectory directory;

    public ReconcileHandler(ActorDirectory directory) {
        super(PREFIX);
        this.directory = directory;
    }

    @Override
    protected void handle(String rest, HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.setHeader("Access-Control-Allow-Origin", "*");
        if (req.getMethod().equals("OPTIONS")) {
            res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            res.setHeader("Access-Control-Allow-Headers", "Content-Type, Accept");
            res.setHeader("Access-Control-Max-Age", "86400");
            res.setStatus(204);
            return;
        }
        if (!req.getMethod().equals("GET") && !req.getMethod().equals("POST") && !req.getMethod().equals("HEAD")) {
            res.setHeader("Allow", "GET, POST, OPTIONS");
            res.sendError(405);
            return;
        }
        String base = req.getScheme() + "://" + req.getHeader("Host");
        ActorIndex index = directory.index();
        Reconciler reconciler = new Reconciler(index);
        try {
            switch (rest) {
                case "", "/" -> {
                    String queries = req.getParameter("queries");
                    if (queries == null) {
                        json(res, 200, Manifest.of(base));
                    } else {
                        json(res, 200, reconciler.reconcile(JSON.readTree(queries)));
                    }
                }
                case "/suggest/entity" -> json(res, 200, reconciler.suggest(req.getParameter("prefix"), req.getParameter("type"),
                        intParam(req, "cursor", 0)));
                case "/preview" -> preview(res, index, req.getParameter("id"));
                default -> json(res, 404, error("no such part of the reconciliation service: " + PREFIX + rest));
            }
        } catch (BadQuery e) {
            json(res, 400, error(e.getMessage()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            json(res, 400, error("queries is not JSON: " + e.getOriginalMessage()));
        }
    }

    private static int intParam(HttpServletRequest req, String name, int otherwise) {
        try {
            return req.getParameter(name) == null ? otherwise : Integer.parseInt(req.getParameter(name));
        } catch (NumberFormatException e) {
            throw new BadQuery(name + " must be a number");
        }
    }

    private static void preview(HttpServletResponse res, ActorIndex index, String id) throws IOException {
        String html = Preview.html(index, id);
        if (html == null) {
            res.setStatus(404);
            html = "<!DOCTYPE html><html lang=\"en\"><meta charset=\"utf-8\"><p>No entity with this id.</p></html>";
        }
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        res.setContentType("text/html;charset=utf-8");
        res.setContentLength(bytes.length);
        res.getOutputStream().write(bytes);
    }

    private static ObjectNode error(String message) {
        ObjectNode e = JSON.createObjectNode();
        e.put("status", "error");
        e.put("message", message);
        return e;
    }

    private static void json(HttpServletResponse res, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        res.setStatus(status);
        res.setContentType("application/json;charset=utf-8");
        res.setContentLength(bytes.length);
        res.getOutputStream().write(bytes);
    }

    /** A request the service cannot answer, said in words. */
    static final class BadQuery extends RuntimeException {
        BadQuery(String message) {
            super(message);
        }
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
