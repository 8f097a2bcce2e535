package org.isnad.read;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news document as read from disk, before any analysis.
 *
 * @param text      the text exactly as read (only a leading BOM removed); every offset indexes into it
 * @param title     the title, or null
 * @param url       the canonical URL, or null
 * @param published the publication date, or null when unknown
 * @param publisher the publisher's name, or null
 * @param language  "ar", "en", or null to detect from the text
 * @param origin    where it came from, for messages: a path, with ":line" for JSON Lines
 */
public record SourceDocument(String text, String title, String url, LocalDate published,
                             String publisher, String language, String origin) {
    public SourceDocument {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
    }

    public SourceDocument withDefaults(LocalDate defaultPublished, String defaultLanguage) {
        return new SourceDocument(text, title, url,
                published != null ? published : defaultPublished,
                publisher,
                language != null ? language : defaultLanguage,
                origin);
    }
}
