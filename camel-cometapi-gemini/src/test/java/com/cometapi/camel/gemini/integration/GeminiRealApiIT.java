package com.cometapi.camel.gemini.integration;

import com.cometapi.camel.gemini.GeminiApiException;
import com.cometapi.camel.gemini.GeminiConstants;
import com.cometapi.camel.gemini.GeminiStreamAggregationStrategy;
import com.cometapi.camel.gemini.test.logscan.LogScan;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The component against the real Gemini API through CometAPI, with the key from {@code COMETAPI_KEY} (the component's
 * own fallback) and its default base URL. Skipped without the key, so never needed for a green build; with it,
 * {@code ./mvnw -B -pl camel-cometapi-gemini -am verify} runs it (failsafe). Each test makes one small request
 * (thinking off, a short answer).
 */
@EnabledIfEnvironmentVariable(named = "COMETAPI_KEY", matches = ".+")
class GeminiRealApiIT extends CamelTestSupport {

    private static final String MODEL = "gemini:%s?model=gemini-2.5-flash&thinkingBudget=0&maxOutputTokens=200";

    static {
        // the real key is watched in every log line, like the tests' own keys (the test kit's log scan)
        String key = System.getenv("COMETAPI_KEY");
        if (key != null && key.length() >= LogScan.MIN_KEY_LENGTH) {
            LogScan.watch(key);
        }
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ask").to(MODEL.formatted("generate"));
                from("direct:json").to(MODEL.formatted("generate") + "&responseMimeType=application/json"
                                       + "&responseSchema=RAW({\"type\":\"OBJECT\",\"properties\":{\"city\":"
                                       + "{\"type\":\"STRING\"}},\"required\":[\"city\"]})");
                from("direct:stream").to(MODEL.formatted("stream"))
                        .split(body(), new GeminiStreamAggregationStrategy()).streaming()
                            .to("mock:chunks")
                        .end();
                from("direct:unknownModel").to("gemini:generate?model=no-such-model-for-this-test&maxRetries=0");
            }
        };
    }

    @Test
    void generateAnswersWithUsageAndFinishReason() {
        Exchange answer = template.request("direct:ask",
                exchange -> exchange.getIn().setBody("Name the capital of France in one word."));

        assertThat(answer.getException()).isNull();
        assertThat(answer.getMessage().getBody(String.class)).containsIgnoringCase("Paris");
        assertThat(answer.getMessage().getHeader(GeminiConstants.FINISH_REASON)).isEqualTo("STOP");
        assertThat(answer.getMessage().getHeader(GeminiConstants.PROMPT_TOKEN_COUNT, Integer.class)).isPositive();
        assertThat(answer.getMessage().getHeader(GeminiConstants.TOTAL_TOKEN_COUNT, Integer.class)).isPositive();
    }

    @Test
    void jsonModeFollowsTheSchema() throws Exception {
        String json = template.requestBody("direct:json", "Which city is the capital of Italy?", String.class);

        JsonNode city = new ObjectMapper().readTree(json);
        assertThat(city.path("city").asText()).containsIgnoringCase("Rom");
    }

    @Test
    void streamSplitsIntoChunksAndAggregatesTheAnswer() {
        MockEndpoint chunks = getMockEndpoint("mock:chunks");

        Exchange answer = template.request("direct:stream",
                exchange -> exchange.getIn().setBody("Count from 1 to 20, separated by commas."));

        assertThat(answer.getException()).isNull();
        assertThat(chunks.getReceivedCounter()).isPositive();
        assertThat(chunks.getExchanges().get(0).getMessage().getHeader(GeminiConstants.CHUNK_INDEX)).isEqualTo(0);
        assertThat(answer.getMessage().getBody(String.class)).contains("1", "10", "20");
        assertThat(answer.getMessage().getHeader(GeminiConstants.TOTAL_TOKEN_COUNT, Integer.class)).isPositive();
    }

    @Test
    void anUnknownModelIsAFinalApiError() {
        assertThatThrownBy(() -> template.requestBody("direct:unknownModel", "Hi"))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOfSatisfying(GeminiApiException.class, error -> {
                    assertThat(error.getStatusCode()).isBetween(400, 499);
                    assertThat(error.isRetryable()).isFalse();
                    assertThat(error.getMessage()).doesNotContain(System.getenv("COMETAPI_KEY"));
                });
    }
}
