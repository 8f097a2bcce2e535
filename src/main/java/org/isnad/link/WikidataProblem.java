package org.isnad.link;

/** Wikidata could not be asked, or answered something we cannot use. Nothing has been stored when it is thrown. */
public final class WikidataProblem extends RuntimeException {
    /** Why: the cause decides what the user should do next. */
    public enum Kind {
        /** Connection refused, unknown host: the machine is offline or the URL is wrong. */
        UNREACHABLE,
        /** Still failing (timeouts, 429, 503, maxlag) after every retry. */
        GAVE_UP,
        /** The answer was not JSON of the expected shape, or an API error. */
        BAD_RESPONSE,
        /** Offline mode and the answer is not in the cache. */
        NOT_CACHED
    }

    private final Kind kind;

    public WikidataProblem(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public WikidataProblem(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
