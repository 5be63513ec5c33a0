package com.cometapi.camel.gemini.response;

import java.util.List;

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
 * Sets the {@code CamelGemini...} headers that describe one response. A field the response lacks leaves its header
 * unset (never the string "null").
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

    public static void apply(GenerateContentResponse response, Message message) {
        message.setHeader(GeminiConstants.RESPONSE, response);
        set(message, GeminiConstants.RESPONSE_ID, response.getResponseId());
        set(message, GeminiConstants.MODEL_VERSION, response.getModelVersion());
        set(message, GeminiConstants.SERVICE_TIER, bodyServiceTier(response));
        usage(response.getUsageMetadata(), message);
        PromptFeedback feedback = response.getPromptFeedback();
        if (feedback != null) {
            set(message, GeminiConstants.BLOCK_REASON, feedback.getBlockReason());
        }
        Candidate candidate = response.firstCandidate();
        if (candidate != null) {
            set(message, GeminiConstants.FINISH_REASON, candidate.getFinishReason());
            set(message, GeminiConstants.FINISH_MESSAGE, candidate.getFinishMessage());
            set(message, GeminiConstants.CITATION_METADATA, candidate.getCitationMetadata());
            set(message, GeminiConstants.AVG_LOGPROBS, candidate.getAvgLogprobs());
            grounding(candidate.getGroundingMetadata(), message);
        }
        set(message, GeminiConstants.SAFETY_RATINGS, candidate != null && candidate.getSafetyRatings() != null
                ? candidate.getSafetyRatings() : feedback != null ? feedback.getSafetyRatings() : null);
        List<FunctionCall> calls = response.functionCalls();
        if (!calls.isEmpty()) {
            message.setHeader(GeminiConstants.FUNCTION_CALLS, calls);
        }
        set(message, GeminiConstants.THOUGHTS, response.thoughtsText());
        List<Blob> blobs = response.inlineDataParts();
        if (!blobs.isEmpty()) {
            message.setHeader(GeminiConstants.INLINE_DATA,
                    blobs.stream().map(blob -> new GeminiInlineData(blob.getMimeType(), blob.decodedData())).toList());
        }
    }

    /** The tier the answer's HTTP header {@code x-gemini-service-tier} names; nothing when it is null. */
    public static void serviceTier(String httpHeader, Message message) {
        set(message, GeminiConstants.SERVICE_TIER, httpHeader);
    }

    /** The body's {@code serviceTier}: at the top level, else in {@code usageMetadata}; null when neither has it. */
    private static String bodyServiceTier(GenerateContentResponse response) {
        if (response.getAdditionalProperties().get("serviceTier") instanceof String tier) {
            return tier;
        }
        return response.getUsageMetadata() == null ? null : response.getUsageMetadata().getServiceTier();
    }

    /** Sets the usage headers; nothing when {@code usage} is null. */
    public static void usage(UsageMetadata usage, Message message) {
        if (usage == null) {
            return;
        }
        message.setHeader(GeminiConstants.USAGE_METADATA, usage);
        set(message, GeminiConstants.PROMPT_TOKEN_COUNT, usage.getPromptTokenCount());
        set(message, GeminiConstants.CANDIDATES_TOKEN_COUNT, usage.getCandidatesTokenCount());
        set(message, GeminiConstants.TOTAL_TOKEN_COUNT, usage.getTotalTokenCount());
        set(message, GeminiConstants.THOUGHTS_TOKEN_COUNT, usage.getThoughtsTokenCount());
        set(message, GeminiConstants.CACHED_CONTENT_TOKEN_COUNT, usage.getCachedContentTokenCount());
        set(message, GeminiConstants.TOOL_USE_PROMPT_TOKEN_COUNT, usage.getToolUsePromptTokenCount());
    }

    /** Sets the grounding headers; nothing when {@code grounding} is null. */
    public static void grounding(GroundingMetadata grounding, Message message) {
        if (grounding == null) {
            return;
        }
        message.setHeader(GeminiConstants.GROUNDING_METADATA, grounding);
        set(message, GeminiConstants.WEB_SEARCH_QUERIES, grounding.getWebSearchQueries());
    }

    private static void set(Message message, String name, Object value) {
        if (value != null) {
            message.setHeader(name, value);
        }
    }
}
