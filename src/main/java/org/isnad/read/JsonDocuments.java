package org.isnad.read;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Maps one JSON object ({@code text}, optional {@code title url published publisher language}) to a document. */
final class JsonDocuments {
    private JsonDocuments() {
    }

    static SourceDocument fromJson(JsonNode node, String origin) throws InputProblem {
        if (node == null || !node.isObject()) {
            throw new InputProblem(origin, "expected a JSON object with a \"text\" field");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw new InputProblem(origin, "missing or non-string \"text\" field");
        }
        String body = text.asText();
        if (!body.isEmpty() && body.charAt(0) == '\uFEFF') {
            body = body.substring(1);
        }
        if (body.isBlank()) {
            throw new InputProblem(origin, "empty \"text\"");
        }
        String title = string(node, "title");
        return new SourceDocument(body, title != null ? title : TextFormat.firstLine(body),
                string(node, "url"), date(node, origin), string(node, "publisher"),
                language(node, origin), origin);
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    private static LocalDate date(JsonNode node, String origin) throws InputProblem {
        String value = string(node, "published");
        if (value == null) {
            return null;
        }
        try {
            // Accept full timestamps too; only the date part matters for resolving "this month".
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new InputProblem(origin, "\"published\" is not a YYYY-MM-DD date: " + value);
        }
    }

    private static String language(JsonNode node, String origin) throws InputProblem {
        String value = string(node, "language");
        if (value == null) {
            return null;
        }
        String lang = value.toLowerCase(java.util.Locale.ROOT);
        if (lang.startsWith("ar")) {
            return "ar";
        }
        if (lang.startsWith("en")) {
            return "en";
        }
        throw new InputProblem(origin, "unsupported \"language\": " + value + " (use ar or en)");
    }
}
