package org.isnad.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule's pattern, compiled: a regular expression whose letters are token tests ({@link TokenTest})
 * rather than characters. Syntax (reference: data/languages/README.md):
 * <pre>
 *   [test &amp; !test]   one token (or one lexicon phrase / entity mention) passing every test
 *   a b              sequence          a | b          alternatives        ( … )   group
 *   (?&lt;role&gt; … )     named capture     x? x* x+ x{m,n}  repeats; add ? for the shortest first
 *   (?= …) (?! …)    look-ahead        (?&lt;= …) (?&lt;! …)  look-behind      ^ $   sentence start, end
 * </pre>
 */
final class RulePattern {
    sealed interface Node permits Test, Seq, Alt, Repeat, Capture, Look, Anchor {
    }

    record Test(TokenTest test) implements Node {
    }

    record Seq(List<Node> items) implements Node {
    }

    record Alt(List<Node> options) implements Node {
    }

    record Repeat(Node body, int min, int max, boolean lazy) implements Node {
    }

    record Capture(String name, Node body) implements Node {
    }

    record Look(Node body, boolean ahead, boolean negated) implements Node {
    }

    record Anchor(boolean start) implements Node {
    }

    /** Largest bound {m,n} may give, and how far a look-behind reaches: gaps are bounded, as in the finders. */
    static final int MAX_REPEAT = 40;
    /**
     * How far * and + may run: past any sentence of real news, and short enough that the backtracking
     * (one stack frame group per token) never runs out of stack on a pathological 3,000-word sentence.
     */
    static final int MAX_OPEN_REPEAT = 200;

    final Node root;
    final Set<String> captures;
    /** Whether every match must start at the sentence's first token (the pattern opens with ^). */
    final boolean anchoredAtStart;

    private RulePattern(Node root, Set<String> captures) {
        this.root = root;
        this.captures = captures;
        Node first = root instanceof Seq seq ? seq.items().get(0) : root;
        this.anchoredAtStart = first instanceof Anchor a && a.start();
        List<TokenTest> needed = new ArrayList<>();
        for (Node item : root instanceof Seq seq ? seq.items() : List.of(root)) {
            Node n = item instanceof Capture c ? c.body() : item;
            if (n instanceof Test t && t.test().isSelective()) {
                needed.add(t.test());
            }
        }
        this.required = List.copyOf(needed);
    }

    /**
     * Tests every match passes at some token (the pattern's unrepeated top-level brackets that ask for a
     * word, a phrase or a mark): a sentence where one of them passes nowhere is skipped unread.
     */
    final List<TokenTest> required;

    /** Compiles {@code source}; {@code classes} checks lexicon class names. Throws {@link RuleSyntaxError} with a column. */
    static RulePattern compile(String source, TokenTest.Classes classes) {
        Parser p = new Parser(source, classes);
        Node root = p.alternatives();
        if (p.pos < source.length()) {
            throw p.error("unexpected '" + source.charAt(p.pos) + "'");
        }
        return new RulePattern(root, p.captures);
    }

    /** A pattern problem at a column of the pattern text. */
    static final class RuleSyntaxError extends IllegalArgumentException {
        RuleSyntaxError(String message) {
            super(message);
        }
    }

    private static final class Parser {
        final String s;
        final TokenTest.Classes classes;
        int pos;
        final Set<String> captures = new LinkedHashSet<>();

        Parser(String s, TokenTest.Classes classes) {
            this.s = s;
            this.classes = classes;
        }

        RuleSyntaxError error(String message) {
            return new RuleSyntaxError(message + " at column " + (pos + 1) + " of the pattern");
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean at(String token) {
            skipSpace();
            return s.startsWith(token, pos);
        }

        Node alternatives() {
            List<Node> options = new ArrayList<>();
            options.add(sequence());
            while (at("|")) {
                pos++;
                options.add(sequence());
            }
            return options.size() == 1 ? options.get(0) : new Alt(List.copyOf(options));
        }

        Node sequence() {
            List<Node> items = new ArrayList<>();
            while (true) {
                skipSpace();
                if (pos >= s.length() || at("|") || at(")")) {
                    break;
                }
                items.add(quantified(atom()));
            }
            if (items.isEmpty()) {
                throw error("empty pattern");
            }
            return items.size() == 1 ? items.get(0) : new Seq(List.copyOf(items));
        }

        Node atom() {
            skipSpace();
            char c = s.charAt(pos);
            if (c == '[') {
                int close = s.indexOf(']', pos);
                if (close < 0) {
                    throw error("'[' without ']'");
                }
                String body = s.substring(pos + 1, close);
                int column = pos + 2;
                pos = close + 1;
                try {
                    return new Test(TokenTest.parse(body, classes));
                } catch (IllegalArgumentException e) {
                    throw new RuleSyntaxError(e.getMessage() + " at column " + column + " of the pattern");
                }
            }
            if (c == '^' || c == '$') {
                pos++;
                return new Anchor(c == '^');
            }
            if (c == '(') {
                pos++;
                Node group;
                if (s.startsWith("?<=", pos) || s.startsWith("?<!", pos)) {
                    boolean negated = s.charAt(pos + 2) == '!';
                    pos += 3;
                    group = new Look(alternatives(), false, negated);
                } else if (s.startsWith("?=", pos) || s.startsWith("?!", pos)) {
                    boolean negated = s.charAt(pos + 1) == '!';
                    pos += 2;
                    group = new Look(alternatives(), true, negated);
                } else if (s.startsWith("?<", pos)) {
                    int close = s.indexOf('>', pos);
                    if (close < 0) {
                        throw error("capture name without '>'");
                    }
                    String name = s.substring(pos + 2, close);
                    if (!name.matches("[a-z][a-z0-9-]*")) {
                        throw error("capture name \"" + name + "\" must be lower-case letters, digits and '-'");
                    }
                    if (!captures.add(name)) {
                        throw error("capture \"" + name + "\" is named twice");
                    }
                    pos = close + 1;
                    group = new Capture(name, alternatives());
                } else {
                    group = alternatives();
                }
                if (!at(")")) {
                    throw error("'(' without ')'");
                }
                pos++;
                return group;
            }
            throw error("expected '[', '(' , '^' or '$' but found '" + c + "'");
        }

        Node quantified(Node atom) {
            if (pos >= s.length()) {
                return atom;
            }
            char c = s.charAt(pos);
            int min;
            int max;
            if (c == '?') {
                min = 0;
                max = 1;
                pos++;
            } else if (c == '*') {
                min = 0;
                max = MAX_OPEN_REPEAT;
                pos++;
            } else if (c == '+') {
                min = 1;
                max = MAX_OPEN_REPEAT;
                pos++;
            } else if (c == '{') {
                int close = s.indexOf('}', pos);
                if (close < 0) {
                    throw error("'{' without '}'");
                }
                String[] bounds = s.substring(pos + 1, close).split(",", -1);
                try {
                    min = Integer.parseInt(bounds[0].strip());
                    max = bounds.length == 1 ? min : Integer.parseInt(bounds[1].strip());
                } catch (NumberFormatException e) {
                    throw error("repeat bounds must be {n} or {m,n}");
                }
                if (min < 0 || max < min || max > MAX_REPEAT) {
                    throw error("repeat bounds must satisfy 0 <= m <= n <= " + MAX_REPEAT);
                }
                pos = close + 1;
            } else {
                return atom;
            }
            if (atom instanceof Anchor || atom instanceof Look) {
                throw error("an anchor or look-around cannot repeat");
            }
            boolean lazy = pos < s.length() && s.charAt(pos) == '?';
            if (lazy) {
                pos++;
            }
            return new Repeat(atom, min, max, lazy);
        }
    }
}
