package org.isnad.serve.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.isnad.store.IsnadStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuseki's own query UI (the jena-fuseki-ui artifact) at {@code /}, read-only. Only the read parts of
 * Fuseki's admin API are installed ({@code /$/server} to list the dataset, {@code /$/ping},
 * {@code /$/stats}); creating, deleting, backing up or uploading has no endpoint to call.
 *
 * <p>The UI's example queries and prefix buttons are constants in its compiled query page. That one
 * file is served rewritten, with Isnad's bundled queries ({@code sparql/*.rq}) and prefixes in place
 * of Fuseki's two generic examples, which stay after them.
 */
public final class QueryUi {
    static final String WEBAPP = "webapp";
    /** The UI's example list and prefix list as compiled in jena-fuseki-ui 5.6.0. */
    static final Pattern EXAMPLES = Pattern.compile("queries:\\[(\\{value:SELECT_TRIPLES_QUERY,[^\\]]*)\\]");
    static final Pattern PREFIXES = Pattern.compile("prefixes:\\[\\{uri:\"http://www\\.w3\\.org/1999/02/22-rdf-syntax-ns#\"[^\\]]*\\]");
    private static final Pattern QUERY_PAGE = Pattern.compile("Query-[A-Za-z0-9_-]+\\.js");
    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryUi() {
    }

    /** Installs the UI on a server being built; does nothing (with a warning) when the UI is not on the class path. */
    public static void install(FusekiServer.Builder b) {
        Resource webapp = ResourceFactory.closeable().newClassLoaderResource(WEBAPP);
        if (webapp == null) {
            org.slf4j.LoggerFactory.getLogger(QueryUi.class).warn("Fuseki UI not found on the class path: / shows nothing");
            return;
        }
        b.staticFileBase(webapp.getURI().toString())
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/validate/query", new QueryValidator())
                .enableStats(true)
                .enablePing(true);
        String queryPage = queryPageName();
        if (queryPage != null) {
            String patched = withIsnadExamples(resource(WEBAPP + "/" + queryPage));
            b.addServlet("/" + queryPage, new Script(patched));
        }
    }

    /** The hashed file name of the UI's query page, read from its entry script. */
    static String queryPageName() {
        String index = resource(WEBAPP + "/index.html");
        Matcher entry = Pattern.compile("static/index-[A-Za-z0-9_-]+\\.js").matcher(index);
        if (!entry.find()) {
            return null;
        }
        Matcher page = QUERY_PAGE.matcher(resource(WEBAPP + "/" + entry.group()));
        return page.find() ? "static/" + page.group() : null;
    }

    /** The query page script with Isnad's examples first and Isnad's prefixes as the prefix buttons. */
    static String withIsnadExamples(String script) {
        Matcher ex = EXAMPLES.matcher(script);
        Matcher px = PREFIXES.matcher(script);
        if (!ex.find() || !px.find()) {
            throw new IllegalStateException("the Fuseki UI's query page has changed: its example list was not found");
        }
        List<Map<String, String>> examples = new ArrayList<>();
        bundledQueries().forEach((name, text) -> examples.add(Map.of("text", name, "value", text)));
        List<Map<String, String>> prefixes = new ArrayList<>();
        Map<String, String> known = new TreeMap<>(IsnadStore.standardPrefixes());
        known.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        known.forEach((p, uri) -> prefixes.add(Map.of("text", p, "uri", uri)));
        try {
            String ours = JSON.writeValueAsString(examples);
            String replacedExamples = "queries:" + ours.substring(0, ours.length() - 1) + "," + ex.group(1) + "]";
            String prefixList = "prefixes:" + JSON.writeValueAsString(prefixes);
            // Replace the later match first so the earlier one's offsets stay valid.
            StringBuilder out = new StringBuilder(script);
            if (px.start() > ex.start()) {
                out.replace(px.start(), px.end(), prefixList).replace(ex.start(), ex.end(), replacedExamples);
            } else {
                out.replace(ex.start(), ex.end(), replacedExamples).replace(px.start(), px.end(), prefixList);
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled queries by name, in name order, read from the class path ({@code isnad/sparql/*.rq}). */
    public static Map<String, String> bundledQueries() {
        Map<String, String> out = new LinkedHashMap<>();
        Resource dir = ResourceFactory.closeable().newClassLoaderResource("isnad/sparql");
        if (dir == null) {
            return out;
        }
        dir.list().stream()
                .map(Resource::getFileName)
                .filter(n -> n.endsWith(".rq"))
                .sorted()
                .forEach(n -> out.put(n.substring(0, n.length() - 3), resource("isnad/sparql/" + n)));
        return out;
    }

    static String resource(String path) {
        try (InputStream in = QueryUi.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing on the class path: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves one script held in memory. */
    private static final class Script extends HttpServlet {
        private final byte[] body;

        Script(String text) {
            this.body = text.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            res.setContentType("text/javascript;charset=utf-8");
            res.setContentLength(body.length);
            res.getOutputStream().write(body);
        }
    }
}
