package com.cometapi.camel.gemini.test;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A small deterministic JSON value for a Gemini {@code responseSchema} (OpenAPI subset, {@code "type": "OBJECT"}) or a
 * {@code responseJsonSchema} (JSON Schema, {@code "type": "object"}, {@code $ref} into the schema itself followed once);
 * without a schema, {@code {"answer": "...", "promptWords": n}}.
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
        return new Walk(schema, answer, promptWords).sample(schema, null, 0, Set.of("#"));
    }

    /** One sampling: the root schema, which {@code $ref}s point into, and the values to fill in. */
    private record Walk(JsonNode root, String answer, int number) {

        /**
         * @param references the {@code $ref}s followed on the way here: one met again (a class that contains itself)
         *                   gives null, or an empty array as array items, so a recursive schema ends at once
         */
        JsonNode sample(JsonNode schema, String name, int depth, Set<String> references) {
            if (depth > MAX_DEPTH) {
                return NODES.nullNode();
            }
            if (schema.path("$ref").isTextual()) {
                String reference = schema.path("$ref").asText();
                JsonNode target = resolve(reference);
                if (target == null || references.contains(reference)) {
                    return NODES.nullNode();
                }
                Set<String> followed = new HashSet<>(references);
                followed.add(reference);
                return sample(target, name, depth + 1, followed);
            }
            if (schema.path("enum").size() > 0) {
                return schema.path("enum").path(0).deepCopy();
            }
            for (String union : new String[] {"anyOf", "oneOf"}) {
                if (schema.path(union).size() > 0) {
                    return sample(schema.path(union).path(0), name, depth + 1, references);
                }
            }
            switch (type(schema)) {
                case "object":
                    ObjectNode object = Json.object();
                    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                        object.set(property.getKey(),
                                sample(property.getValue(), property.getKey(), depth + 1, references));
                    }
                    return object;
                case "array":
                    JsonNode item = sample(schema.path("items"), name, depth + 1, references);
                    return item.isNull() ? Json.array() : Json.array().add(item);
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

        /** {@code #} (the root) or a JSON pointer into it such as {@code #/$defs/Node}; null for anything else. */
        private JsonNode resolve(String reference) {
            if (!reference.startsWith("#")) {
                return null;
            }
            JsonNode target = root.at(reference.substring(1));
            return target.isMissingNode() ? null : target;
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
