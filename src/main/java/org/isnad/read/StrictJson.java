package org.isnad.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;

/**
 * JSON read strictly, token by token: duplicate keys, lone UTF-16 surrogates written as escapes,
 * anything after the value, and values beyond Jackson's limits are errors with their line and
 * column, never silently repaired. Walking tokens lets a large array be checked and read one
 * element at a time.
 */
final class StrictJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StrictJson() {
    }

    /** A strict parser over {@code in}; strings longer than the heap's document limit are refused. */
    static JsonParser parser(Reader in) throws IOException {
        JsonFactory factory = JsonFactory.builder()
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, InputLimits.maxDocumentBytes()))
                        .build())
                .build();
        return factory.createParser(in);
    }

    static JsonParser parser(String line) throws IOException {
        return parser(new java.io.StringReader(line));
    }

    /**
     * Reads the value at the parser's current token; with {@code build} false it only checks it (for
     * a first pass over a large file) and returns null.
     */
    static JsonNode value(JsonParser p, boolean build) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "no JSON value");
        }
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = build ? NODES.objectNode() : null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = checked(p, p.currentName());
                    p.nextToken();
                    JsonNode v = value(p, build);
                    if (build) {
                        o.set(name, v);
                    }
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = build ? NODES.arrayNode() : null;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    JsonNode v = value(p, build);
                    if (build) {
                        a.add(v);
                    }
                }
                return a;
            }
            case VALUE_STRING -> {
                String s = checked(p, p.getText());
                return build ? NODES.textNode(s) : null;
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return build ? NODES.numberNode(new BigDecimal(p.getText())) : null;
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return build ? NODES.booleanNode(t == JsonToken.VALUE_TRUE) : null;
            }
            case VALUE_NULL -> {
                return build ? NODES.nullNode() : null;
            }
            default -> throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + t);
        }
    }

    /** Fails when anything but whitespace follows the value just read. */
    static void end(JsonParser p) throws IOException {
        if (p.nextToken() != null) {
            throw new com.fasterxml.jackson.core.JsonParseException(p,
                    "unexpected content after the JSON value (one value a file; JSON Lines takes one a line)",
                    p.currentTokenLocation());
        }
    }

    /** A string that Jackson decoded from an escape such as \\uD800 may hold half a surrogate pair. */
    private static String checked(JsonParser p, String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, String.format(
                        "invalid escape \\u%04X: half of a UTF-16 surrogate pair, not a character", (int) c),
                        p.currentTokenLocation());
            }
        }
        return s;
    }

    /** "at line L, column C: what" for any Jackson failure, including limit errors that carry no location. */
    static String describe(JsonProcessingException e, JsonParser p) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p == null ? null : p.currentLocation();
        String where = at == null || at.getLineNr() < 0 ? "" : "at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
        String what = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            what = "beyond the reader's limits: " + what;
        }
        return where + what;
    }
}
