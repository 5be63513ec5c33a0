package com.cometapi.camel.gemini;

import java.nio.file.Path;
import java.util.stream.Stream;

import com.cometapi.camel.gemini.model.GenerateContentResponse;
import com.cometapi.camel.gemini.test.RealFixtures;
import com.cometapi.camel.gemini.test.RequiresRealFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every real unary answer in the shared fixtures, served over a socket, gives the documented outcome: the text of
 * candidate 0 without thoughts, the fixture's usage in headers, a GeminiBlockedException for a blocked prompt, a
 * GeminiApiException for an error body or an HTML page.
 */
@RequiresRealFixtures
class RealFixtureResponsesTest extends WireMockGeminiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> responses() {
        return RealFixtures.files(".json").stream()
                .map(file -> arguments(RealFixtures.name(file), file, tree(file)))
                .filter(a -> a.get()[2] instanceof JsonNode node && node.isObject()
                             && (node.has("candidates") || node.has("promptFeedback") || node.has("usageMetadata")));
    }

    static Stream<Arguments> errors() {
        return RealFixtures.files(".json").stream()
                .map(file -> arguments(RealFixtures.name(file), file, tree(file)))
                .filter(a -> a.get()[2] instanceof JsonNode node && node.path("error").path("code").isInt());
    }

    static Stream<Arguments> htmlPages() {
        return RealFixtures.files(".html").stream().map(file -> arguments(RealFixtures.name(file), file));
    }

    private static JsonNode tree(Path file) {
        try {
            return JSON.readTree(RealFixtures.read(file));
        } catch (Exception notJson) {
            return null;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void unaryAnswerGivesTextAndHeaders(String name, Path file, JsonNode fixture) {
        answerWith(RealFixtures.read(file));

        Exchange reply = template.request("gemini:generate", e -> e.getMessage().setBody("Hello"));

        JsonNode feedback = fixture.path("promptFeedback");
        boolean noCandidates = fixture.path("candidates").isEmpty();
        if (feedback.has("blockReason") || feedback.has("blockReasonMessage") && noCandidates) {
            assertThat(reply.getException()).isInstanceOf(GeminiBlockedException.class);
            GeminiBlockedException blocked = (GeminiBlockedException) reply.getException();
            assertThat(blocked.getBlockReason()).isEqualTo(feedback.path("blockReason").asText("BLOCK_REASON_UNSPECIFIED"));
            return;
        }
        assertThat(reply.getException()).isNull();
        Message message = reply.getMessage();
        assertThat(message.getBody(String.class)).isEqualTo(expectedText(fixture));
        JsonNode usage = fixture.path("usageMetadata");
        assertHeader(message, GeminiConstants.PROMPT_TOKEN_COUNT, usage.path("promptTokenCount"));
        assertHeader(message, GeminiConstants.CANDIDATES_TOKEN_COUNT, usage.path("candidatesTokenCount"));
        assertHeader(message, GeminiConstants.TOTAL_TOKEN_COUNT, usage.path("totalTokenCount"));
        assertHeader(message, GeminiConstants.THOUGHTS_TOKEN_COUNT, usage.path("thoughtsTokenCount"));
        JsonNode candidate = fixture.path("candidates").path(0);
        assertThat(message.getHeader(GeminiConstants.FINISH_REASON))
                .isEqualTo(candidate.has("finishReason") ? candidate.get("finishReason").asText() : null);
        assertThat(message.getHeader(GeminiConstants.MODEL_VERSION))
                .isEqualTo(fixture.has("modelVersion") ? fixture.get("modelVersion").asText() : null);
        assertThat(message.getHeader(GeminiConstants.RESPONSE)).isInstanceOf(GenerateContentResponse.class);
        assertThat(message.getHeaders().values()).doesNotContain("null");
        if (candidate.path("groundingMetadata").has("webSearchQueries")) {
            assertThat(message.getHeader(GeminiConstants.WEB_SEARCH_QUERIES, java.util.List.class))
                    .hasSize(candidate.path("groundingMetadata").path("webSearchQueries").size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void errorBodyGivesGeminiApiException(String name, Path file, JsonNode fixture) {
        JsonNode error = fixture.path("error");
        answerWith(error.path("code").asInt(), "application/json; charset=UTF-8", RealFixtures.read(file));

        Exchange reply = template.request("gemini:generate?maxRetries=0", e -> e.getMessage().setBody("Hello"));

        assertThat(reply.getException()).isInstanceOf(GeminiApiException.class);
        GeminiApiException failure = (GeminiApiException) reply.getException();
        assertThat(failure.getStatusCode()).isEqualTo(error.path("code").asInt());
        assertThat(failure.getErrorStatus()).isEqualTo(error.has("status") ? error.get("status").asText() : null);
        assertThat(failure.getErrorMessage()).isEqualTo(error.path("message").asText(null));
        assertThat(failure.getDetails()).hasSize(error.path("details").size());
        assertThat(failure.getResponseBody()).isEqualTo(RealFixtures.read(file));
        assertThat(reply.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("htmlPages")
    void htmlErrorPageGivesGeminiApiExceptionWithAnExcerpt(String name, Path file) {
        answerWith(404, "text/html; charset=UTF-8", RealFixtures.read(file));

        Exchange reply = template.request("gemini:generate?maxRetries=0", e -> e.getMessage().setBody("Hello"));

        assertThat(reply.getException()).isInstanceOf(GeminiApiException.class);
        GeminiApiException failure = (GeminiApiException) reply.getException();
        assertThat(failure.getStatusCode()).isEqualTo(404);
        assertThat(failure.getErrorStatus()).isNull();
        assertThat(failure.getErrorMessage()).isNotBlank().doesNotContain("<").hasSizeLessThanOrEqualTo(303);
        assertThat(failure.isRetryable()).isFalse();
    }

    /** The spec, computed from the JSON tree: the non-thought text parts of candidate 0, joined. */
    private static String expectedText(JsonNode fixture) {
        StringBuilder text = new StringBuilder();
        for (JsonNode part : fixture.path("candidates").path(0).path("content").path("parts")) {
            if (part.has("text") && !part.path("thought").asBoolean(false)) {
                text.append(part.get("text").asText());
            }
        }
        return text.toString();
    }

    private static void assertHeader(Message message, String header, JsonNode expected) {
        assertThat(message.getHeader(header)).as(header).isEqualTo(expected.isMissingNode() ? null : expected.asInt());
    }
}
