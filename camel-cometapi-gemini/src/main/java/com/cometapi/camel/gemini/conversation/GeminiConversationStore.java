package com.cometapi.camel.gemini.conversation;

import java.util.List;

import com.cometapi.camel.gemini.model.Content;

/**
 * Keeps the turns of multi-turn conversations, for exchanges with header {@code CamelGeminiConversationId}. Each
 * completed exchange adds its turns at once (the user turn, the model's answer, and any function calls and
 * responses of a tool loop); a failed exchange adds nothing. Implementations must be thread-safe.
 */
public interface GeminiConversationStore {

    /** The turns so far, oldest first; empty for an unknown conversation. */
    List<Content> history(String conversationId);

    /** Adds one completed exchange's turns to the conversation. */
    void append(String conversationId, List<Content> exchangeTurns);

    /** Forgets a conversation. */
    void remove(String conversationId);
}
