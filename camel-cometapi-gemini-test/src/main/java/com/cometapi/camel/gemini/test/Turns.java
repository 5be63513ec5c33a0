package com.cometapi.camel.gemini.test;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the turns of a request's {@code contents} the way the Gemini API does: a content without a {@code role} is
 * the user's, and a field may be spelled in camelCase ({@code functionCall}) or as the proto names it
 * ({@code function_call}).
 */
final class Turns {

    private Turns() {
    }

    static boolean isModel(JsonNode content) {
        return "model".equals(content.path("role").asText(""));
    }

    static boolean isUser(JsonNode content) {
        String role = content.path("role").asText("");
        return role.isEmpty() || "user".equals(role);
    }

    /** The {@code functionCall} objects of a content, in part order. */
    static List<JsonNode> functionCalls(JsonNode content) {
        return partsWith(content, "functionCall", "function_call");
    }

    /** The {@code functionResponse} objects of a content, in part order. */
    static List<JsonNode> functionResponses(JsonNode content) {
        return partsWith(content, "functionResponse", "function_response");
    }

    /** The first part of a content that holds a {@code functionCall}, or null when it has none. */
    static JsonNode firstFunctionCallPart(JsonNode content) {
        for (JsonNode part : content.path("parts")) {
            if (field(part, "functionCall", "function_call").isObject()) {
                return part;
            }
        }
        return null;
    }

    /**
     * Where the current turn begins: the index of the latest user content with a part that is not a function
     * response (a text, an image, a file), or -1 when no content is one.
     */
    static int currentTurnStart(JsonNode contents) {
        for (int i = contents.size() - 1; i >= 0; i--) {
            JsonNode content = contents.get(i);
            if (isUser(content) && hasStandardPart(content)) {
                return i;
            }
        }
        return -1;
    }

    /** A field by either of its spellings; a {@code MissingNode} when the object has neither. */
    static JsonNode field(JsonNode node, String camelCase, String protoName) {
        JsonNode value = node.path(camelCase);
        return value.isMissingNode() ? node.path(protoName) : value;
    }

    /** A text field by either spelling, or null when absent, not text or empty. */
    static String text(JsonNode node, String camelCase, String protoName) {
        JsonNode value = field(node, camelCase, protoName);
        return value.isTextual() && !value.asText().isEmpty() ? value.asText() : null;
    }

    private static boolean hasStandardPart(JsonNode content) {
        for (JsonNode part : content.path("parts")) {
            if (!field(part, "functionResponse", "function_response").isObject()) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> partsWith(JsonNode content, String camelCase, String protoName) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode part : content.path("parts")) {
            JsonNode value = field(part, camelCase, protoName);
            if (value.isObject()) {
                found.add(value);
            }
        }
        return found;
    }
}
