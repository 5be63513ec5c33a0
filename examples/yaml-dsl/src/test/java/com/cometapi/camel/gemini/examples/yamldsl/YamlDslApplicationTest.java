package com.cometapi.camel.gemini.examples.yamldsl;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.cometapi.camel.gemini.examples.yamldsl.YamlDslApplication.Answer;
import com.cometapi.camel.gemini.test.MockGeminiServerExtension;
import com.cometapi.camel.gemini.test.RecordedRequest;
import com.cometapi.camel.gemini.test.logscan.LogScan;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the YAML routes with camel-main against the mock, always (the overridden key and base URL win over
 * COMETAPI_KEY and application.properties).
 */
class YamlDslApplicationTest {

    /** application.properties passes the key as a placeholder, which Camel core echoes at TRACE while resolving it */
    private static final String KEY = LogScan.watchEchoedByCamelCore("yaml-dsl-placeholder-7e");

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    @Test
    void answersEveryPromptThroughTheYamlRoutes() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<Answer> answers = YamlDslApplication.run(gemini.baseUrl(), KEY,
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);

        assertThat(answers).extracting(Answer::endpoint)
                .containsExactly("direct:ask", "direct:search", "direct:extract");
        assertThat(answers.get(0).text()).isEqualTo("Mock Gemini answer to: In one sentence, what is Apache Camel?");
        assertThat(answers.get(1).text())
                .isEqualTo("Mock Gemini answer to: What is the latest release of Apache Camel?");
        assertThat(answers.get(1).searchQueries()).containsExactly("What is the latest release of Apache Camel?");
        JsonNode city = new ObjectMapper().readTree(answers.get(2).text());
        assertThat(city.has("city")).isTrue();
        assertThat(city.has("country")).isTrue();
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.finishReason()).isEqualTo("STOP");
            assertThat(answer.totalTokens()).isPositive();
            assertThat(output).contains("Prompt  : " + answer.prompt(), "Answer  : " + answer.text());
        });
        assertThat(output).contains("== direct:ask (route 'ask' from routes/quickstart.yaml)",
                "== direct:search (route 'search' from routes/quickstart.yaml)",
                "== direct:extract (route 'extract' from routes/quickstart.yaml)",
                "Searched: What is the latest release of Apache Camel?");
    }

    @Test
    void sendsWhatEachYamlRouteAndApplicationPropertiesAskFor() throws Exception {
        YamlDslApplication.run(gemini.baseUrl(), KEY,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        List<RecordedRequest> requests = gemini.requests();
        assertThat(requests).hasSize(3);
        assertThat(requests).allSatisfy(request -> {
            // gemini.model from application.properties, the key from the override
            assertThat(request.path()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
            assertThat(request.header("x-goog-api-key")).isEqualTo(KEY);
        });
        assertThat(requests.get(0).bodyJson().has("tools")).isFalse();
        assertThat(requests.get(1).bodyJson().at("/tools/0").has("googleSearch")).isTrue();
        JsonNode generation = requests.get(2).bodyJson().path("generationConfig");
        assertThat(generation.path("responseMimeType").asText()).isEqualTo("application/json");
        assertThat(generation.at("/responseSchema/properties/city/type").asText()).isEqualTo("STRING");
    }
}
