package com.cometapi.camel.gemini.test;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.cometapi.camel.gemini.test.EndpointHttp.json;
import static com.cometapi.camel.gemini.test.GeminiHttp.prompt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MockGeminiServerCountTokensTest {

    private static final String COUNT = "/v1beta/models/gemini-2.5-flash:countTokens";

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    private final EndpointHttp http = new EndpointHttp(gemini);

    @Test
    void countsTheWordsOfEveryTextPartAsGenerateCountsItsPrompt() {
        String contents = prompt("What is the capital of France?");

        HttpResponse<String> counted = http.post(COUNT, contents);
        JsonNode generated = GeminiHttp.json(new GeminiHttp(gemini).generate(contents).body());

        assertThat(counted.statusCode()).isEqualTo(200);
        JsonNode body = json(counted);
        assertThat(body.path("totalTokens").asInt()).isEqualTo(6)
                .isEqualTo(generated.at("/usageMetadata/promptTokenCount").asInt());
        assertThat(body.at("/promptTokensDetails/0/modality").asText()).isEqualTo("TEXT");
        assertThat(body.at("/promptTokensDetails/0/tokenCount").asInt()).isEqualTo(6);
        assertThat(body.has("cachedContentTokenCount")).isFalse();
        assertThat(gemini.requests().get(0).operation()).isEqualTo("countTokens");
    }

    @Test
    void aGenerateContentRequestCountsItsSystemInstructionToo() {
        String body = "{\"generateContentRequest\":{\"model\":\"models/gemini-2.5-flash\","
                + "\"systemInstruction\":{\"parts\":[{\"text\":\"Answer in French.\"}]},"
                + "\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Hello there\"}]}],"
                + "\"tools\":[{\"functionDeclarations\":[{\"name\":\"f\"}]}]}}";

        HttpResponse<String> counted = http.post(COUNT, body);

        assertThat(json(counted).path("totalTokens").asInt()).isEqualTo(5);
        assertThat(gemini.lastRequest().bodyJson().at("/generateContentRequest/model").asText())
                .isEqualTo("models/gemini-2.5-flash");
    }

    @Test
    void aGenerateContentRequestWithoutItsModelGetsGooglesError() {
        HttpResponse<String> refused = http.post(COUNT, "{\"generateContentRequest\":" + prompt("hi") + "}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).at("/error/status").asText()).isEqualTo("INVALID_ARGUMENT");
        assertThat(json(refused).at("/error/message").asText())
                .isEqualTo("* CountTokensRequest.generate_content_request.model: model is not specified\n");
    }

    @Test
    void aFixedTotalAnswersEveryCountUntilReset() {
        gemini.countTokens().total(1_000_000);

        assertThat(json(http.post(COUNT, prompt("one"))).path("totalTokens").asInt()).isEqualTo(1_000_000);
        assertThat(json(http.post(COUNT, prompt("one two"))).path("totalTokens").asInt()).isEqualTo(1_000_000);
        gemini.countTokens().estimate();
        assertThat(json(http.post(COUNT, prompt("one two"))).path("totalTokens").asInt()).isEqualTo(2);
        gemini.countTokens().total(9);
        gemini.reset();
        assertThat(json(http.post(COUNT, prompt("one two"))).path("totalTokens").asInt()).isEqualTo(2);
    }

    @Test
    void aRejectionAnswersTheNextCountOnlyAndLeavesGenerateRepliesQueued() {
        gemini.enqueue(MockReply.text("kept"));
        gemini.countTokens().rejectNext(MockReply.error(429, "RESOURCE_EXHAUSTED", "Quota exceeded")
                .withRetryDelay("2s"));

        HttpResponse<String> refused = http.post(COUNT, prompt("hi"));
        HttpResponse<String> counted = http.post(COUNT, prompt("hi"));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(json(refused).at("/error/details/0/retryDelay").asText()).isEqualTo("2s");
        assertThat(counted.statusCode()).isEqualTo(200);
        assertThat(gemini.queuedReplyCount()).isEqualTo(1);
    }

    @Test
    void onlyErrorRepliesCanBeQueuedAsRejections() {
        assertThatThrownBy(() -> gemini.countTokens().rejectNext(MockReply.text("no")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MockReply.error");
    }

    @Test
    void theRequiredKeyIsCheckedHereToo() {
        gemini.requireApiKey("right-key-123");
        try {
            HttpResponse<String> refused = http.post(COUNT, prompt("hi"), "x-goog-api-key", "wrong-key-456");
            HttpResponse<String> counted = http.post(COUNT, prompt("hi"), "x-goog-api-key", "right-key-123");

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(json(refused).at("/error/details/0/reason").asText()).isEqualTo("API_KEY_INVALID");
            assertThat(counted.statusCode()).isEqualTo(200);
        } finally {
            gemini.requireApiKey(null);
        }
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsRefused() {
        HttpResponse<String> refused = http.post(COUNT, "[1]");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).at("/error/message").asText()).contains("Expected a JSON object");
    }
}
