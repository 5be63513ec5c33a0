package com.cometapi.camel.gemini.response;

import java.util.List;
import java.util.Map;

import com.cometapi.camel.gemini.GeminiConstants;
import com.cometapi.camel.gemini.GeminiInlineData;
import com.cometapi.camel.gemini.model.Blob;
import com.cometapi.camel.gemini.model.Candidate;
import com.cometapi.camel.gemini.model.FunctionCall;
import com.cometapi.camel.gemini.model.GenerateContentResponse;
import com.cometapi.camel.gemini.model.GroundingMetadata;
import com.cometapi.camel.gemini.model.PromptFeedback;
import com.cometapi.camel.gemini.model.UsageMetadata;
import org.apache.camel.Message;

/**
 * Sets the {@code CamelGemini...} headers that describe one response, into a message's header map (a streamed
 * chunk's map while Camel fills it: see {@link ChunkMessage}). A field the response lacks leaves its header unset
 * (never the string "null").
 */
public final class ResponseHeaders {

    /** Every header a call sets: cleared before a call's own, so none is left over from an earlier call. */
    private static final List<String> OUTPUT_HEADERS = List.of(GeminiConstants.RESPONSE_ID,
            GeminiConstants.MODEL_VERSION, GeminiConstants.FINISH_REASON, GeminiConstants.FINISH_MESSAGE,
            GeminiConstants.PROMPT_TOKEN_COUNT, GeminiConstants.CANDIDATES_TOKEN_COUNT,
            GeminiConstants.TOTAL_TOKEN_COUNT, GeminiConstants.THOUGHTS_TOKEN_COUNT,
            GeminiConstants.CACHED_CONTENT_TOKEN_COUNT, GeminiConstants.TOOL_USE_PROMPT_TOKEN_COUNT,
            GeminiConstants.USAGE_METADATA, GeminiConstants.GROUNDING_METADATA, GeminiConstants.WEB_SEARCH_QUERIES,
            GeminiConstants.CITATION_METADATA, GeminiConstants.SAFETY_RATINGS, GeminiConstants.BLOCK_REASON,
            GeminiConstants.FUNCTION_CALLS, GeminiConstants.THOUGHTS, GeminiConstants.AVG_LOGPROBS,
            GeminiConstants.RESPONSE, GeminiConstants.ATTEMPTS, GeminiConstants.INLINE_DATA,
            GeminiConstants.CHUNK_INDEX, GeminiConstants.SERVICE_TIER, GeminiConstants.CACHE_EXPIRE_TIME,
            GeminiConstants.FILE_NAME);

    private ResponseHeaders() {
    }

    /** Removes the headers an earlier Gemini call left on the message (one look when there is none). */
    public static void clear(Message message) {
        if (message.hasHeaders() && message.getHeaders().keySet().stream().anyMatch(ResponseHeaders::isOutput)) {
            OUTPUT_HEADERS.forEach(message::removeHeader);
        }
    }

    private static boolean isOutput(String header) {
        return header.regionMatches(true, 0, "CamelGemini", 0, "CamelGemini".length());
    }

    public static void apply(GenerateContentResponse response, Map<String, Object> headers) {
        headers.put(GeminiConstants.RESPONSE, response);
        set(headers, GeminiConstants.RESPONSE_ID, response.getResponseId());
        set(headers, GeminiConstants.MODEL_VERSION, response.getModelVersion());
        set(headers, GeminiConstants.SERVICE_TIER, bodyServiceTier(response));
        usage(response.getUsageMetadata(), headers);
        PromptFeedback feedback = response.getPromptFeedback();
        if (feedback != null) {
            set(headers, GeminiConstants.BLOCK_REASON, feedback.getBlockReason());
        }
        Candidate candidate = response.firstCandidate();
        if (candidate != null) {
            set(headers, GeminiConstants.FINISH_REASON, candidate.getFinishReason());
            set(headers, GeminiConstants.FINISH_MESSAGE, candidate.getFinishMessage());
            set(headers, GeminiConstants.CITATION_METADATA, candidate.getCitationMetadata());
            set(headers, GeminiConstants.AVG_LOGPROBS, candidate.getAvgLogprobs());
            grounding(candidate.getGroundingMetadata(), headers);
        }
        set(headers, GeminiConstants.SAFETY_RATINGS, candidate != null && candidate.getSafetyRatings() != null
                ? candidate.getSafetyRatings() : feedback != null ? feedback.getSafetyRatings() : null);
        List<FunctionCall> calls = response.functionCalls();
        if (!calls.isEmpty()) {
            headers.put(GeminiConstants.FUNCTION_CALLS, calls);
        }
        set(headers, GeminiConstants.THOUGHTS, response.thoughtsText());
        List<Blob> blobs = response.inlineDataParts();
        if (!blobs.isEmpty()) {
            headers.put(GeminiConstants.INLINE_DATA,
                    blobs.stream().map(blob -> new GeminiInlineData(blob.getMimeType(), blob.decodedData())).toList());
        }
    }

    /** The tier the answer's HTTP header {@code x-gemini-service-tier} names; nothing when it is null. */
    public static void serviceTier(String httpHeader, Message message) {
        set(message.getHeaders(), GeminiConstants.SERVICE_TIER, httpHeader);
    }

    /** The body's {@code serviceTier}: at the top level, else in {@code usageMetadata}; null when neither has it. */
    private static String bodyServiceTier(GenerateContentResponse response) {
        if (response.getAdditionalProperties().get("serviceTier") instanceof String tier) {
            return tier;
        }
        return response.getUsageMetadata() == null ? null : response.getUsageMetadata().getServiceTier();
    }

    /** Sets the usage headers; nothing when {@code usage} is null. */
    public static void usage(UsageMetadata usage, Map<String, Object> headers) {
        if (usage == null) {
            return;
        }
        headers.put(GeminiConstants.USAGE_METADATA, usage);
        set(headers, GeminiConstants.PROMPT_TOKEN_COUNT, usage.getPromptTokenCount());
        set(headers, GeminiConstants.CANDIDATES_TOKEN_COUNT, usage.getCandidatesTokenCount());
        set(headers, GeminiConstants.TOTAL_TOKEN_COUNT, usage.getTotalTokenCount());
        set(headers, GeminiConstants.THOUGHTS_TOKEN_COUNT, usage.getThoughtsTokenCount());
        set(headers, GeminiConstants.CACHED_CONTENT_TOKEN_COUNT, usage.getCachedContentTokenCount());
        set(headers, GeminiConstants.TOOL_USE_PROMPT_TOKEN_COUNT, usage.getToolUsePromptTokenCount());
    }

    /** Sets the grounding headers; nothing when {@code grounding} is null. */
    public static void grounding(GroundingMetadata grounding, Map<String, Object> headers) {
        if (grounding == null) {
            return;
        }
        headers.put(GeminiConstants.GROUNDING_METADATA, grounding);
        set(headers, GeminiConstants.WEB_SEARCH_QUERIES, grounding.getWebSearchQueries());
    }

    private static void set(Map<String, Object> headers, String name, Object value) {
        if (value != null) {
            headers.put(name, value);
        }
    }
}
