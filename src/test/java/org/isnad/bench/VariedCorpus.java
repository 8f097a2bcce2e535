package org.isnad.bench;

import org.isnad.extract.EntityType;
import org.isnad.extract.Gazetteer;
import org.isnad.extract.GazetteerEntry;
import org.isnad.read.SourceDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A deterministic corpus of distinct Arabic and English news-like documents for the extraction
 * benchmark.
 *
 * <p>Why: the extractor memoises word readings (and index keys) across documents, up to 200,000 words.
 * One article extracted again and again is answered from that memo after the first call, so it measures a
 * best case that a stream of real news, where names, numbers and inflected forms keep changing, never
 * reaches. This corpus keeps the shape of real articles (headline, paragraphs, reporting verbs,
 * entities in the positions where the rules look for them) while making the vocabulary vary: tens of
 * thousands of distinct words over the corpus, about as many as real Arabic news of that length has
 * (fewer in English), and new ones in nearly every document (figures in bench/README.md). That is still well under the memo's bound, so a
 * benchmark going round the corpus meets unseen words only on its first pass; it has to measure that
 * pass apart (see {@link ExtractionBenchmark}).
 *
 * <p>How, and why that way:
 * <ul>
 * <li>Only material we own: the seed article, the team's test articles and other test texts under
 * {@code src/test/resources}, and English reports written for this corpus
 * ({@code src/test/resources/bench/english_articles.txt}); names come from the bundled gazetteer and
 * the given-name lexicons. Nothing third-party is copied.</li>
 * <li>Paragraphs of all articles of a language are shuffled and recombined under one of their
 * headlines, so that documents differ in what they say and in what order, and mix topics as a news
 * day does.</li>
 * <li>Every gazetteer name found in a paragraph is replaced by another name of the same kind (person,
 * state, place, organisation, outlet), consistently within a document, so that a person named twice is
 * still one person and the claim and meeting rules still have their work to do. A share of persons and
 * places get an invented, plausible name (a real given name and a made-up surname): news is full of
 * people no gazetteer knows, and every such name is a word the memo has never seen.</li>
 * <li>Numbers, years, months and weekdays are redrawn: they change in every real report.</li>
 * <li>Arabic words receive clitics (و ف ب ل ك ال and their combinations) and pronoun suffixes they did
 * not have: Arabic writes them into the word, so the same lemma appears under many forms, and each new
 * form costs a clitic analysis.</li>
 * <li>A few words of either language get one letter changed. They stand for the rare words,
 * loanwords and spellings that a stream of news keeps bringing: without them, 15 articles recombined
 * have only a few thousand distinct words, however shuffled.</li>
 * </ul>
 * The forms need only be plausible to the analyser, not good Arabic: what is measured is the work of
 * taking apart and looking up words it has not seen.
 * Each document is drawn from its own random stream (corpus seed, document number), so that a corpus
 * is a prefix of any larger one with the same seed, and a document that happens to repeat an earlier
 * one is redrawn, so that documents are pairwise distinct.
 */
public final class VariedCorpus {
    /** Documents in the benchmark corpus. */
    public static final int DOCUMENTS = 2000;
    /** Mean size in UTF-8 bytes: that of the team's test articles (2.6 to 3.7 KB each). */
    public static final int TARGET_BYTES = 3000;
    /** Share of English documents; the rest are Arabic, the extractor's main language. */
    private static final double ENGLISH = 0.25;
    /** Chances that a person, or a place, gets an invented name instead of another gazetteer one. */
    private static final double FRESH_PERSON = 0.5;
    private static final double FRESH_PLACE = 0.3;
    /** Chances that an Arabic word gets a clitic prefix, or a pronoun suffix, that it did not have. */
    private static final double PREFIX = 0.2;
    private static final double SUFFIX = 0.1;
    /** Chance that a word has one letter changed: a rare word, a loanword, a new spelling. */
    private static final double RESPELL = 0.06;

    private static final Path SEED = Path.of("seeds/000_91e09f6812842d2b.txt");
    private static final Path TEST_TEXTS = Path.of("src/test/resources");

    private enum Kind { PERSON, STATE, PLACE, ORG, OUTLET }

    /** A piece of a paragraph: literal text, or something to redraw when a document is built. */
    private sealed interface Piece permits Text, Word, Name, Number, Month, Weekday {
    }

    private record Text(String text) implements Piece {
    }

    private record Word(String text) implements Piece {
    }

    /** A gazetteer name; {@code prefix} is the clitic written onto it, {@code shortForm} a surname alone. */
    private record Name(Kind kind, String entry, String prefix, boolean shortForm) implements Piece {
    }

    private record Number(String digits, boolean arabicIndic) implements Piece {
    }

    private record Month() implements Piece {
    }

    private record Weekday() implements Piece {
    }

    private record Label(String text, Kind kind, String entry, boolean shortForm) {
    }

    /** A replacement name: the full form and the form used where the original had a surname alone. */
    private record Replacement(String full, String last) {
    }

    /** Articles of one language: headlines and paragraphs as pieces, names to draw from. */
    private static final class Language {
        final boolean arabic;
        final List<List<Piece>> headlines = new ArrayList<>();
        final List<List<Piece>> paragraphs = new ArrayList<>();
        final Map<String, List<Label>> labelsByFirstWord = new HashMap<>();
        final Map<Kind, List<String>> names = new HashMap<>();
        final List<String> givenNames;
        final List<String> months;
        final List<String> weekdays;

        Language(boolean arabic, List<String> givenNames, List<String> months, List<String> weekdays) {
            this.arabic = arabic;
            this.givenNames = givenNames;
            this.months = months;
            this.weekdays = weekdays;
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+|[0-9]+|[\\u0660-\\u0669]+");
    private static final List<String> AR_MONTHS = List.of("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
            "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");
    private static final List<String> AR_WEEKDAYS = List.of("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
            "السبت", "الأحد");
    private static final List<String> EN_MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> EN_WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    /** One-letter clitics an Arabic name can carry in the material (وبكين، لموسكو). */
    private static final String AR_NAME_CLITICS = "وفبلك";
    private static final List<String> AR_PREFIXES = List.of("و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "فال",
            "وب", "ول", "فب", "وك");
    private static final List<String> AR_PREFIXES_BEFORE_ARTICLE = List.of("و", "ف", "ب", "ك", "وب", "فب", "وك");
    private static final List<String> AR_SUFFIXES = List.of("ه", "ها", "هم", "هما", "هن", "كم", "نا");
    private static final String AR_CONSONANTS = "بتدرزسشفكلمنهجقطغخ";
    private static final String[] AR_VOWELS = {"", "ا", "و", "ي"};
    private static final String[] AR_ENDINGS = {"", "ي", "وف", "ان", "يف", "ز", "س", "و", "ين", "يتش"};
    private static final String[] LA_CONSONANTS = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t",
            "v", "z", "ch", "sh", "br", "tr", "dr", "kr"};
    private static final String[] LA_VOWELS = {"a", "e", "i", "o", "u", "a", "o", "ai", "ei"};
    private static final String[] LA_ENDINGS = {"", "n", "r", "s", "ov", "ez", "ski", "son", "ani", "ton", "berg",
            "ia", "is"};

    private final Language arabic;
    private final Language english;

    private VariedCorpus(Language arabic, Language english) {
        this.arabic = arabic;
        this.english = english;
    }

    /** The material, read from the project folder (the working directory, as for the tests and bench). */
    public static VariedCorpus load() {
        try {
            Gazetteer gazetteer = Gazetteer.bundled();
            Language ar = new Language(true, lexicon("ar"), AR_MONTHS, AR_WEEKDAYS);
            Language en = new Language(false, lexicon("en"), EN_MONTHS, EN_WEEKDAYS);
            index(ar, gazetteer);
            index(en, gazetteer);
            List<Path> texts = new ArrayList<>();
            texts.add(SEED);
            try (Stream<Path> s = Files.walk(TEST_TEXTS)) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
            }
            for (Path p : texts) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                for (String article : text.split("\\n\\s*\\n")) {
                    List<String> lines = article.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
                    if (lines.isEmpty()) {
                        continue;
                    }
                    Language l = arabicShare(article) > 0.5 ? ar : en;
                    l.headlines.add(pieces(l, lines.get(0)));
                    for (String line : lines.subList(1, lines.size())) {
                        l.paragraphs.add(pieces(l, line));
                    }
                }
            }
            return new VariedCorpus(ar, en);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The benchmark corpus: {@link #DOCUMENTS} documents for {@code seed}. */
    public static List<SourceDocument> build(long seed) {
        return load().documents(seed, DOCUMENTS);
    }

    public List<SourceDocument> documents(long seed, int count) {
        List<SourceDocument> out = new ArrayList<>(count);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            for (int attempt = 0; ; attempt++) {
                SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + attempt);
                SourceDocument d = document(r, i);
                if (seen.add(d.text())) {
                    out.add(d);
                    break;
                }
            }
        }
        return out;
    }

    private SourceDocument document(SplittableRandom r, int number) {
        Language l = r.nextDouble() < ENGLISH ? english : arabic;
        Map<String, Replacement> cast = new HashMap<>();
        StringBuilder b = new StringBuilder(TARGET_BYTES);
        render(l, l.headlines.get(r.nextInt(l.headlines.size())), cast, r, b);
        b.append('\n');
        int target = (int) (TARGET_BYTES * (0.85 + 0.3 * r.nextDouble()));
        List<List<Piece>> pool = new ArrayList<>(l.paragraphs);
        int bytes = utf8Length(b, 0);
        for (int left = pool.size(); left > 0 && bytes < target; left--) {
            List<Piece> paragraph = pool.set(r.nextInt(left), pool.get(left - 1));
            int from = b.length();
            render(l, paragraph, cast, r, b);
            b.append('\n');
            bytes += utf8Length(b, from);
        }
        LocalDate published = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(7 * 365));
        return new SourceDocument(b.toString(), null, null, published, null, l.arabic ? "ar" : "en",
                "varied/" + number);
    }

    private void render(Language l, List<Piece> pieces, Map<String, Replacement> cast, SplittableRandom r, StringBuilder b) {
        for (Piece p : pieces) {
            if (p instanceof Text t) {
                b.append(t.text());
            } else if (p instanceof Word w) {
                b.append(l.arabic ? inflect(w.text(), r) : respellLatin(w.text(), r));
            } else if (p instanceof Name n) {
                Replacement x = cast.computeIfAbsent(n.entry(), k -> replacement(l, n.kind(), r));
                b.append(n.prefix()).append(n.shortForm() ? x.last() : x.full());
            } else if (p instanceof Number n) {
                b.append(number(n, r));
            } else if (p instanceof Month) {
                b.append(l.months.get(r.nextInt(l.months.size())));
            } else {
                b.append(l.weekdays.get(r.nextInt(l.weekdays.size())));
            }
        }
    }

    private static Replacement replacement(Language l, Kind kind, SplittableRandom r) {
        String full;
        if (kind == Kind.PERSON && r.nextDouble() < FRESH_PERSON) {
            String surname = l.arabic && r.nextBoolean() ? "ال" + inventedName(l, r) + "ي" : inventedName(l, r);
            full = l.givenNames.get(r.nextInt(l.givenNames.size())) + " " + surname;
        } else if (kind == Kind.PLACE && r.nextDouble() < FRESH_PLACE) {
            full = inventedName(l, r);
        } else {
            List<String> names = l.names.get(kind);
            full = names.get(r.nextInt(names.size()));
        }
        return new Replacement(full, full.substring(full.lastIndexOf(' ') + 1));
    }

    /** A made-up name that reads like a transliterated foreign one: two or three syllables and an ending. */
    private static String inventedName(Language l, SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        int syllables = 2 + r.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            if (l.arabic) {
                b.append(AR_CONSONANTS.charAt(r.nextInt(AR_CONSONANTS.length())))
                        .append(AR_VOWELS[r.nextInt(AR_VOWELS.length)]);
            } else {
                b.append(LA_CONSONANTS[r.nextInt(LA_CONSONANTS.length)]).append(LA_VOWELS[r.nextInt(LA_VOWELS.length)]);
            }
        }
        b.append(l.arabic ? AR_ENDINGS[r.nextInt(AR_ENDINGS.length)] : LA_ENDINGS[r.nextInt(LA_ENDINGS.length)]);
        if (!l.arabic) {
            b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        }
        return b.toString();
    }

    /** An Arabic word, sometimes with a clitic prefix or a pronoun suffix it did not have. */
    private static String inflect(String word, SplittableRandom r) {
        if (word.length() < 4) {
            return word;
        }
        String w = word;
        boolean article = w.startsWith("ال");
        if (r.nextDouble() < RESPELL) {
            int at = (article ? 3 : 1) + r.nextInt(w.length() - (article ? 3 : 1));
            if (at < w.length()) {
                w = w.substring(0, at) + AR_CONSONANTS.charAt(r.nextInt(AR_CONSONANTS.length())) + w.substring(at + 1);
            }
        }
        if (r.nextDouble() < SUFFIX && !article && "اىهويءئؤ".indexOf(w.charAt(w.length() - 1)) < 0) {
            w = (w.endsWith("ة") ? w.substring(0, w.length() - 1) + "ت" : w)
                    + AR_SUFFIXES.get(r.nextInt(AR_SUFFIXES.size()));
        }
        boolean suffixed = w.length() > word.length();
        if (r.nextDouble() < PREFIX && AR_NAME_CLITICS.indexOf(w.charAt(0)) < 0) {
            // the article does not go with a pronoun suffix, nor twice
            List<String> prefixes = article || suffixed ? AR_PREFIXES_BEFORE_ARTICLE : AR_PREFIXES;
            w = prefixes.get(r.nextInt(prefixes.size())) + w;
        }
        return w;
    }

    /** An English word, sometimes with one letter changed (English writes no clitics into its words). */
    private static String respellLatin(String word, SplittableRandom r) {
        if (word.length() < 5 || r.nextDouble() >= RESPELL) {
            return word;
        }
        int at = 1 + r.nextInt(word.length() - 1);
        String letters = "aeiou".indexOf(word.charAt(at)) >= 0 ? "aeiou" : "bcdfgklmnprstvz";
        return word.substring(0, at) + letters.charAt(r.nextInt(letters.length())) + word.substring(at + 1);
    }

    private static String number(Number n, SplittableRandom r) {
        String d = n.digits();
        String out;
        if (d.length() == 4 && (d.startsWith("19") || d.startsWith("20"))) {
            out = Integer.toString(1995 + r.nextInt(35));
        } else if (d.length() <= 2) {
            out = Integer.toString(1 + r.nextInt(28)); // a day of the month, or a small count
        } else {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < d.length(); i++) {
                b.append((char) ('0' + (i == 0 && d.length() > 1 ? 1 + r.nextInt(9) : r.nextInt(10))));
            }
            out = b.toString();
        }
        if (!n.arabicIndic()) {
            return out;
        }
        StringBuilder b = new StringBuilder();
        out.chars().forEach(c -> b.append((char) ('\u0660' + c - '0')));
        return b.toString();
    }

    /** Splits a line into pieces once, so that building a document is only appending. */
    private static List<Piece> pieces(Language l, String line) {
        List<Piece> out = new ArrayList<>();
        Matcher m = WORD.matcher(line);
        int at = 0;
        while (m.find(at)) {
            if (m.start() > at) {
                out.add(new Text(line.substring(at, m.start())));
            }
            String w = m.group();
            Name name = null;
            int end = m.end();
            for (String prefix : l.arabic && w.length() > 2 && AR_NAME_CLITICS.indexOf(w.charAt(0)) >= 0
                    ? List.of("", w.substring(0, 1)) : List.of("")) {
                for (Label label : l.labelsByFirstWord.getOrDefault(w.substring(prefix.length()), List.of())) {
                    int from = m.start() + prefix.length();
                    int to = from + label.text().length();
                    if (line.startsWith(label.text(), from) && (to == line.length() || !isLetter(line.charAt(to)))) {
                        name = new Name(label.kind(), label.entry(), prefix, label.shortForm());
                        end = to;
                        break;
                    }
                }
                if (name != null) {
                    break;
                }
            }
            if (name != null) {
                out.add(name);
            } else if (Character.isDigit(w.charAt(0))) {
                out.add(new Number(w, w.charAt(0) >= '\u0660'));
            } else if (l.months.contains(w)) {
                out.add(new Month());
            } else if (l.weekdays.contains(w)) {
                out.add(new Weekday());
            } else if (l.arabic ? isArabic(w.charAt(0)) : Character.isLowerCase(w.charAt(0))) {
                out.add(new Word(w));
            } else {
                out.add(new Text(w));
            }
            at = end;
        }
        if (at < line.length()) {
            out.add(new Text(line.substring(at)));
        }
        List<Piece> merged = new ArrayList<>();
        for (Piece p : out) {
            int last = merged.size() - 1;
            if (p instanceof Text t && last >= 0 && merged.get(last) instanceof Text before) {
                merged.set(last, new Text(before.text() + t.text()));
            } else {
                merged.add(p);
            }
        }
        return merged;
    }

    /** Labels to look for in the material, longest first, and the names to draw replacements from. */
    private static void index(Language l, Gazetteer gazetteer) {
        for (GazetteerEntry e : gazetteer.entries()) {
            Kind kind = kind(e);
            String label = l.arabic ? e.labelAr() : e.labelEn();
            if (kind == null || label == null) {
                continue;
            }
            l.names.computeIfAbsent(kind, k -> new ArrayList<>()).add(label);
            List<String> forms = new ArrayList<>();
            forms.add(label);
            forms.addAll(l.arabic ? e.aliasesAr() : e.aliasesEn());
            for (String form : forms) {
                if (form.length() < 3) {
                    continue;
                }
                boolean shortForm = kind == Kind.PERSON && !form.contains(" ") && label.contains(" ");
                Matcher first = WORD.matcher(form);
                if (first.find()) {
                    l.labelsByFirstWord.computeIfAbsent(first.group(), k -> new ArrayList<>())
                            .add(new Label(form, kind, e.key(), shortForm));
                }
            }
        }
        l.labelsByFirstWord.values().forEach(v -> v.sort(Comparator.comparingInt((Label x) -> -x.text().length())));
    }

    private static Kind kind(GazetteerEntry e) {
        EntityType t = e.type();
        return switch (t) {
            case PERSON -> Kind.PERSON;
            case STATE -> Kind.STATE;
            case PLACE -> Kind.PLACE;
            case ORGANIZATION -> e.isOutlet() ? Kind.OUTLET : Kind.ORG;
            default -> null;
        };
    }

    private static List<String> lexicon(String language) throws IOException {
        return Files.readAllLines(Path.of("data/languages", language, "lexicon", "given-names.tsv"), StandardCharsets.UTF_8)
                .stream().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
    }

    private static double arabicShare(String text) {
        long arabic = text.chars().filter(c -> isArabic((char) c)).count();
        long latin = text.chars().filter(c -> c < 0x80 && Character.isLetter(c)).count();
        return arabic + latin == 0 ? 0 : (double) arabic / (arabic + latin);
    }

    private static boolean isArabic(char c) {
        return c >= '\u0600' && c <= '\u06FF';
    }

    private static boolean isLetter(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static int utf8Length(StringBuilder b, int from) {
        return b.substring(from).getBytes(StandardCharsets.UTF_8).length;
    }
}
