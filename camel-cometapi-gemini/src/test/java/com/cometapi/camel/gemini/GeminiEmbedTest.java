package com.cometapi.camel.gemini;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.cometapi.camel.gemini.GeminiCountTokensTest.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code gemini:embed} over a real socket: the exact embedContent and batchEmbedContents requests with taskType,
 * title and outputDimensionality; vectors in the texts' order, over several batches too; bad bodies and options
 * failing before anything is sent; the observer's {@code embeddings} event with the answer's usage.
 */
class GeminiEmbedTest extends WireMockGeminiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Answers a batch with one vector per request: [index of the text as sent, number in the text]. */
    private static final class EchoBatch implements ResponseTransformerV2 {

        @Override
        public Response transform(Response response, ServeEvent serveEvent) {
            try {
                JsonNode requests = JSON.readTree(serveEvent.getRequest().getBodyAsString()).path("requests");
                StringBuilder body = new StringBuilder("{\"embeddings\":[");
                for (int i = 0; i < requests.size(); i++) {
                    String text = requests.get(i).path("content").path("parts").get(0).path("text").asText();
                    body.append(i == 0 ? "" : ",").append("{\"values\":[").append(i).append(',')
                            .append(text.replaceAll("\\D", "")).append("]}");
                }
                return Response.Builder.like(response).but().body(body.append("]}").toString()).build();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return "echo-batch";
        }
    }

    @RegisterExtension
    static WireMockExtension echo = WireMockExtension.newInstance()
            .options(com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig().dynamicPort()
                    .bindAddress("127.0.0.1").extensions(new EchoBatch()))
            .build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("echo", TestComponents.testComponent(echo.baseUrl(), API_KEY));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:embed").to("gemini:embed");
                from("direct:document").to("gemini:embed?taskType=RETRIEVAL_DOCUMENT&title=Camel manual"
                                           + "&outputDimensionality=768");
                from("direct:echo").to("echo:embed?taskType=semantic_similarity");
            }
        };
    }

    @Test
    void oneTextIsOneEmbedContentCallAndAFloatArray() {
        wiremock.stubFor(post(urlEqualTo("/v1beta/models/gemini-embedding-001:embedContent")).willReturn(okJson(
                "{\"embedding\":{\"values\":[0.25,-0.5,1e-3]},\"usageMetadata\":{\"promptTokenCount\":4,"
                + "\"totalTokenCount\":4}}")));

        Exchange exchange = template.request("direct:document", e -> e.getMessage().setBody("Routes and endpoints"));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(float[].class)).containsExactly(0.25f, -0.5f, 0.001f);
        assertThat(exchange.getMessage().getHeader(GeminiConstants.PROMPT_TOKEN_COUNT)).isEqualTo(4);
        assertThat(exchange.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(1);
        wiremock.verify(1, postRequestedFor(urlEqualTo("/v1beta/models/gemini-embedding-001:embedContent"))
                .withHeader("x-goog-api-key", equalTo(API_KEY))
                .withRequestBody(equalToJson("{\"content\":{\"parts\":[{\"text\":\"Routes and endpoints\"}]},"
                                             + "\"taskType\":\"RETRIEVAL_DOCUMENT\",\"title\":\"Camel manual\","
                                             + "\"outputDimensionality\":768}")));
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.operation()).isEqualTo("embeddings");
            assertThat(event.model()).isEqualTo("gemini-embedding-001");
            assertThat(event.usage().getPromptTokenCount()).isEqualTo(4);
            assertThat(event.failure()).isNull();
        });
    }

    @Test
    void aListIsOneBatchWithAModelPerRequestAndVectorsInOrder() {
        wiremock.stubFor(post(urlEqualTo("/v1beta/models/text-embedding-004:batchEmbedContents")).willReturn(okJson(
                "{\"embeddings\":[{\"values\":[1]},{\"values\":[2]},{\"values\":[3]}]}")));

        Exchange exchange = template.request("direct:embed", e -> {
            e.getMessage().setBody(List.of("first", "second", "third"));
            e.getMessage().setHeader(GeminiConstants.MODEL, "text-embedding-004");
        });

        assertThat(exchange.getException()).isNull();
        @SuppressWarnings("unchecked")
        List<float[]> vectors = exchange.getMessage().getBody(List.class);
        assertThat(vectors).extracting(vector -> vector[0]).containsExactly(1f, 2f, 3f);
        // the model header is the caller's, left as it was (a following generate must not go to the embedding model)
        assertThat(exchange.getMessage().getHeader(GeminiConstants.MODEL)).isEqualTo("text-embedding-004");
        wiremock.verify(1, postRequestedFor(urlEqualTo("/v1beta/models/text-embedding-004:batchEmbedContents"))
                .withRequestBody(equalToJson("{\"requests\":["
                                             + "{\"model\":\"models/text-embedding-004\",\"content\":{\"parts\":[{\"text\":\"first\"}]}},"
                                             + "{\"model\":\"models/text-embedding-004\",\"content\":{\"parts\":[{\"text\":\"second\"}]}},"
                                             + "{\"model\":\"models/text-embedding-004\",\"content\":{\"parts\":[{\"text\":\"third\"}]}}]}")));
        assertThat(events).singleElement().satisfies(event -> assertThat(event.operation()).isEqualTo("embeddings"));
    }

    @Test
    void moreThanAHundredTextsGoInSeveralBatchesAndKeepTheirOrder() {
        echo.stubFor(post(urlEqualTo("/v1beta/models/gemini-embedding-001:batchEmbedContents"))
                .willReturn(okJson("{}").withTransformers("echo-batch")));
        List<String> texts = IntStream.range(0, 205).mapToObj(i -> "text " + i).toList();

        Exchange exchange = template.request("direct:echo", e -> e.getMessage().setBody(new ArrayList<>(texts)));

        assertThat(exchange.getException()).isNull();
        @SuppressWarnings("unchecked")
        List<float[]> vectors = exchange.getMessage().getBody(List.class);
        assertThat(vectors).hasSize(205);
        for (int i = 0; i < 205; i++) {
            assertThat(vectors.get(i)).as("vector %d", i).containsExactly(i % 100, i);
        }
        List<Integer> batchSizes = echo.getAllServeEvents().stream()
                .map(event -> readTree(event.getRequest().getBodyAsString()).path("requests"))
                .peek(requests -> assertThat(requests.get(0).path("taskType").asText()).isEqualTo("SEMANTIC_SIMILARITY"))
                .map(JsonNode::size).sorted().toList();
        assertThat(batchSizes).containsExactly(5, 100, 100);
        assertThat(exchange.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(3);
    }

    @Test
    void anAnswerWithTooFewVectorsFails() {
        wiremock.stubFor(post(urlEqualTo("/v1beta/models/gemini-embedding-001:batchEmbedContents"))
                .willReturn(okJson("{\"embeddings\":[{\"values\":[1]}]}")));

        Exchange exchange = template.request("direct:embed", e -> e.getMessage().setBody(List.of("a", "b")));

        assertThat(exchange.getException()).isInstanceOf(GeminiApiException.class)
                .hasMessageContaining("not 2 embeddings");
        assertThat(events).singleElement().satisfies(event -> assertThat(event.failure()).isNotNull());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty list | The List body of gemini:embed is empty",
            "blank text | empty text",
            "blank item | Item 1 of the List body is an empty text",
            "number item | item 1 of the List body is java.lang.Integer",
            "byte array | takes a String or a List<String> body; found [B"
    })
    void badBodiesFailBeforeSending(String bodyKind, String message) {
        Object body = switch (bodyKind) {
            case "empty list" -> List.of();
            case "blank text" -> "  ";
            case "blank item" -> List.of("fine", " ");
            case "number item" -> Arrays.asList("fine", 42);
            default -> new byte[] { 1, 2 };
        };

        Exchange exchange = template.request("direct:embed", e -> e.getMessage().setBody(body));

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
        wiremock.verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "outputDimensionality=-1 | outputDimensionality must be at least 1, was -1",
            "outputDimensionality=0 | outputDimensionality must be at least 1, was 0",
            "title=Manual | title is for documents: set taskType=RETRIEVAL_DOCUMENT with it, or leave title out",
            "taskType=SEARCH | Unknown taskType 'SEARCH'; use one of RETRIEVAL_QUERY, RETRIEVAL_DOCUMENT,"
            + " SEMANTIC_SIMILARITY, CLASSIFICATION, CLUSTERING, QUESTION_ANSWERING, FACT_VERIFICATION,"
            + " CODE_RETRIEVAL_QUERY",
            "embeddingModel= | embeddingModel must not be blank; use e.g. gemini-embedding-001"
    })
    void badOptionsFailWhenTheRouteStarts(String query, String message) {
        RouteBuilder route = new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:badOption").to("gemini:embed?" + query);
            }
        };

        assertThatThrownBy(() -> context.addRoutes(route)).hasRootCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage(message);
        wiremock.verify(0, anyRequestedFor(anyUrl()));
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
