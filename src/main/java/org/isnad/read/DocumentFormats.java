package org.isnad.read;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The registry of input formats, keyed by file extension (in the manner of RDF4J Rio's registries). */
public final class DocumentFormats {
    private final Map<String, DocumentFormat> byExtension = new LinkedHashMap<>();

    private DocumentFormats() {
    }

    public static DocumentFormats standard() {
        return new DocumentFormats()
                .register(new TextFormat())
                .register(new JsonFormat())
                .register(new JsonLinesFormat());
    }

    public DocumentFormats register(DocumentFormat format) {
        format.extensions().forEach(ext -> byExtension.put(ext, format));
        return this;
    }

    public Optional<DocumentFormat> forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(byExtension.get(name.substring(dot + 1)));
    }

    public java.util.Set<String> extensions() {
        return byExtension.keySet();
    }
}
