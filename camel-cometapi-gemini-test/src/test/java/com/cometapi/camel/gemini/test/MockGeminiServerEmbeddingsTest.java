package com.cometapi.camel.gemini.test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.cometapi.camel.gemini.test.EndpointHttp.json;
import static com.cometapi.camel.gemini.test.GeminiHttp.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MockGeminiServerEmbeddingsTest {

    private static final String MODEL = "gemini-embedding-001";
    private static final String EMBED = "/v1beta/models/" + MODEL + ":embedContent";
    private static final String BATCH = "/v1beta/models/" + MODEL + ":batchEmbedContents";

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    private final EndpointHttp http = new EndpointHttp(gemini);

    @Test
    void oneTextGetsOneUnitVectorOfTheDefaultLength() {
        HttpResponse<String> response = http.post(EMBED, embedRequest("The cat sat on the mat", null));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode values = json(response).at("/embedding/values");
        assertThat(values).hasSize(MockEmbeddings.DEFAULT_DIMENSIONALITY);
        assertThat(length(floats(values))).isCloseTo(1.0, within(1e-5));
        assertThat(gemini.lastRequest().bodyJson().path("taskType").asText()).isEqualTo("RETRIEVAL_DOCUMENT");
    }

    @Test
    void outputDimensionalityAndTheDefaultLengthAreHonoured() {
        float[] eight = floats(json(http.post(EMBED, embedRequest("hello world", 8))).at("/embedding/values"));
        gemini.embeddings().dimensionality(16);
        float[] sixteen = floats(json(http.post(EMBED, embedRequest("hello world", null))).at("/embedding/values"));

        assertThat(eight).hasSize(8);
        assertThat(length(eight)).isCloseTo(1.0, within(1e-5));
        assertThat(sixteen).hasSize(16);
    }

    @Test
    void theSameTextAlwaysGetsTheSameVectorAndSharedWordsMeanMoreSimilarity() {
        float[] query = embed("How do I reset my password?");
        float[] again = embed("How do I reset my password?");
        float[] related = embed("To reset a forgotten password, open the account settings.");
        float[] unrelated = embed("Bananas ripen faster next to apples.");

        assertThat(again).containsExactly(query);
        assertThat(query).containsExactly(MockEmbeddings.defaultVector("How do I reset my password?", 768));
        assertThat(cosine(query, related)).isGreaterThan(cosine(query, unrelated) + 0.2);
        assertThat(cosine(embed("Reset PASSWORD"), embed("reset, password!"))).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void aBatchAnswersOneEmbeddingPerRequestInOrder() {
        gemini.embeddings().vector("second", 0.5f, 0.5f, 0.5f, 0.5f);

        HttpResponse<String> response = http.post(BATCH, batchRequest(List.of("first", "second", "third"), MODEL));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode embeddings = json(response).path("embeddings");
        assertThat(embeddings).hasSize(3);
        assertThat(floats(embeddings.path(0).path("values"))).containsExactly(MockEmbeddings.defaultVector("first", 768));
        assertThat(floats(embeddings.path(1).path("values"))).containsExactly(0.5f, 0.5f, 0.5f, 0.5f);
        assertThat(floats(embeddings.path(2).path("values"))).containsExactly(MockEmbeddings.defaultVector("third", 768));
        assertThat(gemini.lastRequest().bodyJson().at("/requests/2/model").asText()).isEqualTo("models/" + MODEL);
    }

    @Test
    void aSetVectorIsCutFromTheEndByOutputDimensionality() {
        gemini.embeddings().vector("cat", 1f, 2f, 3f, 4f);

        JsonNode values = json(http.post(EMBED, embedRequest("cat", 2))).at("/embedding/values");

        assertThat(floats(values)).containsExactly(1f, 2f);
    }

    @Test
    void moreThanAHundredRequestsInABatchGetGooglesError() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < MockEmbeddings.MAX_BATCH + 1; i++) {
            texts.add("text " + i);
        }

        HttpResponse<String> refused = http.post(BATCH, batchRequest(texts, MODEL));
        HttpResponse<String> accepted = http.post(BATCH, batchRequest(texts.subList(0, 100), MODEL));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).path("error").path("status").asText()).isEqualTo("INVALID_ARGUMENT");
        assertThat(json(refused).path("error").path("message").asText())
                .isEqualTo("* BatchEmbedContentsRequest.requests: at most 100 requests can be in one batch\n");
        assertThat(json(accepted).path("embeddings")).hasSize(100);
    }

    @Test
    void aBatchRequestForAnotherModelOrWithoutOneIsRefused() {
        HttpResponse<String> other = http.post(BATCH, batchRequest(List.of("a", "b"), "text-embedding-004"));
        HttpResponse<String> missing = http.post(BATCH,
                "{\"requests\":[{\"content\":{\"parts\":[{\"text\":\"a\"}]}}]}");
        HttpResponse<String> bare = http.post(BATCH,
                "{\"requests\":[{\"model\":\"" + MODEL + "\",\"content\":{\"parts\":[{\"text\":\"a\"}]}}]}");

        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(json(other).at("/error/message").asText())
                .startsWith("* BatchEmbedContentsRequest.requests[0].model: models/text-embedding-004");
        assertThat(json(missing).at("/error/message").asText())
                .isEqualTo("* BatchEmbedContentsRequest.requests[0].model: model is not specified\n");
        assertThat(json(bare).at("/error/message").asText())
                .isEqualTo("* BatchEmbedContentsRequest.requests[0].model: unexpected model name format\n");
    }

    @Test
    void aRequestWithoutContentIsRefused() {
        HttpResponse<String> refused = http.post(EMBED, "{\"taskType\":\"RETRIEVAL_QUERY\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).at("/error/message").asText()).contains("content is not specified");
    }

    @Test
    void aRejectionAnswersTheNextEmbeddingRequest() {
        gemini.embeddings().rejectNext(MockReply.error(503, "UNAVAILABLE", "The model is overloaded."));

        assertThat(http.post(BATCH, batchRequest(List.of("a"), MODEL)).statusCode()).isEqualTo(503);
        assertThat(http.post(BATCH, batchRequest(List.of("a"), MODEL)).statusCode()).isEqualTo(200);
    }

    private float[] embed(String text) {
        return floats(json(http.post(EMBED, embedRequest(text, null))).at("/embedding/values"));
    }

    private static String embedRequest(String text, Integer dimensions) {
        return "{\"content\":{\"parts\":[{\"text\":" + quote(text) + "}]},\"taskType\":\"RETRIEVAL_DOCUMENT\""
                + (dimensions == null ? "" : ",\"outputDimensionality\":" + dimensions) + "}";
    }

    private static String batchRequest(List<String> texts, String model) {
        StringBuilder json = new StringBuilder("{\"requests\":[");
        for (int i = 0; i < texts.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"model\":\"models/").append(model)
                    .append("\",\"content\":{\"parts\":[{\"text\":").append(quote(texts.get(i))).append("}]}}");
        }
        return json.append("]}").toString();
    }

    private static float[] floats(JsonNode values) {
        float[] floats = new float[values.size()];
        for (int i = 0; i < floats.length; i++) {
            floats[i] = values.get(i).floatValue();
        }
        return floats;
    }

    private static double length(float[] vector) {
        return Math.sqrt(cosineDot(vector, vector));
    }

    private static double cosine(float[] a, float[] b) {
        return cosineDot(a, b) / (length(a) * length(b));
    }

    private static double cosineDot(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
        }
        return dot;
    }
}
