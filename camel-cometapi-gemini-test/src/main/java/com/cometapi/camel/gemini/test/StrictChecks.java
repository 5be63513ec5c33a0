package com.cometapi.camel.gemini.test;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The checks the real Gemini API makes on a request's function-calling history, for {@link MockGeminiServer}: a
 * request that breaks one gets the real API's 400 {@code INVALID_ARGUMENT} instead of an answer (see
 * {@link ThoughtSignatureCheck} and {@link FunctionResponseCheck}). By default they run for models whose name starts
 * with {@code gemini-3}; {@link #force} turns them on or off for every model. Thread-safe.
 */
final class StrictChecks {

    static final String DEFAULT_MODEL_PREFIX = "gemini-3";

    private volatile Boolean forced;

    /** True or false for every model; null for the default (on for {@code gemini-3*} models only). */
    void force(Boolean on) {
        this.forced = on;
    }

    boolean appliesTo(String model) {
        Boolean on = forced;
        return on != null ? on : model != null && model.startsWith(DEFAULT_MODEL_PREFIX);
    }

    /** The 400 answer for the first check the request fails, or null when it passes (or the checks are off). */
    Rendered refusal(RecordedRequest request) {
        if (!appliesTo(request.model())) {
            return null;
        }
        JsonNode contents = request.parsedBody().path("contents");
        if (!contents.isArray()) {
            return null;
        }
        String violation = ThoughtSignatureCheck.violation(contents);
        if (violation == null) {
            violation = FunctionResponseCheck.violation(contents);
        }
        if (violation == null) {
            return null;
        }
        JsonNode hint = Json.object().put("@type", "type.googleapis.com/google.rpc.DebugInfo")
                .put("detail", "MockGeminiServer strict checks (on for gemini-3* models unless strictChecks(false)):"
                               + " send back each model turn's function calls with their thoughtSignature and id, and"
                               + " one functionResponse per call with that call's id; script Gemini 3 calls with"
                               + " MockReply.withThoughtSignature(...) and withCallId(...)");
        return ReplyRenderer.plainError(new MockReply.ErrorSpec(400, "INVALID_ARGUMENT", violation), List.of(hint));
    }
}
