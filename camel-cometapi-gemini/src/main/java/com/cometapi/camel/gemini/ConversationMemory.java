package com.cometapi.camel.gemini;

import java.util.ArrayList;
import java.util.List;

import com.cometapi.camel.gemini.conversation.GeminiConversationStore;
import com.cometapi.camel.gemini.model.Content;

/**
 * The multi-turn history of exchanges with header {@code CamelGeminiConversationId}: what goes before a new turn, and
 * what a completed exchange adds (its own turns, then the answer's, tool calls included). Nothing from a failed one.
 */
final class ConversationMemory {

    private final GeminiConversationStore store;

    ConversationMemory(GeminiConversationStore store) {
        this.store = store;
    }

    /** The conversation's turns so far, then the new ones. */
    List<Content> withHistory(String conversationId, List<Content> newTurns) {
        List<Content> contents = new ArrayList<>(store.history(conversationId));
        contents.addAll(newTurns);
        return contents;
    }

    /** Adds a completed exchange's turns (its own, then the answer's) to its conversation, if it has one. */
    void remember(PreparedCall prepared, List<Content> answerTurns) {
        if (prepared.conversationId() == null) {
            return;
        }
        List<Content> turns = new ArrayList<>(prepared.newTurns());
        turns.addAll(answerTurns);
        store.append(prepared.conversationId(), turns);
    }
}
