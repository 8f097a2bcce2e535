package org.isnad.extract;

import org.isnad.text.Fold;
import org.isnad.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one bracket of a pattern asks of the text at a token: {@code [lex:speech-verbs=assert & !quoted]}.
 * Tests joined by {@code &} must all pass; {@code !} negates one. A bracket may hold one test that
 * reads more than one token (a lexicon phrase, an entity mention): the bracket then spans all of them.
 */
final class TokenTest {
    /** The lexicon classes a language has, for checking rule files when they are compiled. */
    interface Classes {
        /** A class of phrases ({@code lex:} / {@code verb:}), or null if the language has none by that name. */
        Set<String> phraseValues(String name);

        boolean hasWordClass(String name);

        /** The index of a phrase class, resolved once when a rule is compiled. */
        PhraseIndex<?> phraseIndex(String name);
    }

    private enum Kind { ANY, WORD, FORM, STEM, LEX, VERB, ENTITY, ADJECTIVE, COVERED, PUNCT, QUOTE, QUOTED, NUMBER, CAP, DEFINITE, PREP, CLASS }

    private static final Set<String> ENTITY_KINDS = Set.of("person", "organization", "state", "place", "source", "actor", "outlet");

    private record Part(Kind kind, boolean negated, String name, Set<String> values, PhraseIndex<?> index) {
        Part(Kind kind, boolean negated, String name, Set<String> values) {
            this(kind, negated, name, values, null);
        }
    }

    /** An array, not a list: every rule asks this of every token, and an iterator each time shows in profiles. */
    private final Part[] parts;
    private final String text;

    private TokenTest(List<Part> parts, String text) {
        this.parts = parts.toArray(new Part[0]);
        this.text = text;
    }

    @Override
    public String toString() {
        return "[" + text + "]";
    }

    static TokenTest parse(String body, Classes classes) {
        List<Part> parts = new ArrayList<>();
        int consuming = 0;
        if (!body.isBlank()) {
            for (String raw : body.split("&")) {
                String p = raw.strip();
                boolean negated = p.startsWith("!");
                if (negated) {
                    p = p.substring(1).strip();
                }
                Part part = part(p, classes);
                if (!negated && (part.kind == Kind.LEX || part.kind == Kind.VERB || part.kind == Kind.ENTITY
                        || part.kind == Kind.ADJECTIVE) && ++consuming > 1) {
                    throw new IllegalArgumentException("[" + body + "]: one bracket may read only one phrase or entity");
                }
                parts.add(new Part(part.kind, negated, part.name, part.values, part.index));
            }
        }
        return new TokenTest(List.copyOf(parts), body.strip());
    }

    private static Part part(String p, Classes classes) {
        int colon = p.indexOf(':');
        String head = (colon < 0 ? p : p.substring(0, colon)).strip();
        String arg = colon < 0 ? null : p.substring(colon + 1).strip();
        switch (head) {
            case "word" -> {
                return arg == null ? new Part(Kind.WORD, false, null, null) : new Part(Kind.FORM, false, null, folded(arg));
            }
            case "stem" -> {
                return new Part(Kind.STEM, false, null, folded(require(head, arg)));
            }
            case "lex", "verb" -> {
                String spec = require(head, arg);
                int eq = spec.indexOf('=');
                String name = (eq < 0 ? spec : spec.substring(0, eq)).strip();
                Set<String> values = eq < 0 ? null : Set.of(spec.substring(eq + 1).strip().split("\\|"));
                Set<String> known = classes.phraseValues(name);
                if (known == null && !(head.equals("lex") && eq < 0 && classes.hasWordClass(name))) {
                    throw new IllegalArgumentException("unknown lexicon class \"" + name + "\"");
                }
                if (known == null) {
                    return new Part(Kind.CLASS, false, name, null);
                }
                if (values != null && !known.isEmpty()) {
                    for (String v : values) {
                        if (!known.contains(v)) {
                            throw new IllegalArgumentException("lexicon class \"" + name + "\" has no value \"" + v
                                    + "\" (it has " + new java.util.TreeSet<>(known) + ")");
                        }
                    }
                }
                return new Part(head.equals("lex") ? Kind.LEX : Kind.VERB, false, name, values, classes.phraseIndex(name));
            }
            case "entity", "adjective" -> {
                Set<String> kinds = arg == null ? null : Set.of(arg.split("\\|"));
                if (kinds != null && !ENTITY_KINDS.containsAll(kinds)) {
                    throw new IllegalArgumentException("unknown entity kind in \"" + p + "\" (known: " + new java.util.TreeSet<>(ENTITY_KINDS) + ")");
                }
                return new Part(head.equals("entity") ? Kind.ENTITY : Kind.ADJECTIVE, false, null, kinds);
            }
            case "covered" -> {
                return new Part(Kind.COVERED, false, null, null);
            }
            case "punct" -> {
                return new Part(Kind.PUNCT, false, null, arg == null ? null : Set.of(arg.split("\\|")));
            }
            case "quote" -> {
                return new Part(Kind.QUOTE, false, null, null);
            }
            case "quoted" -> {
                return new Part(Kind.QUOTED, false, null, null);
            }
            case "number" -> {
                return new Part(Kind.NUMBER, false, null, null);
            }
            case "cap" -> {
                return new Part(Kind.CAP, false, null, null);
            }
            case "def" -> {
                return new Part(Kind.DEFINITE, false, null, null);
            }
            case "prep" -> {
                return new Part(Kind.PREP, false, null, arg == null ? null : folded(arg));
            }
            default -> throw new IllegalArgumentException("unknown token test \"" + head + "\"");
        }
    }

    private static String require(String head, String arg) {
        if (arg == null || arg.isEmpty()) {
            throw new IllegalArgumentException("\"" + head + ":\" needs a value");
        }
        return arg;
    }

    private static Set<String> folded(String alternatives) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String a : alternatives.split("\\|")) {
            out.add(Fold.fold(a.strip()));
        }
        return Set.copyOf(out);
    }

    /** Whether the bracket may read more than one token (a lexicon phrase, an entity mention). */
    boolean spansTokens() {
        for (Part p : parts) {
            if (!p.negated && (p.kind == Kind.LEX || p.kind == Kind.VERB || p.kind == Kind.ENTITY || p.kind == Kind.ADJECTIVE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the bracket asks for something most tokens are not (a form, a phrase, a mention, a mark). */
    boolean isSelective() {
        for (Part p : parts) {
            if (!p.negated && p.kind != Kind.ANY && p.kind != Kind.WORD && p.kind != Kind.COVERED && p.kind != Kind.QUOTED) {
                return true;
            }
        }
        return false;
    }

    /** Where the bracket ends if it matches at token i (exclusive), or -1. */
    int match(Context cx, int i) {
        if (!cx.inRange(i)) {
            return -1;
        }
        int end = i + 1;
        for (int k = 0; k < parts.length; k++) {
            Part p = parts[k];
            int e = p.negated ? (single(cx, p, i) >= 0 ? -1 : i + 1) : single(cx, p, i);
            if (e < 0) {
                return -1;
            }
            end = Math.max(end, e);
        }
        return end;
    }

    /** End of what one part reads at token i, or -1. */
    private int single(Context cx, Part p, int i) {
        Token t = cx.token(i);
        return switch (p.kind) {
            case ANY -> i + 1;
            case WORD -> t.isWord() ? i + 1 : -1;
            case FORM -> p.values.contains(t.folded()) ? i + 1 : -1;
            case STEM -> cx.nounReadingsOf(i).stream().anyMatch(r -> p.values.contains(r.stem())) ? i + 1 : -1;
            case LEX, VERB -> phrase(cx, p, i);
            case ENTITY, ADJECTIVE -> {
                Span s = cx.spanStartingAt(i);
                yield s != null && s.adjective() == (p.kind == Kind.ADJECTIVE) && entityKind(s.entity(), p.values) ? s.end() : -1;
            }
            case COVERED -> cx.covered(i) ? i + 1 : -1;
            case PUNCT -> t.kind() == Token.Kind.PUNCT && (p.values == null || p.values.contains(t.folded())) ? i + 1 : -1;
            case QUOTE -> t.kind() == Token.Kind.QUOTE ? i + 1 : -1;
            case QUOTED -> t.quoted() ? i + 1 : -1;
            case NUMBER -> t.kind() == Token.Kind.NUMBER ? i + 1 : -1;
            case CAP -> t.isWord() && Character.isUpperCase(t.surface().codePointAt(0)) ? i + 1 : -1;
            case DEFINITE -> cx.isDefinite(i) ? i + 1 : -1;
            case PREP -> preposition(cx, p, i) ? i + 1 : -1;
            case CLASS -> t.isWord() && cx.pack.inWordClass(p.name, t.folded()) ? i + 1 : -1;
        };
    }

    private static int phrase(Context cx, Part p, int i) {
        PhraseIndex<?> index = p.index;
        Context.Match<?> m = p.kind == Kind.LEX ? cx.nounPhrase(index, i) : cx.verbPhrase(index, i);
        if (m == null || p.values != null && !p.values.contains(LanguagePack.valueName(m.value()))) {
            return -1;
        }
        return m.end();
    }

    private static boolean preposition(Context cx, Part p, int i) {
        Span s = cx.spanStartingAt(i);
        if (s != null && !s.preposition().isEmpty()) {
            return p.values == null || p.values.contains(s.preposition());
        }
        if (cx.pack.inWordClass("prepositions", cx.token(i).folded())) {
            return p.values == null || p.values.contains(cx.token(i).folded());
        }
        // a clitic preposition (lūkāla): a reading that may be wrong (lbnān), as every reading may
        return cx.nounReadingsOf(i).stream().anyMatch(r -> r.hasPreposition()
                && (p.values == null || p.values.contains(r.preposition())));
    }

    private static boolean entityKind(EntityRegistry.Node n, Set<String> kinds) {
        if (kinds == null) {
            return true;
        }
        for (String k : kinds) {
            boolean ok = switch (k) {
                case "actor" -> n.asActor().isActor();
                case "outlet" -> n.isOutlet();
                default -> n.type.name().toLowerCase(Locale.ROOT).equals(k);
            };
            if (ok) {
                return true;
            }
        }
        return false;
    }
}
