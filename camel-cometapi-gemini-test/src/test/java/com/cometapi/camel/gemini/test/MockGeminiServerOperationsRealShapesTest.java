package com.cometapi.camel.gemini.test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.cometapi.camel.gemini.test.EndpointHttp.json;
import static com.cometapi.camel.gemini.test.GeminiHttp.prompt;
import static org.assertj.core.api.Assertions.assertThat;

/** The mock's answers beside generate and stream, compared with what Google really sent (recorded by others). */
@RequiresRealFixtures
class MockGeminiServerOperationsRealShapesTest {

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    private final EndpointHttp http = new EndpointHttp(gemini);

    @Test
    void aCountHasTheFieldsOfARealOne() {
        JsonNode real = real("google-gemini-generative-ai-swift/Tests/GoogleAITests/CountTokenResponses/"
                + "success-total-tokens.json");

        JsonNode mock = json(http.post("/v1beta/models/gemini-2.5-flash:countTokens", prompt("one two")));

        assertThat(JsonPaths.of(mock)).containsAll(JsonPaths.of(real));
    }

    @Test
    void anOversizedBatchGetsTheRealErrorBody() {
        JsonNode real = real("vercel-ai/packages/google/src/__fixtures__/google-embedding-batch-limit-error.json");
        List<String> requests = new ArrayList<>();
        for (int i = 0; i <= MockEmbeddings.MAX_BATCH; i++) {
            requests.add("{\"model\":\"models/gemini-embedding-001\",\"content\":{\"parts\":[{\"text\":\"t\"}]}}");
        }

        HttpResponse<String> refused = http.post("/v1beta/models/gemini-embedding-001:batchEmbedContents",
                "{\"requests\":[" + String.join(",", requests) + "]}");

        assertThat(refused.statusCode()).isEqualTo(real.at("/error/code").asInt());
        assertThat(json(refused)).isEqualTo(real);
    }

    @Test
    void aMalformedCacheNameGetsTheRealErrorBody() {
        JsonNode real = real("FirebaseExtended-vertexai-sdk-test-data/mock-responses/vertexai/"
                + "unary-failure-invalid-context-cache-id.json");

        HttpResponse<String> refused = new GeminiHttp(gemini).generate(
                "{\"cachedContent\":\"1234567890\",\"contents\":[{\"parts\":[{\"text\":\"hi\"}]}]}");

        assertThat(refused.statusCode()).isEqualTo(real.at("/error/code").asInt());
        assertThat(json(refused)).isEqualTo(real);
    }

    private static JsonNode real(String relative) {
        return GeminiHttp.json(RealFixtures.read(RealFixtures.file(relative)));
    }
}
