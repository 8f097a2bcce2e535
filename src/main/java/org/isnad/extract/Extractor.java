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
import java.nio.file.Path;
import java.util.LinkedHashMap;

/**
 * The extraction stage's entry point: a document in, plain records out (entities with every mention,
 * meetings, claims). Holds the language packs, built once from the data files; thread-safe.
 */
public final class Extractor {
    /**
     * Bounds on what one claim cites, so that extraction output grows linearly with the input: a
     * claim's content is at most this many tokens, its evidence at most {@link #MAX_EVIDENCE_TOKENS}
     * of its sentence (ordinary sentences are far shorter and are cited whole).
     */
    static final int MAX_CONTENT_TOKENS = 200;
    static final int MAX_EVIDENCE_TOKENS = 300;

    private final Gazetteer gazetteer;
    private final Map<String, EventType> eventTypes = EventType.bundled();
    /** Every language's pack, built (and its rules compiled) when the extractor is: a bad rule stops start-up. */
    private final Map<String, LanguagePack> packs = new LinkedHashMap<>();

    /** When set, a failing rule stage throws instead of being logged and skipped: for tests. */
    private final boolean strict;

    private final List<Path> languageFolders;
    private volatile String fingerprint;

    public Extractor(Gazetteer gazetteer) {
        this(gazetteer, List.of(), false);
    }

    /**
     * @param languageFolders more languages, each a folder like data/languages/ar (or a folder of such
     *                        folders); one with the code of a bundled language replaces it
     * @param strict          a failing rule stage throws instead of being logged and skipped (for tests)
     */
    public Extractor(Gazetteer gazetteer, List<Path> languageFolders, boolean strict) {
        this.gazetteer = gazetteer;
        this.strict = strict;
        this.languageFolders = List.copyOf(languageFolders);
        for (LanguageData data : LanguageData.discover(languageFolders).values()) {
            packs.put(data.language, new LanguagePack(data, gazetteer, eventTypes));
        }
    }

    /** An extractor over the bundled gazetteer. */
    public static Extractor standard() {
        return new Extractor(Gazetteer.bundled());
    }

    /** Like {@link #standard()}, but a rule that fails throws: so that tests see every failure. */
    public static Extractor strict() {
        return new Extractor(Gazetteer.bundled(), List.of(), true);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The compiled rules of a language, for the test that runs every rule's examples. */
    List<Rule> rules(String language) {
        return packs.get(language).rules;
    }

    /** The language codes this extractor reads, from the language folders found. */
    public Set<String> languages() {
        return packs.keySet();
    }

    /**
     * A digest of this extractor's code and data (bundled and extra): see {@link Fingerprint}. Computed
     * once, on first use, because it reads every data file again.
     */
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            List<Path> sources = new ArrayList<>(languageFolders);
            sources.addAll(gazetteer.extraSources());
            f = Fingerprint.of(sources);
            fingerprint = f;
        }
        return f;
    }

    /**
     * A digest of everything that decides what {@link #extract} makes of {@code document} and how it is
     * stored: this extractor's fingerprint, the text and every metadata field but the origin (which
     * only names the file in messages). Equal hashes mean equal graphs, so a stored document with the
     * same hash need not be extracted again.
     */
    public String inputHash(SourceDocument document) {
        java.security.MessageDigest md = Fingerprint.sha256();
        for (String field : new String[] {fingerprint(), document.text(), document.title(), document.url(),
                document.published() == null ? null : document.published().toString(), document.publisher(),
                document.language()}) {
            // Each field with its length, and null apart from empty, so that no two inputs run together alike.
            if (field == null) {
                md.update((byte) 0);
            } else {
                byte[] b = field.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                md.update((byte) 1);
                md.update(java.nio.ByteBuffer.allocate(4).putInt(b.length).array());
                md.update(b);
            }
        }
        return java.util.HexFormat.of().formatHex(md.digest());
    }

    public Extraction extract(SourceDocument document) {
        String language = document.language() != null && packs.containsKey(document.language())
                ? document.language() : detectLanguage(document.text());
        LanguagePack pack = packs.get(language);
        AnalyzedText text = TextAnalyzer.analyze(document.text());
        Context cx = new Context(document, text, pack);
        RuleEngine engine = new RuleEngine(cx);
        Map<EntityRegistry.Node, RuleEngine.Because> madeByRules = guarded(document, "entities", () -> {
            EntityFinder finder = new EntityFinder(cx);
            finder.run();
            Map<EntityRegistry.Node, RuleEngine.Because> made = entitiesFromRules(cx, engine);
            if (!made.isEmpty()) {
                finder.shortNamesOf(made.keySet()); // "Nduhungirehe" after a rule found "Olivier Nduhungirehe"
            }
            return made;
        }, Map.of());
        ClaimFinder claimFinder = new ClaimFinder(cx, engine);
        List<ClaimFinder.Draft> claimDrafts = guarded(document, "claims", claimFinder::run, List.of());
        Map<Integer, List<RuleEngine.Hit>> eventHits = guarded(document, "event rules",
                () -> engine.run(Rule.Stage.EVENTS), Map.of());
        List<MeetingFinder.Draft> meetingDrafts = guarded(document, "meetings",
                () -> new MeetingFinder(cx, claimDrafts, engine, eventHits).run(), List.of());
        List<EventFinder.Draft> eventDrafts = guarded(document, "events",
                () -> new EventFinder(cx, engine, eventTypes).run(eventHits), List.of());

        List<Explanation> explanations = new ArrayList<>();
        Set<EntityRegistry.Node> referenced = new HashSet<>();
        List<Meeting> meetings = new ArrayList<>();
        EventType meetingType = eventTypes.get("meeting");
        for (MeetingFinder.Draft d : meetingDrafts) {
            referenced.addAll(d.participants);
            referenced.addAll(d.locations);
            MeetingStatus status = d.finalStatus(document.published());
            String id = "m" + (meetings.size() + 1);
            meetings.add(new Meeting(id, ids(d.participants), ids(d.locations), status, d.date,
                    new ArrayList<>(d.topics), evidence(cx, d.sentences), meetingType.code(status, mode(d.modes))));
            d.because.forEach(b -> explanations.add(explain(cx, id, b)));
        }
        List<Event> events = new ArrayList<>();
        for (EventFinder.Draft d : eventDrafts) {
            Map<String, List<String>> roles = new LinkedHashMap<>();
            d.roles.forEach((role, nodes) -> roles.put(role, ids(nodes)));
            d.roles.values().forEach(referenced::addAll);
            referenced.addAll(d.locations);
            MeetingStatus status = MeetingStatus.reportedOrByDate(d.status, d.date, document.published());
            String id = "v" + (events.size() + 1);
            events.add(new Event(id, d.type.code(status, null), d.type.rdfClass(), roles, ids(d.locations), status,
                    d.date, new ArrayList<>(d.topics), evidence(cx, d.sentences)));
            d.because.forEach(b -> explanations.add(explain(cx, id, b)));
        }
        List<Claim> claims = new ArrayList<>();
        for (ClaimFinder.Draft d : claimDrafts) {
            referenced.addAll(d.claimants());
            if (d.via() != null) {
                referenced.add(d.via());
            }
            int contentEnd = Math.min(d.contentEnd(), d.contentFirst() + MAX_CONTENT_TOKENS);
            Mention content = contentEnd > d.contentFirst()
                    ? cx.mention(cx.token(d.contentFirst()).start(), cx.token(contentEnd - 1).end()) : null;
            List<String> about = new ArrayList<>();
            for (EntityRegistry.Node n : claimFinder.entitiesIn(d.contentFirst(), contentEnd)) {
                if (!d.claimants().contains(n) && !about.contains(n.id)) {
                    about.add(n.id);
                }
            }
            for (int k = 0; k < meetingDrafts.size(); k++) {
                if (meetingDrafts.get(k).sentences.contains(d.sentence().index())) {
                    about.add(meetings.get(k).id());
                }
            }
            String id = "c" + (claims.size() + 1);
            claims.add(new Claim(id, ids(d.claimants()), d.via() == null ? null : d.via().id, d.stance(), content,
                    d.directQuote(), about, sentenceSpan(cx, d.sentence(), d.verb())));
            RuleEngine.Because b = claimFinder.because.get(d);
            if (b != null) {
                explanations.add(explain(cx, id, b));
            }
        }
        List<Entity> entities = new ArrayList<>();
        Set<String> keep = keptIds(cx.registry.nodes(), referenced);
        for (Entity e : cx.registry.build()) {
            if (keep.contains(e.id())) {
                entities.add(e);
            }
        }
        madeByRules.forEach((node, b) -> {
            if (keep.contains(node.id)) {
                explanations.add(explain(cx, node.id, b));
            }
        });
        return new Extraction(document, language, entities, meetings, claims, events, explanations);
    }

    /** The entities the entities-stage rules name, each over tokens no earlier finding took. */
    private static Map<EntityRegistry.Node, RuleEngine.Because> entitiesFromRules(Context cx, RuleEngine engine) {
        Map<EntityRegistry.Node, RuleEngine.Because> made = new LinkedHashMap<>();
        Map<Integer, List<RuleEngine.Hit>> all = engine.run(Rule.Stage.ENTITIES);
        Set<String> partsOfLongerNames = partsOfLongerPersonNames(cx, engine, all);
        for (List<RuleEngine.Hit> hits : all.values()) {
            for (RuleEngine.Hit hit : hits) {
                int[] name = engine.range(hit, "name");
                if (!freeOrNested(cx, name)) {
                    continue;
                }
                if (name[1] - name[0] == 1 && isPerson(hit) && partsOfLongerNames.contains(cx.token(name[0]).folded())) {
                    continue; // "Mr Amolo" after "Tom Amolo": the short-name pass makes it a mention of him
                }
                EntityRegistry.Node node = cx.registry.forName(EntityType.parse(hit.rule().action().type()), engine.text(name));
                String subtype = engine.setting(hit, "subtype");
                if (subtype != null && node.subtype == null) {
                    node.subtype = subtype;
                }
                for (Span s : cx.spansIn(name[0], name[1])) {
                    if (!s.adjective() && s.entity().isOutlet()) {
                        cx.removeSpan(s); // the magazine Foreign Affairs read inside the Ministry of Foreign Affairs
                    }
                }
                cx.addSpan(name[0], name[1], cx.token(name[0]).start(), node, null, false);
                made.putIfAbsent(node, hit.because());
            }
        }
        return made;
    }

    /** The first and last words of the several-word person names the rules found. */
    private static Set<String> partsOfLongerPersonNames(Context cx, RuleEngine engine, Map<Integer, List<RuleEngine.Hit>> all) {
        Set<String> parts = new HashSet<>();
        for (List<RuleEngine.Hit> hits : all.values()) {
            for (RuleEngine.Hit hit : hits) {
                int[] name = engine.range(hit, "name");
                if (isPerson(hit) && name[1] - name[0] >= 2) {
                    parts.add(cx.token(name[0]).folded());
                    parts.add(cx.token(name[1] - 1).folded());
                }
            }
        }
        return parts;
    }

    private static boolean isPerson(RuleEngine.Hit hit) {
        return EntityType.parse(hit.rule().action().type()) == EntityType.PERSON;
    }

    /**
     * Whether a rule may name tokens [from, to): none taken, or taken only by mentions lying inside it that
     * are not people ("Mexico" inside "Mexico's foreign ministry" stays a mention of its own, nested).
     */
    private static boolean freeOrNested(Context cx, int[] name) {
        for (int i = name[0]; i < name[1]; i++) {
            Span s = cx.spanAt(i);
            if (s != null && (s.first() < name[0] || s.end() > name[1] || s.entity().type == EntityType.PERSON)) {
                return false;
            }
        }
        return true;
    }

    /** Phone over visit over in person: the most specific way a meeting was held that its reports name. */
    private static String mode(Set<String> modes) {
        return modes.contains("phone") ? "phone" : modes.contains("visit") ? "visit" : null;
    }

    private static List<Mention> evidence(Context cx, java.util.Collection<Integer> sentences) {
        List<Mention> out = new ArrayList<>();
        for (int s : sentences) {
            Sentence sentence = cx.text.sentences().get(s);
            out.add(sentenceSpan(cx, sentence, sentence.firstToken()));
        }
        return out;
    }

    private static Explanation explain(Context cx, String fact, RuleEngine.Because b) {
        int begin = cx.token(b.first()).start();
        int end = cx.token(b.end() - 1).end();
        return new Explanation(fact, b.rule(), b.source(), cx.text.text().substring(begin, end), begin, end);
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

    /**
     * The sentence as evidence; of a sentence longer than {@link #MAX_EVIDENCE_TOKENS}, only the stretch
     * around token {@code around}, so that a sentence with thousands of claims does not cite itself
     * whole thousands of times (output must stay linear in the input).
     */
    private static Mention sentenceSpan(Context cx, Sentence s, int around) {
        int first = s.firstToken();
        int end = s.endToken();
        if (end - first > MAX_EVIDENCE_TOKENS) {
            first = Math.max(first, Math.min(around - MAX_EVIDENCE_TOKENS / 2, end - MAX_EVIDENCE_TOKENS));
            end = first + MAX_EVIDENCE_TOKENS;
        }
        return cx.mention(cx.token(first).start(), cx.token(end - 1).end());
    }

    /**
     * The language whose script (language.tsv) most of the text's letters are in; among languages of
     * one script, the one with most of its function words in the text.
     */
    String detectLanguage(String text) {
        int[] letters = new int[Character.UnicodeScript.values().length];
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                letters[Character.UnicodeScript.of(c).ordinal()]++;
            }
            i += Character.charCount(c);
        }
        Character.UnicodeScript most = Character.UnicodeScript.LATIN;
        for (Character.UnicodeScript sc : Character.UnicodeScript.values()) {
            if (letters[sc.ordinal()] > letters[most.ordinal()]) {
                most = sc;
            }
        }
        String script = most.name().toLowerCase(java.util.Locale.ROOT);
        List<LanguagePack> candidates = packs.values().stream().filter(p -> p.script.equals(script)).toList();
        if (candidates.isEmpty()) {
            candidates = List.copyOf(packs.values());
        }
        if (candidates.size() == 1) {
            return candidates.get(0).language;
        }
        List<org.isnad.text.Token> tokens = TextAnalyzer.analyze(text.length() > 5000 ? text.substring(0, 5000) : text).tokens();
        LanguagePack best = candidates.get(0);
        long bestCount = -1;
        for (LanguagePack p : candidates) {
            long count = tokens.stream().filter(t -> p.isFunctionWord(t.folded())).count();
            if (count > bestCount) {
                best = p;
                bestCount = count;
            }
        }
        return best.language;
    }
}
