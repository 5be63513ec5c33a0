package com.cometapi.camel.gemini.test;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How a {@link MockGeminiServer} answers {@code POST /{apiVersion}/models/{model}:countTokens}. Reach it with
 * {@link MockGeminiServer#countTokens()}.
 * <p>
 * The request is {@code {"contents": [...]}} or {@code {"generateContentRequest": {"model": "models/...", ...}}}
 * (Google's 400 when that {@code model} is missing). The answer is
 * {@code {"totalTokens": N, "promptTokensDetails": [{"modality": "TEXT", "tokenCount": N}]}} where N is, unless
 * {@link #total(int) fixed}, the mock's deterministic estimate: the whitespace-separated words of every text part
 * ({@code systemInstruction} and all turns). Generate answers estimate {@code promptTokenCount} the same way, so a
 * route that counts and then generates sees one number. A {@code generateContentRequest} naming a cache made on the
 * mock ({@link MockCaches}) adds the cache's tokens to the total and reports them as {@code cachedContentTokenCount}
 * (and {@code cacheTokensDetails}); an unusable cache is refused as on generate.
 *
 * <pre>{@code
 * gemini.countTokens().total(1_000_000);
 * gemini.countTokens().rejectNext(MockReply.error(429, "RESOURCE_EXHAUSTED", "Quota exceeded"));
 * }</pre>
 * Forgotten by {@link MockGeminiServer#reset()}. Thread-safe.
 */
public final class MockTokenCounts {

    private final MockCaches caches;
    private final QueuedFailures failures = new QueuedFailures();
    private volatile Integer fixedTotal;

    MockTokenCounts(MockCaches caches) {
        this.caches = caches;
    }

    /**
     * Answers every count with this {@code totalTokens} (a cache's tokens included) instead of the estimate.
     *
     * @param totalTokens zero or more
     * @return this, for chaining
     */
    public MockTokenCounts total(int totalTokens) {
        if (totalTokens < 0) {
            throw new IllegalArgumentException("countTokens().total needs 0 or more tokens, was " + totalTokens);
        }
        fixedTotal = totalTokens;
        return this;
    }

    /**
     * Goes back to the deterministic estimate (words of all text parts), the behaviour after a reset.
     *
     * @return this, for chaining
     */
    public MockTokenCounts estimate() {
        fixedTotal = null;
        return this;
    }

    /**
     * Answers the next count with this error instead; several calls queue several failures.
     *
     * @param error a {@link MockReply#error} or {@link MockReply#raw} reply
     * @return this, for chaining
     */
    public MockTokenCounts rejectNext(MockReply error) {
        failures.add(error, "countTokens().rejectNext");
        return this;
    }

    void reset() {
        fixedTotal = null;
        failures.clear();
    }

    /** {@code POST /{apiVersion}/models/{model}:countTokens}. */
    Rendered serve(RecordedRequest request) {
        Rendered failure = failures.next(request);
        if (failure != null) {
            return failure;
        }
        JsonNode body = request.parsedBody();
        JsonNode counted = body;
        int cached = 0;
        if (body.has("generateContentRequest")) {
            counted = body.path("generateContentRequest");
            if (counted.path("model").asText("").isEmpty()) {
                return ReplyRenderer.error(400, "INVALID_ARGUMENT",
                        "* CountTokensRequest.generate_content_request.model: model is not specified\n");
            }
            Rendered refused = caches.refuse(request.model(), counted);
            if (refused != null) {
                return refused;
            }
            cached = caches.cachedTokens(counted);
        }
        Integer fixed = fixedTotal;
        int total = fixed != null ? fixed : RequestText.estimateTokens(counted) + cached;
        ObjectNode answer = Json.object().put("totalTokens", total);
        if (cached > 0) {
            answer.put("cachedContentTokenCount", cached);
        }
        answer.putArray("promptTokensDetails").addObject().put("modality", "TEXT").put("tokenCount", total);
        if (cached > 0) {
            answer.putArray("cacheTokensDetails").addObject().put("modality", "TEXT").put("tokenCount", cached);
        }
        return ReplyRenderer.json(200, answer, List.of());
    }
}
