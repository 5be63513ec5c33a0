package com.cometapi.camel.gemini.examples.quickstart;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.cometapi.camel.gemini.examples.quickstart.QuickstartApplication.Answer;
import com.cometapi.camel.gemini.test.MockGeminiServerExtension;
import com.cometapi.camel.gemini.test.RecordedRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the quickstart against the mock, always (an explicit key and base URL win over COMETAPI_KEY).
 */
class QuickstartApplicationTest {

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    @Test
    void answersEveryPromptAndListsTheGroundedSources() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<Answer> answers = QuickstartApplication.run(gemini.baseUrl(), "test-key",
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);

        assertThat(answers).extracting(Answer::endpoint)
                .containsExactly("direct:ask", "direct:search", "direct:extract");
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.text()).isNotBlank();
            assertThat(answer.finishReason()).isEqualTo("STOP");
            assertThat(answer.totalTokens()).isPositive();
            assertThat(output).contains("Prompt  : " + answer.prompt(), "Answer  : " + answer.text());
        });
        assertThat(answers.get(0).sources()).isEmpty();
        assertThat(answers.get(1).sources())
                .containsExactly("https://example.com/mock-source-1 (example.com)",
                        "https://example.com/mock-source-2 (example.com)");
        assertThat(answers.get(1).searchQueries()).isNotEmpty();
        assertThat(output).contains("Searched: " + answers.get(1).prompt(),
                "Source  : https://example.com/mock-source-1 (example.com)");
        JsonNode city = new ObjectMapper().readTree(answers.get(2).text());
        assertThat(city.has("city")).isTrue();
        assertThat(city.has("country")).isTrue();
    }

    @Test
    void sendsWhatEachRouteAsksFor() throws Exception {
        QuickstartApplication.run(gemini.baseUrl(), "test-key",
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        // snippet:quickstart-test-requests
        List<RecordedRequest> requests = gemini.requests();
        assertThat(requests).hasSize(3);
        assertThat(requests).allSatisfy(request -> {
            assertThat(request.path()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
            assertThat(request.header("x-goog-api-key")).isEqualTo("test-key");
        });
        assertThat(requests.get(0).promptText()).isEqualTo("In one sentence, what is Apache Camel?");
        assertThat(requests.get(0).bodyJson().has("tools")).isFalse();
        assertThat(requests.get(1).bodyJson().at("/tools/0").has("googleSearch")).isTrue();
        JsonNode generation = requests.get(2).bodyJson().path("generationConfig");
        assertThat(generation.path("responseMimeType").asText()).isEqualTo("application/json");
        assertThat(generation.at("/responseSchema/properties/city/type").asText()).isEqualTo("STRING");
        // end-snippet:quickstart-test-requests
    }
}
