package com.cometapi.camel.gemini;

import com.cometapi.camel.gemini.model.UsageMetadata;
import org.apache.camel.Message;

/**
 * Token counts summed over the model requests of one tool loop.
 */
final class TokenSums {

    private int prompt;
    private int candidates;
    private int thoughts;
    private int cached;
    private int toolUse;
    private int total;

    void add(UsageMetadata usage) {
        if (usage == null) {
            return;
        }
        prompt += valueOf(usage.getPromptTokenCount());
        candidates += valueOf(usage.getCandidatesTokenCount());
        thoughts += valueOf(usage.getThoughtsTokenCount());
        cached += valueOf(usage.getCachedContentTokenCount());
        toolUse += valueOf(usage.getToolUsePromptTokenCount());
        total += valueOf(usage.getTotalTokenCount());
    }

    /** Sets the token count headers to the sums. */
    void apply(Message message) {
        message.setHeader(GeminiConstants.PROMPT_TOKEN_COUNT, prompt);
        message.setHeader(GeminiConstants.CANDIDATES_TOKEN_COUNT, candidates);
        message.setHeader(GeminiConstants.THOUGHTS_TOKEN_COUNT, thoughts);
        message.setHeader(GeminiConstants.CACHED_CONTENT_TOKEN_COUNT, cached);
        message.setHeader(GeminiConstants.TOOL_USE_PROMPT_TOKEN_COUNT, toolUse);
        message.setHeader(GeminiConstants.TOTAL_TOKEN_COUNT, total);
    }

    private static int valueOf(Integer count) {
        return count == null ? 0 : count;
    }
}
