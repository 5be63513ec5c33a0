package com.cometapi.camel.gemini.examples.quickstart;

import java.util.List;

import com.cometapi.camel.gemini.GeminiConstants;
import com.cometapi.camel.gemini.conversation.InMemoryConversationStore;
import com.cometapi.camel.gemini.model.Content;
import com.cometapi.camel.gemini.model.Part;
import com.cometapi.camel.gemini.test.MockReply;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multi-turn conversations, shown in docs/guides/conversations.md: history kept by the component under a
 * conversation id, in the default store or in one of your own, and history sent explicitly as a List of Content.
 */
class ConversationsTest extends MockGeminiRouteTest {

    private final InMemoryConversationStore chatStore = new InMemoryConversationStore(10_000, 40);

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // snippet:conversations-route
                from("direct:chat")
                        .setHeader(GeminiConstants.CONVERSATION_ID, header("sessionId"))
                        .to("gemini:generate");
                // end-snippet:conversations-route

                // snippet:conversations-own-store
                getCamelContext().getRegistry().bind("chatStore", chatStore); // at most 10,000 chats of 40 turns
                from("direct:support-chat")
                        .setHeader(GeminiConstants.CONVERSATION_ID, header("sessionId"))
                        .to("gemini:generate?conversationStore=#chatStore");
                // end-snippet:conversations-own-store

                from("direct:history")
                        .to("gemini:generate");
            }
        };
    }

    @Test
    void theSecondMessageOfAConversationCarriesTheFirstExchange() {
        gemini.enqueue(MockReply.text("Nice to meet you, Alice."), MockReply.text("Your name is Alice."));

        // snippet:conversations-send
        template.requestBodyAndHeader("direct:chat", "Hi, my name is Alice.", "sessionId", "session-42");
        String answer = template.requestBodyAndHeader("direct:chat", "What is my name?", "sessionId", "session-42",
                String.class);
        // end-snippet:conversations-send

        assertThat(answer).isEqualTo("Your name is Alice.");
        // snippet:conversations-second-request
        JsonNode contents = gemini.lastRequest().bodyJson().path("contents");
        assertThat(contents).extracting(turn -> turn.path("role").asText())
                .containsExactly("user", "model", "user");
        assertThat(contents.at("/0/parts/0/text").asText()).isEqualTo("Hi, my name is Alice.");
        assertThat(contents.at("/1/parts/0/text").asText()).isEqualTo("Nice to meet you, Alice.");
        assertThat(contents.at("/2/parts/0/text").asText()).isEqualTo("What is my name?");
        // end-snippet:conversations-second-request
    }

    @Test
    void conversationsDoNotMix() {
        template.requestBodyAndHeader("direct:chat", "I am Bob.", "sessionId", "bob");
        template.requestBodyAndHeader("direct:chat", "I am Carol.", "sessionId", "carol");

        assertThat(gemini.lastRequest().bodyJson().path("contents")).hasSize(1);
    }

    @Test
    void aStoreOfYourOwnKeepsTheHistory() {
        template.requestBodyAndHeader("direct:support-chat", "My order is late.", "sessionId", "ticket-7");
        template.requestBodyAndHeader("direct:support-chat", "It is order 1234.", "sessionId", "ticket-7");

        assertThat(chatStore.history("ticket-7")).hasSize(4);
        assertThat(gemini.lastRequest().bodyJson().path("contents")).hasSize(3);
        // snippet:conversations-forget
        chatStore.remove("ticket-7");
        // end-snippet:conversations-forget
        assertThat(chatStore.history("ticket-7")).isEmpty();
    }

    @Test
    void aFailedExchangeAddsNothingToTheHistory() {
        gemini.enqueue(MockReply.error(400, "INVALID_ARGUMENT", "Bad request."));

        template.request("direct:chat", e -> {
            e.getMessage().setBody("This one fails.");
            e.getMessage().setHeader("sessionId", "session-9");
        });
        template.requestBodyAndHeader("direct:chat", "This one works.", "sessionId", "session-9");

        assertThat(gemini.lastRequest().bodyJson().path("contents")).hasSize(1);
    }

    @Test
    void historyCanBeSentAsAListOfContent() {
        // snippet:conversations-explicit-history
        List<Content> history = List.of(
                Content.user("Hi, my name is Alice."),
                Content.model(Part.ofText("Nice to meet you, Alice.")),
                Content.user("What is my name?"));
        String answer = template.requestBody("direct:history", history, String.class);
        // end-snippet:conversations-explicit-history

        assertThat(answer).startsWith("Mock Gemini answer to: ");
        assertThat(gemini.lastRequest().bodyJson().path("contents")).extracting(turn -> turn.path("role").asText())
                .containsExactly("user", "model", "user");
    }
}
