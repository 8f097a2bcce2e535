package org.isnad.serve.page;

/**
 * A page being written. Every string from the store goes through {@link #text} or an attribute
 * value, both escaped: labels, texts and IRIs may hold markup, quotes or bidi controls. Text in
 * Arabic script is marked {@code lang="ar" dir="rtl"}, and every label is isolated in {@code <bdi>}
 * so a right-to-left name does not reorder the left-to-right words around it.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(8192);

    /** Escaped text, with the bidi embedding, override and isolate controls removed (a label must not reorder the page). */
    Html text(String s) {
        if (s == null) {
            return this;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (!isBidiControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return this;
    }

    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** Markup written by this program, never from the store. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** An opening tag; attributes come in name, value pairs, values escaped, null values left out. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                text(attributes[i + 1]);
                out.append('"');
            }
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding escaped text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A link with escaped text. */
    Html link(String href, String text, String... attributes) {
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return open("a", all).text(text).close("a");
    }

    /** A name or phrase isolated from the text around it, marked with its language and direction. */
    Html label(String text, String language) {
        String lang = language != null && !language.isEmpty() ? language : guessLanguage(text);
        open("bdi", "lang", lang, "dir", isRtl(text) ? "rtl" : "ltr").text(text).close("bdi");
        return this;
    }

    /** A labelled link: the link isolated as one unit in the line. */
    Html labelLink(String href, String text, String language) {
        open("a", "href", href);
        label(text, language);
        return close("a");
    }

    /** Whether a text's first strong letter is right-to-left (Arabic, Hebrew, Syriac, Thaana). */
    static boolean isRtl(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            byte d = Character.getDirectionality(s.charAt(i));
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
        }
        return false;
    }

    /** "ar" for text in Arabic script, else null (left unsaid rather than guessed wrong). */
    static String guessLanguage(String s) {
        return isRtl(s) ? "ar" : null;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
