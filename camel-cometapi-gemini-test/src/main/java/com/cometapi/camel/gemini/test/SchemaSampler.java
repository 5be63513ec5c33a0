package com.cometapi.camel.gemini.test;

import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A small deterministic JSON value for a Gemini {@code responseSchema} (OpenAPI subset, {@code "type": "OBJECT"}) or a
 * {@code responseJsonSchema} (JSON Schema, {@code "type": "object"}); without a schema,
 * {@code {"answer": "...", "promptWords": n}}.
 */
final class SchemaSampler {

    private static final int MAX_DEPTH = 8;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemaSampler() {
    }

    static JsonNode sample(JsonNode schema, String answer, int promptWords) {
        if (schema == null || !schema.isObject() || schema.isEmpty()) {
            return Json.object().put("answer", answer).put("promptWords", promptWords);
        }
        return sample(schema, null, answer, promptWords, 0);
    }

    private static JsonNode sample(JsonNode schema, String name, String answer, int number, int depth) {
        if (depth > MAX_DEPTH) {
            return NODES.nullNode();
        }
        if (schema.path("enum").size() > 0) {
            return schema.path("enum").path(0).deepCopy();
        }
        for (String union : new String[] {"anyOf", "oneOf"}) {
            if (schema.path(union).size() > 0) {
                return sample(schema.path(union).path(0), name, answer, number, depth + 1);
            }
        }
        switch (type(schema)) {
            case "object":
                ObjectNode object = Json.object();
                for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                    object.set(property.getKey(),
                            sample(property.getValue(), property.getKey(), answer, number, depth + 1));
                }
                return object;
            case "array":
                return Json.array().add(sample(schema.path("items"), name, answer, number, depth + 1));
            case "integer":
                return NODES.numberNode(number);
            case "number":
                return NODES.numberNode(number + 0.5);
            case "boolean":
                return NODES.booleanNode(true);
            case "null":
                return NODES.nullNode();
            default:
                return NODES.textNode(name == null ? answer : "mock " + name);
        }
    }

    /** The schema's type in lower case; the first non-null one of a type list; object when it only has properties. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equalsIgnoreCase(t.asText())) {
                    return t.asText().toLowerCase(Locale.ROOT);
                }
            }
        }
        if (type.isTextual()) {
            return type.asText().toLowerCase(Locale.ROOT);
        }
        return schema.has("properties") ? "object" : "string";
    }
}
