package com.cometapi.camel.gemini;

import java.util.List;

import com.cometapi.camel.gemini.test.MockEmbeddings;
import com.cometapi.camel.gemini.test.MockFiles;
import com.cometapi.camel.gemini.test.RecordedRequest;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeTimedOutException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * countTokens, embed, upload and cache against the test kit's MockGeminiServer rather than WireMock stubs: the mock
 * answers as Google does (counts, meaningful embeddings, files that stay PROCESSING, caches that generate requests
 * must name alone), so these tests show the operations work together the way a user's routes use them.
 */
class GeminiOperationsOnMockTest extends MockGeminiTestSupport {

    private static final byte[] VIDEO = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2' };

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:count").to("gemini:countTokens");
                from("direct:countWithInstruction").to("gemini:countTokens?systemInstruction=Answer in French");
                from("direct:embed").to("gemini:embed");
                from("direct:uploadThenAsk")
                        .to("gemini:upload")
                        .setBody(constant("Summarise this video"))
                        .to("gemini:generate");
                from("direct:uploadImpatiently").to("gemini:upload?fileProcessingTimeout=100");
                from("direct:ask").to("gemini:generate");
                from("direct:cacheThenAsk")
                        .to("gemini:cache?systemInstruction=Answer from the manual only&cacheTtl=2h")
                        .setBody(constant("What does chapter two say about retries?"))
                        .to("gemini:generate");
                from("direct:cacheThenAskWithInstruction")
                        .to("gemini:cache")
                        .setBody(constant("What does chapter two say?"))
                        .to("gemini:generate?systemInstruction=Be brief");
            }
        };
    }

    @Test
    void countTokensGivesTheMocksCount() {
        Exchange exchange = template.request("direct:count", e -> e.getMessage().setBody("one two three four five"));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isEqualTo(5);
        assertThat(exchange.getMessage().getHeader(GeminiConstants.TOTAL_TOKEN_COUNT)).isEqualTo(5);
        assertThat(gemini.lastRequest().path()).isEqualTo("/v1beta/models/gemini-2.5-flash:countTokens");
        assertThat(gemini.lastRequest().bodyJson().at("/contents/0/parts/0/text").asText())
                .isEqualTo("one two three four five");
    }

    @Test
    void countTokensCountsTheSystemInstructionSentAsAGenerateContentRequest() {
        Integer total = template.requestBody("direct:countWithInstruction", "one two three", Integer.class);

        assertThat(total).isEqualTo(6);
        JsonNode request = gemini.lastRequest().bodyJson().path("generateContentRequest");
        assertThat(request.path("model").asText()).isEqualTo("models/gemini-2.5-flash");
        assertThat(request.at("/systemInstruction/parts/0/text").asText()).isEqualTo("Answer in French");
    }

    @Test
    void embedsABatchOfThreeInOrderAndTextsSharingWordsAreCloser() {
        List<String> texts = List.of("camel routes messages between systems", "camel routes files between folders",
                "bananas are yellow fruit");

        @SuppressWarnings("unchecked")
        List<float[]> vectors = template.requestBody("direct:embed", texts, List.class);

        assertThat(vectors).hasSize(3);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(vectors.get(i)).as("vector %d", i)
                    .containsExactly(MockEmbeddings.defaultVector(texts.get(i), MockEmbeddings.DEFAULT_DIMENSIONALITY));
        }
        assertThat(cosine(vectors.get(0), vectors.get(1))).isGreaterThan(cosine(vectors.get(0), vectors.get(2)) + 0.2);
        RecordedRequest batch = gemini.lastRequest();
        assertThat(batch.path()).isEqualTo("/v1beta/models/gemini-embedding-001:batchEmbedContents");
        assertThat(batch.bodyJson().path("requests")).extracting(r -> r.at("/content/parts/0/text").asText())
                .containsExactlyElementsOf(texts);
    }

    @Test
    void embedsOneTextAsAFloatArray() {
        float[] vector = template.requestBody("direct:embed", "camel routes messages", float[].class);

        assertThat(vector).containsExactly(
                MockEmbeddings.defaultVector("camel routes messages", MockEmbeddings.DEFAULT_DIMENSIONALITY));
        assertThat(gemini.lastRequest().path()).isEqualTo("/v1beta/models/gemini-embedding-001:embedContent");
    }

    @Test
    void uploadWaitsUntilTheFileIsActiveSoTheGenerateAfterItIsAccepted() {
        gemini.files().processingPolls(2);

        Exchange exchange = template.request("direct:uploadThenAsk", e -> {
            e.getMessage().setBody(VIDEO);
            e.getMessage().setHeader(GeminiConstants.MIME_TYPE, "video/mp4");
        });

        // the mock refuses a generate request naming a file that is not ACTIVE yet
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("Mock Gemini answer to: Summarise this video");
        List<RecordedRequest> requests = gemini.requests();
        assertThat(requests).extracting(RecordedRequest::method)
                .containsExactly("POST", "POST", "GET", "GET", "GET", "POST");
        assertThat(requests.get(1).bodyBytes()).isEqualTo(VIDEO);
        assertThat(requests.get(5).bodyJson().at("/contents/0/parts/0/fileData/fileUri").asText())
                .isEqualTo(gemini.baseUrl() + "/v1beta/files/mock-1");
        assertThat(gemini.files().state("files/mock-1")).isEqualTo(MockFiles.ACTIVE);
    }

    @Test
    void aFileNotActiveYetIsRefusedByTheMock() {
        gemini.files().processingPolls(1000);
        Exchange upload = template.request("direct:uploadImpatiently", e -> {
            e.getMessage().setBody(VIDEO);
            e.getMessage().setHeader(GeminiConstants.MIME_TYPE, "video/mp4");
        });
        assertThat(upload.getException()).isInstanceOf(ExchangeTimedOutException.class)
                .hasMessageContaining("files/mock-1").hasMessageContaining("fileProcessingTimeout");

        Exchange ask = template.request("direct:ask", e -> {
            e.getMessage().setBody("Summarise this video");
            e.getMessage().setHeader(GeminiConstants.FILE_URI, gemini.baseUrl() + "/v1beta/files/mock-1");
            e.getMessage().setHeader(GeminiConstants.MIME_TYPE, "video/mp4");
        });

        assertThat(ask.getException()).isInstanceOfSatisfying(GeminiApiException.class, failure -> {
            assertThat(failure.getStatusCode()).isEqualTo(400);
            assertThat(failure.getErrorStatus()).isEqualTo("FAILED_PRECONDITION");
            assertThat(failure.getErrorMessage()).contains("not in an ACTIVE state");
        });
    }

    @Test
    void aFailedFileFailsTheExchangeWithGeminiFileFailedException() {
        gemini.files().processingPolls(1).failNext("Video codec not supported");

        Exchange exchange = template.request("direct:uploadThenAsk", e -> {
            e.getMessage().setBody(VIDEO);
            e.getMessage().setHeader(GeminiConstants.MIME_TYPE, "video/mp4");
        });

        assertThat(exchange.getException()).isInstanceOfSatisfying(GeminiFileFailedException.class, failed -> {
            assertThat(failed.getFileName()).isEqualTo("files/mock-1");
            assertThat(failed.getErrorMessage()).contains("Video codec not supported");
        });
        assertThat(gemini.files().state("files/mock-1")).isEqualTo(MockFiles.FAILED);
        assertThat(gemini.requests()).noneMatch(request -> "generateContent".equals(request.operation()));
    }

    @Test
    void aCacheMadeByTheRouteIsUsedByTheGenerateAfterIt() {
        Exchange exchange = template.request("direct:cacheThenAsk",
                e -> e.getMessage().setBody("Chapter two: retries wait longer each time"));

        assertThat(exchange.getException()).isNull();
        // cached: the system instruction (5 words) and the manual (7 words)
        assertThat(exchange.getMessage().getHeader(GeminiConstants.CACHED_CONTENT_TOKEN_COUNT)).isEqualTo(12);
        assertThat(exchange.getMessage().getHeader(GeminiConstants.CACHED_CONTENT))
                .isEqualTo("cachedContents/mock-1");
        assertThat(gemini.caches().names()).containsExactly("cachedContents/mock-1");
        List<RecordedRequest> requests = gemini.requests();
        assertThat(requests).hasSize(2);
        JsonNode cache = requests.get(0).bodyJson();
        assertThat(requests.get(0).path()).isEqualTo("/v1beta/cachedContents");
        assertThat(cache.path("model").asText()).isEqualTo("models/gemini-2.5-flash");
        assertThat(cache.path("ttl").asText()).isEqualTo("7200s");
        assertThat(cache.at("/systemInstruction/parts/0/text").asText()).isEqualTo("Answer from the manual only");
        JsonNode generate = requests.get(1).bodyJson();
        assertThat(generate.path("cachedContent").asText()).isEqualTo("cachedContents/mock-1");
        assertThat(generate.has("systemInstruction")).isFalse();
        assertThat(requests.get(1).promptText()).isEqualTo("What does chapter two say about retries?");
    }

    @Test
    void aSystemInstructionBesideTheCacheIsRefusedAsGoogleRefusesIt() {
        Exchange exchange = template.request("direct:cacheThenAskWithInstruction",
                e -> e.getMessage().setBody("Chapter two: retries wait longer each time"));

        assertThat(exchange.getException()).isInstanceOfSatisfying(GeminiApiException.class,
                failure -> assertThat(failure.getStatusCode()).isEqualTo(400));
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return dot / Math.sqrt(normA * normB);
    }
}
