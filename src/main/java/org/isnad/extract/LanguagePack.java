package org.isnad.extract;

import org.isnad.text.Fold;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lexicon of one language and the gazetteer, indexed for matching. Built once and shared:
 * every index is read-only after construction, so one pack serves many threads.
 */
final class LanguagePack {
    /** A reporting verb; {@code clause} when it reports only with a clause (qāl in…), not with an object (aʿln atfāqhmā). */
    record Verb(Stance stance, String agreement, boolean clause) {
        boolean needsClause() {
            return clause;
        }
    }

    record Title(String role, String kind) {
    }

    /**
     * A word that speaks of a meeting; {@code kind} is meet, visit, talk or join, {@code mode} how it
     * was held when the word says (visit, phone), for the event codes (see meeting-triggers.tsv).
     */
    record Trigger(boolean verb, MeetingStatus impliedStatus, String kind, String mode) {
        boolean isVisit() {
            return "visit".equals(kind);
        }

        boolean objectIsParticipant() {
            return !"talk".equals(kind) && !"join".equals(kind);
        }
    }

    /** A status cue; {@code scope} is before, any, modal, next or adjacent (see status-cues.tsv). */
    /** "the two leaders", "al-zʿmāʾ al-thlātha": the kind of actor a group word stands for, and how many. */
    record Group(String kind, int count) {
    }

    record Cue(MeetingStatus status, String scope) {
        boolean mustPrecede() {
            return !"any".equals(scope);
        }
    }

    record Anonymous(boolean plural, String kind) {
    }

    /**
     * Jobs the built-in finders give to a few words and marks of each language (lexicon/markers.tsv):
     * named here once, so that a role misspelt in the data is an error, not a rule silently off.
     */
    enum Marker {
        COMMAS, CLAUSE_PUNCT, SPOKESMAN_LINK, QUOTING, VIA, COMPLEMENT, YEAR_WORDS, VERBAL_NOUN_STARTS, WITH_CLITICS, DESTINATION_CLITICS, CONJUNCTIONS, PRONOUN_SUFFIXES, ONE_EACH, INVERTED_SPEECH, DEFINITE_ARTICLE, POSSESSIVE, DATELINE_DASHES;

        static Marker named(String role, String file) {
            for (Marker m : values()) {
                if (m.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-').equals(role)) {
                    return m;
                }
            }
            throw new RuleError(file, "unknown marker role \"" + role + "\"");
        }
    }

    final String language;
    final Morphology morphology;
    private final List<String> adjectiveEndings = new java.util.ArrayList<>();
    private final Map<Marker, Set<String>> markers = new java.util.EnumMap<>(Marker.class);
    /** Written forms that fold like a function word but are not it (ʿly the name, not ʿlā): function-words.tsv column 2. */
    private final Set<String> notFunctionWords = new HashSet<>();
    /** Their folded forms: only a token folding to one of these needs its written form checked. */
    private final Set<String> lookalikeFunctionWords = new HashSet<>();
    final Gazetteer gazetteer;

    /** Gazetteer labels and aliases, folded; and by "g"-key for names of four letters or more. */
    final PhraseIndex<GazetteerEntry> names = new PhraseIndex<>();
    final PhraseIndex<GazetteerEntry> namesByGKey = new PhraseIndex<>(Fold::gKey, Morphology.Reading::gKey);
    /** People's names by skeleton (long vowels dropped), for transliteration variants. */
    final PhraseIndex<GazetteerEntry> peopleBySkeleton = new PhraseIndex<>(Fold::skeleton, Morphology.Reading::skeleton);
    /** Names of other entries that are also an outlet's: what "al-shrq al-awsaṭ" is when no outlet noun says it is the newspaper. */
    final PhraseIndex<GazetteerEntry> namesOtherThanOutlets = new PhraseIndex<>();
    /** Inflected nisba adjectives (rūsī, al-rūsya, al-kūryīn al-shmālyīn) → their state. */
    final PhraseIndex<GazetteerEntry> adjectives = new PhraseIndex<>();

    final PhraseIndex<Verb> speechVerbs = new PhraseIndex<>();
    final PhraseIndex<Stance> quoteStances = new PhraseIndex<>();
    final PhraseIndex<String> sourceMarkers = new PhraseIndex<>();
    final PhraseIndex<Anonymous> anonymousSources = new PhraseIndex<>();
    final PhraseIndex<Title> titles = new PhraseIndex<>();
    final PhraseIndex<String> orgHeads = new PhraseIndex<>();
    final PhraseIndex<String> outletHeads = new PhraseIndex<>();
    final PhraseIndex<Trigger> meetingTriggers = new PhraseIndex<>();
    final PhraseIndex<Cue> statusCues = new PhraseIndex<>();
    final PhraseIndex<Group> pairWords = new PhraseIndex<>();
    final PhraseIndex<String> dates = new PhraseIndex<>();
    final Set<String> givenNames = new HashSet<>();
    /** Outlet names that are common phrases on their own (al-shrq al-aūsṭ): valid only after ṣḥīfa, qnāa… */
    final Set<String> headRequired = new HashSet<>();
    final Set<String> clauseBreaks = new HashSet<>();
    final Set<String> nameLinks = new HashSet<>();
    final Set<String> nameStarts = new HashSet<>();
    /** Words that close a compound name with the word before them (jār allāh, naṣr allāh). */
    final Set<String> nameEnds = new HashSet<>();
    final Set<String> prepositions = new HashSet<>();
    final Set<String> complementizers = new HashSet<>();
    final Set<String> demonstratives = new HashSet<>();
    /** Folded word → its role before a meeting's partner, place or topic (between, with, location…). */
    final Map<String, String> meetingMarkers = new HashMap<>();
    final Set<String> functionWords = new HashSet<>();
    /** Every folded single word that the lexicon gives a job: such a word is not part of a name. */
    final Set<String> lexiconWords = new HashSet<>();

    /** The language's rules, compiled, in file order. */
    final List<Rule> rules;
    /** Writing system its texts are in ("arabic", "latin"), from language.tsv, for detecting a text's language. */
    final String script;
    /** Whether a reporting verb's subject comes before it ("Mao Ning accused Manila"), from language.tsv word-order. */
    final boolean subjectFirst;

    private final LanguageData data;
    /** Lexicon files by name ("speech-verbs"): phrase classes for rules' lex: and verb: tests. */
    private final Map<String, PhraseIndex<?>> phraseClasses = new HashMap<>();
    private final Map<String, Set<String>> classValues = new HashMap<>();
    private final Map<String, Set<String>> wordClasses = new HashMap<>();

    LanguagePack(LanguageData data, Gazetteer gazetteer, Map<String, EventType> eventTypes) {
        this.data = data;
        this.language = data.language;
        this.gazetteer = gazetteer;
        String dir = "lexicon/";
        String[] scriptRow = data.table("language.tsv").stream().filter(r -> r[0].equals("script")).findFirst().orElse(null);
        this.script = scriptRow == null ? "latin" : Tables.cell(scriptRow, 1);
        this.subjectFirst = data.table("language.tsv").stream()
                .anyMatch(r -> r[0].equals("word-order") && "subject-verb".equals(Tables.cell(r, 1)));
        this.morphology = new Morphology(table(dir + "clitics.tsv"));
        for (String[] r : table(dir + "adjective-endings.tsv")) {
            adjectiveEndings.add(Tables.cell(r, 0) == null ? "" : r[0]);
        }
        for (String[] r : table(dir + "markers.tsv")) {
            Marker marker = Marker.named(r[0], data.where(dir + "markers.tsv"));
            for (String form : Tables.list(r, 1)) {
                markers.computeIfAbsent(marker, k -> new HashSet<>()).add(Fold.fold(form));
            }
        }
        List<String[]> titleRows = jobTable(dir + "titles.tsv");
        List<String[]> headRows = jobTable(dir + "outlet-heads.tsv");
        List<Lead> leads = leads(titleRows, headRows);
        Set<String> outletNames = new HashSet<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.isOutlet()) {
                withoutLeadingWords(e.allNames(), leads).forEach(l -> outletNames.add(Fold.fold(l)));
            }
        }
        for (GazetteerEntry e : gazetteer.entries()) {
            // every name in any language: a text in one language often writes names as another does
            for (String label : withoutLeadingWords(e.allNames(), leads)) {
                names.add(label, e);
                if (!e.isOutlet() && outletNames.contains(Fold.fold(label))) {
                    namesOtherThanOutlets.add(label, e);
                }
                if (Fold.fold(label).replace(" ", "").length() >= 4) {
                    namesByGKey.add(label, e);
                }
                if (e.type() == EntityType.PERSON && Fold.skeleton(Fold.fold(label)).length() >= Fold.MIN_SKELETON) {
                    peopleBySkeleton.add(label, e);
                }
            }
            for (String adjective : adjectiveEndings.isEmpty() ? List.<String>of() : e.names(language, GazetteerEntry.Kind.ADJECTIVE)) {
                for (String form : AdjectiveForms.of(adjective, adjectiveEndings, morphology.article())) {
                    adjectives.add(form, e);
                }
            }
        }
        // Languages whose adjectives do not inflect list them with the state they name (English: Chinese → China).
        Map<String, GazetteerEntry> statesByLabel = new HashMap<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.type() == EntityType.STATE && e.labelEn() != null) {
                statesByLabel.putIfAbsent(e.labelEn(), e);
            }
        }
        for (String[] r : jobTable(dir + "demonyms.tsv")) {
            GazetteerEntry state = statesByLabel.get(r[1]);
            if (state == null) {
                throw new RuleError(data.where(dir + "demonyms.tsv"), "no state labelled \"" + r[1] + "\" in the gazetteer");
            }
            adjectives.add(r[0], state);
        }
        for (String[] r : jobTable(dir + "speech-verbs.tsv")) {
            speechVerbs.add(r[0], verb(r));
        }
        for (String[] r : table(dir + "quote-stances.tsv")) {
            quoteStances.add(r[0], Stance.parse(r[1]));
        }
        for (String[] r : jobTable(dir + "source-markers.tsv")) {
            sourceMarkers.add(r[0], r[1]);
        }
        for (String[] r : jobTable(dir + "anonymous-sources.tsv")) {
            anonymousSources.add(r[0], new Anonymous("p".equals(r[1]), r[2]));
        }
        for (String[] r : titleRows) {
            titles.add(r[0], new Title(r[1], r[2]));
        }
        for (String[] r : jobTable(dir + "org-heads.tsv")) {
            orgHeads.add(r[0], r[1]);
        }
        for (String[] r : headRows) {
            outletHeads.add(r[0], r[1]);
        }
        for (String[] r : jobTable(dir + "meeting-triggers.tsv")) {
            meetingTriggers.add(r[0], new Trigger("verb".equals(r[1]),
                    "-".equals(r[2]) ? null : MeetingStatus.parse(r[2]), r.length > 3 ? r[3] : "meet",
                    Tables.cell(r, 4) != null ? r[4] : "visit".equals(Tables.cell(r, 3)) ? "visit" : null));
        }
        for (String[] r : jobTable(dir + "status-cues.tsv")) {
            statusCues.add(r[0], new Cue(MeetingStatus.parse(r[1]), r[2]));
        }
        for (String[] r : jobTable(dir + "pair-words.tsv")) {
            pairWords.add(r[0], new Group(r[1], count(data.where(dir + "pair-words.tsv"), r)));
        }
        for (String[] r : jobTable(dir + "dates.tsv")) {
            dates.add(r[0], r[1]);
        }
        for (String[] r : table(dir + "given-names.tsv")) {
            givenNames.add(Fold.fold(r[0]));
        }
        for (String[] r : table(dir + "clause-breaks.tsv")) {
            clauseBreaks.add(Fold.fold(r[0]));
        }
        for (String[] r : table(dir + "name-links.tsv")) {
            String kind = Tables.cell(r, 1);
            ("start".equals(kind) ? nameStarts : "end".equals(kind) ? nameEnds : nameLinks).add(Fold.fold(r[0]));
        }
        for (String[] r : table(dir + "prepositions.tsv")) {
            prepositions.add(Fold.fold(r[0]));
        }
        for (String[] r : table(dir + "complementizers.tsv")) {
            complementizers.add(Fold.fold(r[0]));
        }
        for (String[] r : table(dir + "demonstratives.tsv")) {
            demonstratives.add(Fold.fold(r[0]));
        }
        for (String[] r : table(dir + "meeting-markers.tsv")) {
            meetingMarkers.put(Fold.fold(r[0]), r[1]);
        }
        for (String[] r : table(dir + "function-words.tsv")) {
            functionWords.add(Fold.fold(r[0]));
            notFunctionWords.addAll(Tables.list(r, 1));
            Tables.list(r, 1).forEach(w -> lookalikeFunctionWords.add(Fold.fold(w)));
        }
        genericClasses();
        registerIndexes();
        this.rules = compileRules(eventTypes);
        tables.clear();
    }

    /** Tables read while the pack is built, so that the finders' and the rules' readings share one read. */
    private final Map<String, List<String[]>> tables = new HashMap<>();

    private List<String[]> table(String relative) {
        return tables.computeIfAbsent(relative, data::table);
    }

    /**
     * Every lexicon file is a class rules can test: the files the finders read under their own
     * index, any other file as phrases with the value of its second column.
     */
    private void genericClasses() {
        Map<String, PhraseIndex<?>> typed = Map.ofEntries(Map.entry("speech-verbs", speechVerbs),
                Map.entry("quote-stances", quoteStances), Map.entry("source-markers", sourceMarkers),
                Map.entry("anonymous-sources", anonymousSources), Map.entry("titles", titles),
                Map.entry("org-heads", orgHeads), Map.entry("outlet-heads", outletHeads),
                Map.entry("meeting-triggers", meetingTriggers), Map.entry("status-cues", statusCues),
                Map.entry("pair-words", pairWords), Map.entry("dates", dates));
        Map<String, Set<String>> words = Map.of("given-names", givenNames, "clause-breaks", clauseBreaks,
                "name-links", nameLinks, "prepositions", prepositions, "complementizers", complementizers,
                "demonstratives", demonstratives, "function-words", functionWords, "meeting-markers", meetingMarkers.keySet());
        for (String file : data.files("lexicon", ".tsv")) {
            String name = file.substring(0, file.length() - 4);
            if (List.of("clitics", "markers", "adjective-endings").contains(name)) {
                continue; // tables of another shape, not lists of phrases
            }
            if (words.containsKey(name)) {
                wordClasses.put(name, words.get(name));
                continue;
            }
            PhraseIndex<?> index = typed.get(name);
            Set<String> values = new HashSet<>();
            if (index == null) {
                PhraseIndex<String> generic = new PhraseIndex<>();
                for (String[] r : jobTable("lexicon/" + file)) {
                    String value = Tables.cell(r, 1) == null ? "" : r[1];
                    generic.add(r[0], value);
                    values.add(value);
                }
                index = generic;
            } else {
                for (String[] r : table("lexicon/" + file)) {
                    values.add(rowValue(name, r));
                }
            }
            phraseClasses.put(name, index);
            classValues.put(name, values);
        }
    }

    /** A group word's number of actors: its third cell, two when it has none. */
    private static int count(String file, String[] r) {
        String cell = Tables.cell(r, 2);
        if (cell == null) {
            return 2;
        }
        if (!cell.matches("[2-9]")) {
            throw new RuleError(file, "\"" + r[0] + "\": the count must be a number from 2 to 9, not \"" + cell + "\"");
        }
        return Integer.parseInt(cell);
    }

    /** The value a lexicon row gives its phrase, as rules name it (see {@link #valueName}). */
    private static String rowValue(String file, String[] r) {
        return switch (file) {
            case "titles" -> Tables.cell(r, 2) == null ? "" : r[2];
            case "speech-verbs", "quote-stances" -> Stance.parse(r[1]).name().toLowerCase(java.util.Locale.ROOT);
            case "anonymous-sources" -> Tables.cell(r, 2) == null ? "" : r[2];
            case "meeting-triggers" -> r.length > 3 ? r[3] : "meet";
            case "status-cues" -> MeetingStatus.parse(r[1]).name().toLowerCase(java.util.Locale.ROOT);
            default -> Tables.cell(r, 1) == null ? "" : r[1];
        };
    }

    /** How a rule names the value of a lexicon phrase: a verb's stance, a trigger's kind, a cue's status… */
    static String valueName(Object value) {
        if (value instanceof Verb v) {
            return v.stance().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (value instanceof Trigger t) {
            return t.kind();
        }
        if (value instanceof Cue c) {
            return c.status().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (value instanceof Anonymous a) {
            return a.kind();
        }
        if (value instanceof Group g) {
            return g.kind();
        }
        if (value instanceof Title t) {
            return t.kind() == null ? "" : t.kind();
        }
        if (value instanceof Stance st) {
            return st.name().toLowerCase(java.util.Locale.ROOT);
        }
        return String.valueOf(value);
    }

    Set<String> phraseClassNames() {
        return phraseClasses.keySet();
    }

    PhraseIndex<?> phraseClass(String name) {
        return phraseClasses.get(name);
    }

    boolean inWordClass(String name, String folded) {
        Set<String> words = wordClasses.get(name);
        return words != null && words.contains(folded);
    }

    /** The class names this language has, for checking rule files. */
    TokenTest.Classes classes() {
        return new TokenTest.Classes() {
            @Override
            public Set<String> phraseValues(String name) {
                return classValues.get(name);
            }

            @Override
            public boolean hasWordClass(String name) {
                return wordClasses.containsKey(name);
            }

            @Override
            public PhraseIndex<?> phraseIndex(String name) {
                return phraseClasses.get(name);
            }
        };
    }

    private List<Rule> compileRules(Map<String, EventType> eventTypes) {
        List<Rule> out = new java.util.ArrayList<>();
        for (String file : data.files("rules", ".rules")) {
            out.addAll(RuleFile.parse(data.where("rules/" + file), data.lines("rules/" + file), classes(), eventTypes));
        }
        return List.copyOf(out);
    }

    /**
     * Numbers the phrase indexes and lets each memoised reading carry the set of indexes a phrase of
     * which it can start: most (word, index) pairs are then settled by one bit instead of a lookup.
     */
    private void registerIndexes() {
        List<PhraseIndex<?>> all = new java.util.ArrayList<>(List.of(names, namesOtherThanOutlets, namesByGKey, peopleBySkeleton, adjectives,
                speechVerbs, quoteStances, sourceMarkers, anonymousSources, titles, orgHeads, outletHeads, meetingTriggers,
                statusCues, pairWords, dates));
        phraseClasses.values().stream().filter(i -> !all.contains(i)).forEach(all::add);
        if (all.size() > Long.SIZE) {
            throw new IllegalStateException(language + ": more than " + Long.SIZE + " lexicon phrase classes");
        }
        for (int i = 0; i < all.size(); i++) {
            all.get(i).id(i);
        }
        // Most indexes compare stems as they are: one map from a stem to the bits of every such index a
        // phrase of which starts with it costs one lookup a new word instead of one an index.
        Map<String, Long> byStem = new HashMap<>();
        List<Integer> keyed = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).comparesStems()) {
                long bit = 1L << i;
                all.get(i).firstWords().forEach(w -> byStem.merge(w, bit, (a, b) -> a | b));
            } else {
                keyed.add(i);
            }
        }
        morphology.indexMask(r -> {
            long mask = byStem.getOrDefault(r.stem(), 0L);
            for (int i : keyed) {
                if (all.get(i).startsWithKey(r)) {
                    mask |= 1L << i;
                }
            }
            return mask;
        });
    }

    /**
     * Labels as matched: a leading title or outlet noun (al-mlk slmān, ṣḥīfa wūl strīt jūrnāl) is dropped,
     * because the title and head rules read those words themselves and the name is what follows.
     */
    /**
     * Rows of a table whose words have a job in the rules; a phrase's first word is recorded as a
     * lexicon word (later words, al-amn in mstshār al-amn al-qūmy, may still be part of a name).
     */
    private List<String[]> jobTable(String path) {
        List<String[]> rows = table(path);
        for (String[] r : rows) {
            lexiconWords.add(Fold.fold(r[0].split(" ")[0]));
        }
        return rows;
    }

    /** A speech-verbs row; the fourth column says whether it reports with an object too (default: only assert verbs need a clause). */
    private static Verb verb(String[] r) {
        Stance stance = Stance.parse(r[1]);
        String complement = Tables.cell(r, 3);
        boolean clause = complement == null ? stance == Stance.ASSERT : complement.equals("clause");
        return new Verb(stance, Tables.cell(r, 2), clause);
    }

    /** A title or outlet noun that may lead a gazetteer name ("President …", wkāla "agency …"), folded once. */
    private record Lead(String folded, int length, String[] row, boolean outletHead) {
    }

    /** Titles first, then outlet nouns, in their files' order: the order names are stripped in. */
    private static List<Lead> leads(List<String[]> titleRows, List<String[]> headRows) {
        List<Lead> out = new java.util.ArrayList<>();
        for (List<String[]> rows : List.of(titleRows, headRows)) {
            for (String[] r : rows) {
                String lead = r[0] + " ";
                out.add(new Lead(Fold.fold(lead), lead.length(), r, rows == headRows));
            }
        }
        return out;
    }

    private List<String> withoutLeadingWords(List<String> labels, List<Lead> leads) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (String label : labels) {
            String stripped = label;
            String folded = Fold.fold(stripped);
            for (Lead lead : leads) {
                if (folded.startsWith(lead.folded()) && stripped.length() > lead.length()) {
                    String rest = stripped.substring(lead.length()).strip();
                    String restFolded = Fold.fold(rest);
                    boolean agency = lead.outletHead() && "agency".equals(Tables.cell(lead.row(), 1));
                    if (agency && (rest.contains(" ") || morphology.hasArticle(restFolded))) {
                        continue; // an agency whose noun is part of its name ("Algerian Press Service", "the Anadolu agency")
                    }
                    // ṣḥīfa al-shrq al-aūsṭ: "al-shrq al-aūsṭ" alone is the region, so the name counts only
                    // right after an outlet noun (see EntityFinder.acceptable).
                    if (lead.outletHead() && morphology.hasArticle(restFolded)) {
                        headRequired.add(restFolded);
                    }
                    stripped = rest;
                    folded = restFolded;
                }
            }
            out.add(stripped);
        }
        return new java.util.ArrayList<>(out);
    }


    GazetteerEntry entry(String keyOrLabel) {
        return gazetteer.resolve(keyOrLabel).orElse(null);
    }


    boolean isFunctionWord(String folded) {
        return functionWords.contains(folded);
    }

    /** A function word as written: a name that folds like one (function-words.tsv column 2) is not it. */
    boolean isFunctionWord(org.isnad.text.Token t) {
        String f = t.folded();
        return functionWords.contains(f) && !(lookalikeFunctionWords.contains(f) && notFunctionWords.contains(withoutMarks(t.surface())));
    }

    private static String withoutMarks(String surface) {
        StringBuilder out = new StringBuilder(surface.length());
        surface.chars().filter(c -> !Fold.isIgnorable((char) c)).forEach(c -> out.append((char) c));
        return out.toString();
    }

    /** The folded forms a marker role has in this language (empty when the language gives none). */
    Set<String> marker(Marker m) {
        return markers.getOrDefault(m, Set.of());
    }

    boolean is(Marker m, String folded) {
        return marker(m).contains(folded);
    }
}
