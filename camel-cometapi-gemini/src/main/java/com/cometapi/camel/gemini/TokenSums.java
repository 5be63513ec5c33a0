package com.cometapi.camel.gemini;

import com.cometapi.camel.gemini.model.UsageMetadata;
import org.apache.camel.Message;

/**
 * Token counts summed over the model requests of one tool loop.
 */
final class TokenSums {

    private Integer prompt;
    private Integer candidates;
    private Integer thoughts;
    private Integer cached;
    private Integer toolUse;
    private Integer total;

    /** A copy to add further usage to, leaving these sums as they are. */
    TokenSums copy() {
        TokenSums copy = new TokenSums();
        copy.prompt = prompt;
        copy.candidates = candidates;
        copy.thoughts = thoughts;
        copy.cached = cached;
        copy.toolUse = toolUse;
        copy.total = total;
        return copy;
    }

    void add(UsageMetadata usage) {
        if (usage == null) {
            return;
        }
        prompt = plus(prompt, usage.getPromptTokenCount());
        candidates = plus(candidates, usage.getCandidatesTokenCount());
        thoughts = plus(thoughts, usage.getThoughtsTokenCount());
        cached = plus(cached, usage.getCachedContentTokenCount());
        toolUse = plus(toolUse, usage.getToolUsePromptTokenCount());
        total = plus(total, usage.getTotalTokenCount());
    }

    /** Sets the token count headers to the sums; a count no request reported stays unset. */
    void apply(Message message) {
        set(message, GeminiConstants.PROMPT_TOKEN_COUNT, prompt);
        set(message, GeminiConstants.CANDIDATES_TOKEN_COUNT, candidates);
        set(message, GeminiConstants.THOUGHTS_TOKEN_COUNT, thoughts);
        set(message, GeminiConstants.CACHED_CONTENT_TOKEN_COUNT, cached);
        set(message, GeminiConstants.TOOL_USE_PROMPT_TOKEN_COUNT, toolUse);
        set(message, GeminiConstants.TOTAL_TOKEN_COUNT, total);
    }

    private static Integer plus(Integer sum, Integer count) {
        return count == null ? sum : sum == null ? count : Integer.valueOf(sum + count);
    }

    private static void set(Message message, String header, Integer sum) {
        if (sum != null) {
            message.setHeader(header, sum);
        }
    }
}
