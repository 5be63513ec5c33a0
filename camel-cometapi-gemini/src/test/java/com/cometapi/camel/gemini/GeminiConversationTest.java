package com.cometapi.camel.gemini;

import java.util.List;

import com.cometapi.camel.gemini.conversation.InMemoryConversationStore;
import com.cometapi.camel.gemini.model.Content;
import com.cometapi.camel.gemini.test.MockReply;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Header CamelGeminiConversationId keeps history: earlier turns go first, completed exchanges are remembered,
 * failed ones are not; the in-memory store is bounded.
 */
class GeminiConversationTest extends MockGeminiTestSupport {

    @Override
    protected org.apache.camel.builder.RouteBuilder createRouteBuilder() {
        return new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("direct:streamWhole").to("gemini:stream").convertBodyTo(String.class);
            }
        };
    }

    private Exchange ask(String uri, String conversation, String prompt) {
        return template.request(uri, e -> {
            e.getMessage().setHeader(GeminiConstants.CONVERSATION_ID, conversation);
            e.getMessage().setBody(prompt);
        });
    }

    @Test
    void historyIsSentFirstAndEveryCompletedExchangeIsRemembered() {
        gemini.enqueue(MockReply.text("Hello Ada."), MockReply.text("Your name is Ada."));

        ask("gemini:generate", "c-1", "My name is Ada.");
        Exchange second = ask("gemini:generate", "c-1", "What is my name?");

        assertThat(second.getMessage().getBody()).isEqualTo("Your name is Ada.");
        JsonNode contents = gemini.lastRequest().bodyJson().path("contents");
        assertThat(contents).hasSize(3);
        assertThat(contents.path(0).path("parts").path(0).path("text").asText()).isEqualTo("My name is Ada.");
        assertThat(contents.path(1).path("role").asText()).isEqualTo("model");
        assertThat(contents.path(1).path("parts").path(0).path("text").asText()).isEqualTo("Hello Ada.");
        assertThat(contents.path(2).path("parts").path(0).path("text").asText()).isEqualTo("What is my name?");
    }

    @Test
    void failedExchangeAddsNothingAndOtherConversationsAreSeparate() {
        gemini.enqueue(MockReply.error(400, "INVALID_ARGUMENT", "bad"), MockReply.text("fine"), MockReply.text("other"));

        ask("gemini:generate", "c-2", "This one fails");
        ask("gemini:generate", "c-2", "Second try");
        ask("gemini:generate", "c-3", "Elsewhere");

        assertThat(gemini.requests().get(1).bodyJson().path("contents")).hasSize(1);
        assertThat(gemini.requests().get(2).bodyJson().path("contents")).hasSize(1);
    }

    @Test
    void streamedAnswerIsRememberedWhenTheStreamEnds() {
        gemini.enqueue(MockReply.text("one two three").withStreamChunks(3), MockReply.text("four"));

        String streamed = template.requestBodyAndHeader("direct:streamWhole", "Count", GeminiConstants.CONVERSATION_ID,
                "c-4", String.class);
        assertThat(streamed).isEqualTo("one two three");
        ask("gemini:generate", "c-4", "And then?");

        JsonNode contents = gemini.lastRequest().bodyJson().path("contents");
        assertThat(contents).hasSize(3);
        assertThat(contents.path(1).path("parts").path(0).path("text").asText()).isEqualTo("one two three");
    }

    @Test
    void inMemoryStoreDropsWholeOldExchangesAndLeastRecentConversations() {
        InMemoryConversationStore store = new InMemoryConversationStore(2, 4);
        store.append("a", List.of(Content.user("1"), Content.user("2")));
        store.append("a", List.of(Content.user("3"), Content.user("4")));
        store.append("a", List.of(Content.user("5"), Content.user("6"), Content.user("7")));
        assertThat(store.history("a")).extracting(c -> c.getParts().get(0).getText()).containsExactly("5", "6", "7");

        store.append("b", List.of(Content.user("b")));
        store.history("a");
        store.append("c", List.of(Content.user("c")));

        assertThat(store.size()).isEqualTo(2);
        assertThat(store.history("b")).as("least recently used, forgotten").isEmpty();
        assertThat(store.history("a")).hasSize(3);
    }
}
