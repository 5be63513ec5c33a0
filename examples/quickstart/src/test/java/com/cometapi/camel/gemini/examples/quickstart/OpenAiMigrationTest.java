package com.cometapi.camel.gemini.examples.quickstart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.cometapi.camel.gemini.GeminiConstants;
import com.cometapi.camel.gemini.model.Content;
import com.cometapi.camel.gemini.model.GenerateContentRequest;
import com.cometapi.camel.gemini.model.Part;
import com.cometapi.camel.gemini.test.MockReply;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a route moved from an OpenAI-compatible chat-completions call looks like on the native API, shown in
 * docs/guides/migrating-from-openai.md: the system prompt as systemInstruction, chat messages as Content turns, and
 * usage from the token headers.
 */
class OpenAiMigrationTest extends MockGeminiRouteTest {

    // snippet:openai-messages-to-request
    /**
     * Chat-completions messages ({@code role}: system, developer, user, assistant; {@code content}: text) as a Gemini
     * request: system and developer messages become the systemInstruction, assistant turns become model turns.
     */
    static GenerateContentRequest fromChatMessages(List<Map<String, String>> messages) {
        List<Part> instructions = new ArrayList<>();
        List<Content> contents = new ArrayList<>();
        for (Map<String, String> message : messages) {
            String text = message.get("content");
            switch (message.get("role")) {
                case "system", "developer" -> instructions.add(Part.ofText(text));
                case "assistant" -> contents.add(Content.model(Part.ofText(text)));
                default -> contents.add(Content.user(text));
            }
        }
        GenerateContentRequest request = new GenerateContentRequest().setContents(contents);
        return instructions.isEmpty() ? request : request.setSystemInstruction(Content.of(null, instructions));
    }
    // end-snippet:openai-messages-to-request

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // snippet:openai-route
                from("direct:support")
                        .to("gemini:generate?model=gemini-2.5-flash&temperature=0.2&maxOutputTokens=512"
                            + "&systemInstruction=You are a concise support agent for ACME routers.")
                        .log("${body} (${header.CamelGeminiPromptTokenCount} in,"
                             + " ${header.CamelGeminiCandidatesTokenCount} out, ${header.CamelGeminiFinishReason})");
                // end-snippet:openai-route

                // snippet:openai-chat-route
                from("direct:chat-completions")
                        .process(exchange -> {
                            @SuppressWarnings("unchecked")
                            List<Map<String, String>> messages = exchange.getMessage().getBody(List.class);
                            exchange.getMessage().setBody(fromChatMessages(messages));
                        })
                        .to("gemini:generate?model=gemini-2.5-flash");
                // end-snippet:openai-chat-route
            }
        };
    }

    @Test
    void theSystemPromptIsTheSystemInstruction() {
        gemini.enqueue(MockReply.text("Unplug it for ten seconds.").withUsage(21, 6, 0));

        Exchange reply = template.request("direct:support", e -> e.getMessage().setBody("My router blinks red."));

        // snippet:openai-usage-headers
        Message answer = reply.getMessage();
        assertThat(answer.getBody(String.class)).isEqualTo("Unplug it for ten seconds.");
        assertThat(answer.getHeader(GeminiConstants.PROMPT_TOKEN_COUNT, Integer.class)).isEqualTo(21);     // prompt_tokens
        assertThat(answer.getHeader(GeminiConstants.CANDIDATES_TOKEN_COUNT, Integer.class)).isEqualTo(6);  // completion_tokens
        assertThat(answer.getHeader(GeminiConstants.TOTAL_TOKEN_COUNT, Integer.class)).isEqualTo(27);      // total_tokens
        assertThat(answer.getHeader(GeminiConstants.FINISH_REASON, String.class)).isEqualTo("STOP");       // finish_reason "stop"
        // end-snippet:openai-usage-headers

        // snippet:openai-request-on-the-wire
        JsonNode request = gemini.lastRequest().bodyJson();
        assertThat(request.at("/systemInstruction/parts/0/text").asText())
                .isEqualTo("You are a concise support agent for ACME routers.");
        assertThat(request.at("/contents/0/role").asText()).isEqualTo("user");
        assertThat(request.at("/contents/0/parts/0/text").asText()).isEqualTo("My router blinks red.");
        assertThat(request.at("/generationConfig/temperature").asDouble()).isEqualTo(0.2);
        assertThat(request.at("/generationConfig/maxOutputTokens").asInt()).isEqualTo(512);
        // end-snippet:openai-request-on-the-wire
    }

    @Test
    void chatMessagesBecomeTurnsAndTheSystemInstruction() {
        // snippet:openai-chat-call
        List<Map<String, String>> messages = List.of(
                Map.of("role", "system", "content", "Answer in French."),
                Map.of("role", "user", "content", "What is a camel?"),
                Map.of("role", "assistant", "content", "Un chameau est un animal du désert."),
                Map.of("role", "user", "content", "How many humps?"));
        String answer = template.requestBody("direct:chat-completions", messages, String.class);
        // end-snippet:openai-chat-call

        assertThat(answer).isEqualTo("Mock Gemini answer to: How many humps?");
        JsonNode request = gemini.lastRequest().bodyJson();
        assertThat(request.at("/systemInstruction/parts/0/text").asText()).isEqualTo("Answer in French.");
        assertThat(request.path("contents")).extracting(turn -> turn.path("role").asText())
                .containsExactly("user", "model", "user");
        assertThat(request.at("/contents/1/parts/0/text").asText()).isEqualTo("Un chameau est un animal du désert.");
    }
}
