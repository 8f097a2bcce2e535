package org.isnad.serve;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.isnad.rdf.Vocab;
import org.isnad.store.IsnadStore;
import org.isnad.testutil.Cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The test store of the web tests: the seed, our Arabic test articles, the English blind-set articles,
 * a hostile article ingested as a user would, and a graph of hostile labels written straight into the
 * store (labels extraction would never produce, as a malicious or broken source could). Built once per
 * test JVM, served by {@link #start()} on a free loopback port.
 */
public final class ServedStore implements AutoCloseable {
    public static final String HOSTILE_DOC = Vocab.ID + "doc/hostile-labels";
    public static final String HOSTILE_ACTOR = Vocab.ID + "person/hostile";
    public static final String HOSTILE_LABEL_EN = "<script>alert('label')</script> \"Q\" & 'A'";
    /** An Arabic label wrapped in a right-to-left override, as a bidi-spoofing label would be. */
    public static final String HOSTILE_LABEL_AR = "\u202eفلان الفلاني\u202c <b>";
    public static final String HOSTILE_TEXT = "Intro. <script>alert('doc')</script> \"quoted\" & \u202eevil\u202c said it. End.";

    /** Where the cross-document work (issue 10) puts its events and propositions. */
    public static final String EVENTS_GRAPH = "https://w3id.org/isnad/graph/events";
    public static final String SEED_DOC = Vocab.ID + "doc/t330f9a6d6a7b5f248b0b9867885cbb1c";
    public static final String CROSS_EVENT = Vocab.ID + "event/putin-kim";
    public static final String PROPOSITION = Vocab.ID + "proposition/p1";

    /**
     * The seed's facts the tests look at, found by what they are rather than by their numbers (which
     * change as the extraction rules improve): short ids after https://w3id.org/isnad/id/.
     *
     * @param plannedMeeting Putin and Kim's planned meeting
     * @param pastMeeting    their meeting that took place
     * @param kirbyClaim     Kirby's claim about Shoigu's visit, and its sentence's offsets
     */
    public record SeedFacts(String plannedMeeting, String pastMeeting, String kirbyClaim, int claimBegin, int claimEnd) {
    }

    /** A person known by an Arabic name only, as an unlinked name in an Arabic article is. */
    public static final String ARABIC_ONLY_DOC = Vocab.ID + "doc/arabic-only";
    public static final String ARABIC_ONLY_PERSON = Vocab.ID + "person/arabic-only";
    public static final String ARABIC_ONLY_NAME = "نيكولاي باتروشيف";

    private static Path built;
    private static SeedFacts seed;

    public final IsnadStore store;
    public final SparqlServer server;
    public final String base;

    private ServedStore(IsnadStore store, SparqlServer server) {
        this.store = store;
        this.server = server;
        this.base = "http://127.0.0.1:" + server.port();
    }

    public static synchronized Path location() {
        if (built == null) {
            try {
                Path dir = Files.createTempDirectory("isnad-web-store");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
                List<Object> args = new java.util.ArrayList<>(List.of("ingest", "--db", dir, Cli.SEEDS,
                        "src/test/resources/web/hostile.json"));
                args.addAll(texts(Path.of("src/test/resources/articles")));
                args.addAll(texts(Path.of("src/test/resources/blind2/en")));
                Cli.ok(args.toArray());
                try (IsnadStore s = IsnadStore.open(dir)) {
                    seed = seedFacts(s);
                    s.store(List.of(new IsnadStore.DocumentGraph(HOSTILE_DOC, hostileGraph()),
                            new IsnadStore.DocumentGraph(EVENTS_GRAPH, crossDocumentGraph(seed)),
                            new IsnadStore.DocumentGraph(ARABIC_ONLY_DOC, arabicOnlyGraph())));
                }
                built = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (org.isnad.store.StoreProblem e) {
                throw new IllegalStateException(e);
            }
        }
        return built;
    }

    public static SeedFacts seed() {
        location();
        return seed;
    }

    private static final String Q = "PREFIX isnad: <https://w3id.org/isnad/ns#>\n"
            + "PREFIX prov: <http://www.w3.org/ns/prov#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>\n";

    private static SeedFacts seedFacts(IsnadStore s) {
        String meeting = Q + "SELECT ?m WHERE { ?m a isnad:Meeting ; isnad:status isnad:%s ; prov:wasDerivedFrom <" + SEED_DOC + "> ;"
                + " isnad:participant <" + Vocab.ID + "wd/Q7747>, <" + Vocab.ID + "wd/Q56226> } ORDER BY ?m LIMIT 1";
        String claim = Q + "SELECT ?c ?b ?e WHERE { ?c a isnad:Claim ; prov:wasDerivedFrom <" + SEED_DOC + "> ; isnad:claimant ?k ;"
                + " isnad:content ?t ; isnad:evidence ?ev . ?ev nif:beginIndex ?b ; nif:endIndex ?e . ?k rdfs:label ?l"
                + " FILTER(CONTAINS(?l, \"كيربي\") && CONTAINS(?t, \"شويغو\")) } ORDER BY ?c LIMIT 1";
        var planned = s.select(meeting.formatted("Planned"), java.util.Map.of(), 30).next();
        var past = s.select(meeting.formatted("Occurred"), java.util.Map.of(), 30).next();
        var kirby = s.select(claim, java.util.Map.of(), 30).next();
        return new SeedFacts(shortId(planned.getResource("m").getURI()), shortId(past.getResource("m").getURI()),
                shortId(kirby.getResource("c").getURI()), kirby.getLiteral("b").getInt(), kirby.getLiteral("e").getInt());
    }

    private static String shortId(String iri) {
        return iri.substring(Vocab.ID.length());
    }

    /** The articles of a folder, without their gold files. */
    private static List<Path> texts(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    public static ServedStore start() {
        IsnadStore store;
        try {
            store = IsnadStore.open(location());
        } catch (org.isnad.store.StoreProblem e) {
            throw new IllegalStateException(e);
        }
                return new ServedStore(store, SparqlServer.start(store.dataset(), "127.0.0.1", 0, 10, List.of()));
    }

    /** A document, an actor with hostile labels, its claim and its meeting with Putin. */
    static Model hostileGraph() {
        Model m = ModelFactory.createDefaultModel();
        Resource doc = m.createResource(HOSTILE_DOC).addProperty(RDF.type, Vocab.Document)
                .addProperty(Vocab.text, HOSTILE_TEXT).addProperty(Vocab.language, "en")
                .addProperty(Vocab.title, "</title><script>alert('t')</script>", "en");
        int begin = HOSTILE_TEXT.indexOf("<script>");
        int end = HOSTILE_TEXT.indexOf(" End.");
        Resource span = m.createResource(HOSTILE_DOC + "#char=" + begin + "," + end)
                .addProperty(Vocab.beginIndex, m.createTypedLiteral(Integer.toString(begin), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(Vocab.endIndex, m.createTypedLiteral(Integer.toString(end), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(Vocab.anchorOf, HOSTILE_TEXT.substring(begin, end));
        Resource actor = m.createResource(HOSTILE_ACTOR).addProperty(RDF.type, Vocab.Person)
                .addProperty(RDFS.label, HOSTILE_LABEL_EN, "en").addProperty(RDFS.label, HOSTILE_LABEL_AR, "ar")
                .addProperty(Vocab.role, "</td><script>alert('role')</script>")
                .addProperty(Vocab.wasDerivedFrom, doc).addProperty(Vocab.mention, span);
        m.createResource(HOSTILE_DOC + "/claim/c1").addProperty(RDF.type, Vocab.Claim)
                .addProperty(Vocab.claimant, actor).addProperty(Vocab.stance, Vocab.term("Assert"))
                .addLiteral(Vocab.directQuote, true)
                .addProperty(Vocab.content, "<iframe src=\"javascript:alert('c')\"></iframe>")
                .addProperty(Vocab.evidence, span).addProperty(Vocab.wasDerivedFrom, doc);
        m.createResource(HOSTILE_DOC + "/meeting/m1").addProperty(RDF.type, Vocab.Meeting)
                .addProperty(Vocab.status, Vocab.term("Occurred"))
                .addProperty(Vocab.participant, actor).addProperty(Vocab.participant, m.createResource(Vocab.ID + "wd/Q7747"))
                .addProperty(Vocab.date, m.createTypedLiteral("2024-03-05", XSDDatatype.XSDdate))
                .addProperty(Vocab.evidence, span).addProperty(Vocab.wasDerivedFrom, doc);
        return m;
    }

    /**
     * Cross-document facts as the events graph will hold them: an isnad:Event with two reports (the
     * seed's planned and past Putin–Kim meetings), and a proposition two claims state.
     */
    static Model crossDocumentGraph(SeedFacts seed) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(CROSS_EVENT).addProperty(RDF.type, Vocab.Event)
                .addProperty(Vocab.roleProperty("report"), m.createResource(Vocab.ID + seed.plannedMeeting()))
                .addProperty(Vocab.roleProperty("report"), m.createResource(Vocab.ID + seed.pastMeeting()));
        Resource p = m.createResource(PROPOSITION).addProperty(RDF.type, Vocab.term("Proposition"));
        m.createResource(Vocab.ID + seed.kirbyClaim()).addProperty(Vocab.roleProperty("proposition"), p);
        m.createResource(HOSTILE_DOC + "/claim/c1").addProperty(Vocab.roleProperty("proposition"), p);
        return m;
    }

    static Model arabicOnlyGraph() {
        Model m = ModelFactory.createDefaultModel();
        String text = "التقى " + ARABIC_ONLY_NAME + " وفدا.";
        Resource doc = m.createResource(ARABIC_ONLY_DOC).addProperty(RDF.type, Vocab.Document)
                .addProperty(Vocab.text, text).addProperty(Vocab.language, "ar");
        int begin = text.indexOf(ARABIC_ONLY_NAME);
        Resource span = m.createResource(ARABIC_ONLY_DOC + "#char=" + begin + "," + (begin + ARABIC_ONLY_NAME.length()))
                .addProperty(Vocab.beginIndex, m.createTypedLiteral(Integer.toString(begin), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(Vocab.endIndex, m.createTypedLiteral(Integer.toString(begin + ARABIC_ONLY_NAME.length()),
                        XSDDatatype.XSDnonNegativeInteger))
                .addProperty(Vocab.anchorOf, ARABIC_ONLY_NAME);
        m.createResource(ARABIC_ONLY_PERSON).addProperty(RDF.type, Vocab.Person)
                .addProperty(RDFS.label, ARABIC_ONLY_NAME, "ar").addProperty(Vocab.wasDerivedFrom, doc).addProperty(Vocab.mention, span);
        return m;
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
