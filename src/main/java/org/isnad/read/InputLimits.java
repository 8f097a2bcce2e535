package org.isnad.read;

/**
 * How large a document this JVM can take. Reading, analysing and mapping one document holds several
 * copies of its text and a token object per word (measured: an 8 MB text peaks near a 512 MiB heap),
 * so the limit follows the heap instead of being a fixed number that fits one machine only.
 */
public final class InputLimits {
    /** Never more than this, whatever the heap: news articles are a few KB. */
    static final long CEILING = 64L * 1024 * 1024;
    private static final long FLOOR = 256L * 1024;
    private static final long HEAP_SHARE = 96;

    private InputLimits() {
    }

    /** The largest document, in bytes of UTF-8 (or chars of a JSON string), read under the current heap. */
    public static long maxDocumentBytes() {
        String set = System.getProperty("isnad.maxDocumentBytes");
        if (set != null) {
            // For the tests that show what happens past the limit; not a user setting.
            return Long.parseLong(set);
        }
        return Math.max(FLOOR, Math.min(CEILING, Runtime.getRuntime().maxMemory() / HEAP_SHARE));
    }

    /** Says why a document of {@code size} bytes is refused and what the user can do. */
    static String tooLarge(long size) {
        return "document is " + size + " bytes, over the " + maxDocumentBytes() + " bytes this Java heap ("
                + (Runtime.getRuntime().maxMemory() >> 20) + " MiB) can extract from"
                + (maxDocumentBytes() >= CEILING ? "" : "; give Java more memory (JAVA_OPTS=-Xmx4g) or split the document")
                + "; skipped";
    }
}
