package org.isnad.evaluate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a span of the text names a gold entity, by the shared scorer's rules: both sides
 * normalised, one leading clitic group dropped, then equal, or one inside the other with at most
 * three letters to spare. Lengths are code points, as the scorer counts them. The letter tables are
 * data ({@code isnad/evaluate/name-matching.tsv}).
 */
final class NameMatch {
    private static final String RESOURCE = "isnad/evaluate/name-matching.tsv";
    /** Trimmed from both ends after whitespace, so that quotes and brackets around a name do not matter. */
    private static final String PUNCTUATION = " .,:;\"'\u00ab\u00bb\u201c\u201d()";
    private static final int SPARE = 3;

    private record Replacement(String from, String to) {
    }

    private static final List<Replacement> REPLACEMENTS = new ArrayList<>();
    private static final List<String> POSSESSIVES = new ArrayList<>();
    private static final List<String> ARTICLES = new ArrayList<>();
    private static final List<String> CLITICS = new ArrayList<>();

    static {
        load();
    }

    private NameMatch() {
    }

    static boolean sameName(String span, String form) {
        String a = bare(span);
        String b = bare(form);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b) || norm(span).equals(norm(form))) {
            return true;
        }
        int la = length(a);
        int lb = length(b);
        return (a.contains(b) && la - lb <= SPARE) || (b.contains(a) && lb - la <= SPARE && la >= SPARE);
    }

    /** The normalised form without one leading clitic group, when enough of the word remains. */
    static String bare(String s) {
        String n = norm(s);
        for (String c : CLITICS) {
            if (n.startsWith(c) && length(n) - length(c) >= SPARE) {
                return n.substring(c.length());
            }
        }
        return n;
    }

    /** Compatibility-folded, letter variants unified, marks dropped, lower case, trimmed, no possessive or article. */
    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        for (Replacement r : REPLACEMENTS) {
            n = n.replace(r.from(), r.to());
        }
        StringBuilder kept = new StringBuilder(n.length());
        n.codePoints().filter(cp -> !isMark(cp)).forEach(kept::appendCodePoint);
        n = trim(trimSpace(kept.toString().toLowerCase(Locale.ROOT)), PUNCTUATION);
        for (String p : POSSESSIVES) {
            if (n.endsWith(p)) {
                n = n.substring(0, n.length() - p.length());
                break;
            }
        }
        for (String a : ARTICLES) {
            if (n.startsWith(a + " ")) {
                n = n.substring(a.length() + 1);
                break;
            }
        }
        return n;
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /** Whitespace as the scorer's language counts it: wider than {@link String#strip()} (no-break spaces too). */
    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    private static String trimSpace(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static String trim(String s, String chars) {
        int b = 0;
        int e = s.length();
        while (b < e && chars.indexOf(s.charAt(b)) >= 0) {
            b++;
        }
        while (e > b && chars.indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(b, e);
    }

    private static void load() {
        try (InputStream in = NameMatch.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the build lacks " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "fold" -> REPLACEMENTS.add(new Replacement(f[1], f.length > 2 ? f[2] : ""));
                    case "delete" -> REPLACEMENTS.add(new Replacement(f[1], ""));
                    case "possessive" -> POSSESSIVES.add(f[1]);
                    case "article" -> ARTICLES.add(f[1]);
                    case "clitic" -> CLITICS.add(f[1]);
                    default -> throw new IllegalStateException(RESOURCE + ":" + n + ": unknown kind '" + f[0] + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }
}
