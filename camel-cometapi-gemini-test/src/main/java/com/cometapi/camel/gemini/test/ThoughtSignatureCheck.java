package com.cometapi.camel.gemini.test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Gemini 3's rule for thought signatures in function calling: within the current turn (everything after the latest
 * user content that is more than function responses), the first {@code functionCall} part of every model step must
 * carry the {@code thoughtSignature} it came with. Parallel calls after the first need none; earlier turns are not
 * looked at. Any non-empty signature passes: the mock cannot tell a real one from another.
 */
final class ThoughtSignatureCheck {

    /** The start of the real API's message; the rest names the call and its 1-based position in {@code contents}. */
    static final String MESSAGE_START = "Function call is missing a thought_signature in functionCall parts.";

    private ThoughtSignatureCheck() {
    }

    /** The real API's message for the first step whose first call has no signature, or null when all have one. */
    static String violation(JsonNode contents) {
        for (int i = Turns.currentTurnStart(contents) + 1; i < contents.size(); i++) {
            JsonNode content = contents.get(i);
            JsonNode firstCall = Turns.isModel(content) ? Turns.firstFunctionCallPart(content) : null;
            if (firstCall != null && Turns.text(firstCall, "thoughtSignature", "thought_signature") == null) {
                String name = Turns.field(firstCall, "functionCall", "function_call").path("name").asText("");
                return MESSAGE_START + " This is required for tools to work correctly, and missing thought_signature"
                       + " may lead to degraded model performance. Additional data, function call `default_api:"
                       + name + "` , position " + (i + 1) + ". Please refer to"
                       + " https://ai.google.dev/gemini-api/docs/thought-signatures for more details.";
            }
        }
        return null;
    }
}
