package org.isnad.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/**
 * POST /isnad/ingest: documents (JSON Lines, one object a line) stored by the server that owns the
 * store, one request one write transaction. Only with the token given to 'serve --ingest-token-file'
 * (Authorization: Bearer TOKEN); never from a web page (a request carrying an Origin header is
 * refused, whatever the CORS settings), so no other site can make a browser write to the store.
 */
public final class IngestServlet extends HttpServlet {
    /** Stores the documents of one JSON Lines file; answers with a JSON report and whether all were stored. */
    public interface Ingest {
        Report ingest(Path jsonLines) throws IOException;
    }

    public record Report(boolean allStored, String json) {
    }

    public static final String PATH = SparqlServer.DATASET + "/ingest";

    private final byte[] token;
    private final long maxBytes;
    private final Ingest ingest;

    public IngestServlet(String token, long maxBytes, Ingest ingest) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.maxBytes = maxBytes;
        this.ingest = ingest;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (req.getHeader("Origin") != null) {
            res.sendError(403, "ingest is not open to web pages");
            return;
        }
        String auth = req.getHeader("Authorization");
        byte[] given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(given, token)) {
            res.setHeader("WWW-Authenticate", "Bearer realm=\"isnad ingest\"");
            res.sendError(401, "ingest needs the server's token (Authorization: Bearer TOKEN)");
            return;
        }
        long length = req.getContentLengthLong();
        if (length < 0 || length > maxBytes) {
            res.sendError(length < 0 ? 411 : 413, "a request of at most " + maxBytes + " bytes with its Content-Length");
            return;
        }
        Path body = Files.createTempFile("isnad-ingest", ".jsonl");
        try {
            try (InputStream in = req.getInputStream(); OutputStream out = Files.newOutputStream(body)) {
                in.transferTo(out);
            }
            Report report = ingest.ingest(body);
            res.setStatus(report.allStored() ? 200 : 422);
            res.setContentType("application/json; charset=utf-8");
            res.getOutputStream().write(report.json().getBytes(StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(body);
        }
    }
}
