package com.cometapi.camel.gemini.test;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON helpers that write the way Google's Gemini front end does: unary bodies pretty-printed with a two-space indent
 * and {@code "key": value}, stream events on one line as {@code {"key": value,"next": ...}}, and the angle brackets
 * escaped as Google does.
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter()).with(new GoogleEscapes());
    private static final ObjectWriter ONE_LINE = MAPPER.writer(new OneLinePrinter()).with(new GoogleEscapes());

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Parses JSON text, failing with a message that names what was being parsed. */
    static JsonNode parse(String json, String what) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Converts a Java value (map, list, string, number, boolean, null, JsonNode) to a JSON tree. */
    static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** Pretty, the way unary responses and error bodies look. */
    static String pretty(JsonNode node) {
        return write(PRETTY, node);
    }

    /** One line, the way a {@code data:} line of a stream event looks. */
    static String oneLine(JsonNode node) {
        return write(ONE_LINE, node);
    }

    private static String write(ObjectWriter writer, JsonNode node) {
        try {
            return writer.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter().withSeparators(separators).withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /** {@code {"a": 1,"b": [2,3]}}: a space after the colon only, as in Google's SSE events. */
    private static final class OneLinePrinter extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }
    }

    /** Google writes the angle brackets as lower-case unicode escapes (backslash, u003c / u003e). */
    private static final class GoogleEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final SerializableString LT = new SerializedString("\\u003c");
        private static final SerializableString GT = new SerializedString("\\u003e");
        private final int[] escapes;

        GoogleEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_CUSTOM;
            escapes['>'] = CharacterEscapes.ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == '<' ? LT : ch == '>' ? GT : null;
        }
    }
}
