package org.isnad.extract;

import org.isnad.read.SourceDocument;
import org.isnad.text.AnalyzedText;
import org.isnad.text.Sentence;
import org.isnad.text.TextAnalyzer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The extraction stage's entry point: a document in, plain records out (entities with every mention,
 * meetings, claims). Holds the language packs, built once from the data files; thread-safe.
 */
public final class Extractor {
    private static final List<String> LANGUAGES = List.of("ar", "en");

    private final Gazetteer gazetteer;
    private final Map<String, LanguagePack> packs = new ConcurrentHashMap<>();

    /** When set, a failing rule stage throws instead of being logged and skipped: for tests. */
    private final boolean strict;

    public Extractor(Gazetteer gazetteer) {
        this(gazetteer, false);
    }

    private Extractor(Gazetteer gazetteer, boolean strict) {
        this.gazetteer = gazetteer;
        this.strict = strict;
    }

    /** An extractor over the bundled gazetteer. */
    public static Extractor standard() {
        return new Extractor(Gazetteer.bundled());
    }

    /** Like {@link #standard()}, but a rule that fails throws: so that tests see every failure. */
    public static Extractor strict() {
        return new Extractor(Gazetteer.bundled(), true);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Extraction extract(SourceDocument document) {
        String language = document.language() != null && LANGUAGES.contains(document.language())
                ? document.language() : detectLanguage(document.text());
        LanguagePack pack = packs.computeIfAbsent(language, l -> new LanguagePack(l, gazetteer));
        AnalyzedText text = TextAnalyzer.analyze(document.text());
        Context cx = new Context(document, text, pack);
        guarded(document, "entities", () -> {
            new EntityFinder(cx).run();
            return null;
        }, null);
        ClaimFinder claimFinder = new ClaimFinder(cx);
        List<ClaimFinder.Draft> claimDrafts = guarded(document, "claims", claimFinder::run, List.of());
        List<MeetingFinder.Draft> meetingDrafts = guarded(document, "meetings",
                () -> new MeetingFinder(cx, claimDrafts).run(), List.of());

        List<Meeting> meetings = new ArrayList<>();
        Set<EntityRegistry.Node> referenced = new HashSet<>();
        for (MeetingFinder.Draft d : meetingDrafts) {
            referenced.addAll(d.participants);
            referenced.addAll(d.locations);
            List<Mention> evidence = new ArrayList<>();
            for (int s : d.sentences) {
                evidence.add(sentenceSpan(cx, text.sentences().get(s)));
            }
            meetings.add(new Meeting("m" + (meetings.size() + 1), ids(d.participants), ids(d.locations),
                    d.finalStatus(document.published()), d.date, new ArrayList<>(d.topics), evidence));
        }
        List<Claim> claims = new ArrayList<>();
        for (ClaimFinder.Draft d : claimDrafts) {
            referenced.addAll(d.claimants());
            if (d.via() != null) {
                referenced.add(d.via());
            }
            Mention content = d.contentEnd() > d.contentFirst()
                    ? cx.mention(cx.token(d.contentFirst()).start(), cx.token(d.contentEnd() - 1).end()) : null;
            List<String> about = new ArrayList<>();
            for (EntityRegistry.Node n : claimFinder.entitiesIn(d.contentFirst(), d.contentEnd())) {
                if (!d.claimants().contains(n) && !about.contains(n.id)) {
                    about.add(n.id);
                }
            }
            for (int k = 0; k < meetingDrafts.size(); k++) {
                if (meetingDrafts.get(k).sentences.contains(d.sentence().index())) {
                    about.add(meetings.get(k).id());
                }
            }
            claims.add(new Claim("c" + (claims.size() + 1), ids(d.claimants()),
                    d.via() == null ? null : d.via().id, d.stance(), content, d.directQuote(), about,
                    sentenceSpan(cx, d.sentence())));
        }
        List<Entity> entities = new ArrayList<>();
        Set<String> keep = keptIds(cx.registry.nodes(), referenced);
        for (Entity e : cx.registry.build()) {
            if (keep.contains(e.id())) {
                entities.add(e);
            }
        }
        return new Extraction(document, language, entities, meetings, claims);
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Extractor.class);

    /**
     * Runs one stage; if a rule fails on some unforeseen text, the document keeps what the other
     * stages found (and the failure is logged) rather than being lost whole.
     */
    private <T> T guarded(SourceDocument document, String stage, java.util.function.Supplier<T> work, T fallback) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (strict) {
                throw e;
            }
            LOG.warn("{}: {} extraction failed ({}); keeping the rest of the document", document.origin(), stage, e.toString());
            return fallback;
        }
    }

    /** Nodes with mentions, nodes that meetings and claims refer to, and whatever those are affiliated to. */
    private static Set<String> keptIds(List<EntityRegistry.Node> nodes, Set<EntityRegistry.Node> referenced) {
        Set<String> keep = new HashSet<>();
        for (EntityRegistry.Node n : nodes) {
            if (!n.mentions.isEmpty() || referenced.contains(n)) {
                for (EntityRegistry.Node a = n; a != null && keep.add(a.id); a = a.affiliation) {
                    // the affiliation chain stays so that every isnad:affiliation points at a node
                }
            }
        }
        return keep;
    }

    private static List<String> ids(java.util.Collection<EntityRegistry.Node> nodes) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (EntityRegistry.Node n : nodes) {
            out.add(n.id);
        }
        return new ArrayList<>(out);
    }

    private static Mention sentenceSpan(Context cx, Sentence s) {
        return cx.mention(cx.token(s.firstToken()).start(), cx.token(s.endToken() - 1).end());
    }

    /** Arabic when Arabic letters outnumber Latin ones, else English. */
    static String detectLanguage(String text) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0600 && c <= 0x06FF) {
                arabic++;
            } else if (c < 0x0250 && Character.isLetter(c)) {
                latin++;
            }
        }
        return arabic >= latin && arabic > 0 ? "ar" : "en";
    }
}
