package com.cometapi.camel.gemini.conversation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.cometapi.camel.gemini.model.Content;

/**
 * The default {@link GeminiConversationStore}: in memory, thread-safe, bounded. Past {@code maxConversations} the
 * least recently used conversation is forgotten; past {@code maxTurns} turns in one conversation its oldest whole
 * exchanges are dropped (never half an exchange: a function response without its call is rejected by Gemini).
 */
public class InMemoryConversationStore implements GeminiConversationStore {

    /** Default bound on conversations kept. */
    public static final int DEFAULT_MAX_CONVERSATIONS = 1000;
    /** Default bound on turns kept per conversation. */
    public static final int DEFAULT_MAX_TURNS = 100;

    private final int maxTurns;
    private final Map<String, Deque<List<Content>>> conversations;

    public InMemoryConversationStore() {
        this(DEFAULT_MAX_CONVERSATIONS, DEFAULT_MAX_TURNS);
    }

    public InMemoryConversationStore(int maxConversations, int maxTurns) {
        if (maxConversations < 1 || maxTurns < 1) {
            throw new IllegalArgumentException("maxConversations and maxTurns must be at least 1");
        }
        this.maxTurns = maxTurns;
        this.conversations = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<List<Content>>> eldest) {
                return size() > maxConversations;
            }
        };
    }

    @Override
    public synchronized List<Content> history(String conversationId) {
        Deque<List<Content>> exchanges = conversations.get(conversationId);
        if (exchanges == null) {
            return List.of();
        }
        List<Content> turns = new ArrayList<>();
        exchanges.forEach(turns::addAll);
        return turns;
    }

    @Override
    public synchronized void append(String conversationId, List<Content> exchangeTurns) {
        if (exchangeTurns.isEmpty()) {
            return;
        }
        Deque<List<Content>> exchanges = conversations.computeIfAbsent(conversationId, id -> new ArrayDeque<>());
        exchanges.addLast(List.copyOf(exchangeTurns));
        int turns = exchanges.stream().mapToInt(List::size).sum();
        while (turns > maxTurns && exchanges.size() > 1) {
            turns -= exchanges.removeFirst().size();
        }
    }

    @Override
    public synchronized void remove(String conversationId) {
        conversations.remove(conversationId);
    }

    /** How many conversations are kept. */
    public synchronized int size() {
        return conversations.size();
    }
}
