package org.isnad.serve.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.isnad.serve.names.ActorDirectory;
import org.isnad.serve.web.Handler;
import org.isnad.serve.web.Sparql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

/**
 * Isnad's pages under {@code /isnad/page/}, rendered on the server from the store. Each page is HTML
 * for a browser and, by content negotiation ({@code Accept}) or {@code ?format=turtle|jsonld}, the
 * RDF it is made from.
 */
public final class PageHandler extends Handler {
    public static final String PREFIX = "/isnad/page";
    private static final AcceptList OFFERED = AcceptList.create("text/html", "text/turtle", "application/ld+json");

    private final Sparql sparql;
    private final ActorDirectory directory;
    private final Map<String, Function<PageContext, View>> pages = Map.of(
            "", SearchPage::view,
            "/", SearchPage::view,
            "/actor", ActorPage::view,
            "/event", EventPage::view,
            "/claim", ClaimPage::view,
            "/document", DocumentPage::view,
            "/network", NetworkPage::view,
            "/timeline", TimelinePage::view);

    public PageHandler(Sparql sparql, ActorDirectory directory) {
        super(PREFIX);
        this.sparql = sparql;
        this.directory = directory;
    }

    @Override
    protected void handle(String rest, HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
            res.setHeader("Allow", "GET, HEAD");
            res.sendError(405);
            return;
        }
        if (rest.equals("/style.css")) {
            asset(res, "style.css", "text/css;charset=utf-8");
            return;
        }
        Function<PageContext, View> page = pages.get(rest);
        PageContext ctx = new PageContext(sparql, directory.index(), req);
        View view = page == null ? null : page.apply(ctx);
        res.setHeader("Vary", "Accept, Accept-Language");
        if (view == null) {
            res.setStatus(404);
            write(res, "text/html;charset=utf-8", Layout.page(ctx, new NotFound(rest, ctx.param("id"))));
            return;
        }
        switch (format(req)) {
            case "turtle" -> write(res, "text/turtle;charset=utf-8", rdf(view.rdf(), RDFFormat.TURTLE_PRETTY));
            case "jsonld" -> write(res, "application/ld+json;charset=utf-8", rdf(view.rdf(), RDFFormat.JSONLD_PRETTY));
            default -> write(res, "text/html;charset=utf-8", Layout.page(ctx, view));
        }
    }

    /** "html", "turtle" or "jsonld": from ?format, else from Accept (HTML when it allows it equally). */
    static String format(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null) {
            return switch (f) {
                case "turtle", "ttl" -> "turtle";
                case "jsonld", "json-ld" -> "jsonld";
                default -> "html";
            };
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return "html";
        }
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERED);
        if (chosen == null) {
            return "html";
        }
        return switch (chosen.getContentTypeStr()) {
            case "text/turtle" -> "turtle";
            case "application/ld+json" -> "jsonld";
            default -> "html";
        };
    }

    private static String rdf(Model m, RDFFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, format);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void write(HttpServletResponse res, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        res.setContentType(contentType);
        res.setContentLength(bytes.length);
        res.getOutputStream().write(bytes);
    }

    private static void asset(HttpServletResponse res, String name, String contentType) throws IOException {
        try (InputStream in = PageHandler.class.getResourceAsStream("/isnad/web/" + name)) {
            if (in == null) {
                res.sendError(404);
                return;
            }
            res.setHeader("Cache-Control", "max-age=3600");
            write(res, contentType, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The page for a path or resource that does not exist. */
    private record NotFound(String path, String id) implements View {
        @Override
        public String title() {
            return "Not found";
        }

        @Override
        public void body(Html h) {
            h.element("h1", "Not found");
            h.open("p").text("Nothing in the store answers ").element("code", PREFIX + path + (id == null ? "" : "?id=" + id))
                    .text(". Search for a name instead:").close("p");
            SearchPage.form(h, "");
        }

        @Override
        public Model rdf() {
            return org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        }
    }
}
