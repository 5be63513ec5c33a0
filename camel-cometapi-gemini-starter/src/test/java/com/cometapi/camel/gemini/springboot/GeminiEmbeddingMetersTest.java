package com.cometapi.camel.gemini.springboot;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Embeddings in a Boot application: the properties of gemini:embed (embedding-model, task-type,
 * output-dimensionality) reach the wire, and the meters record the call under {@code gen_ai.operation.name} =
 * {@code embeddings} with its input tokens. The server is a plain JDK HTTP server on a loopback port, answering
 * embedContent.
 */
@SpringBootTest(properties = {
        "camel.component.gemini.embedding-model=text-embedding-004",
        "camel.component.gemini.task-type=RETRIEVAL_QUERY",
        "camel.component.gemini.output-dimensionality=3" })
class GeminiEmbeddingMetersTest {

    private static final List<String> REQUESTS = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static HttpServer server;

    @Autowired
    private ProducerTemplate template;
    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void geminiBaseUrl(DynamicPropertyRegistry registry) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", GeminiEmbeddingMetersTest::answer);
        server.start();
        registry.add("camel.component.gemini.base-url",
                () -> "http://127.0.0.1:" + server.getAddress().getPort());
        registry.add("camel.component.gemini.api-key", () -> "test-key");
    }

    private static void answer(HttpExchange exchange) throws IOException {
        REQUESTS.add(exchange.getRequestURI().getPath() + " "
                     + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        byte[] body = "{\"embedding\":{\"values\":[0.1,0.2,0.3]},\"usageMetadata\":{\"promptTokenCount\":6}}"
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    @Test
    void recordsEmbeddingsWithTheirInputTokens() {
        float[] vector = template.requestBody("direct:embed", "camel routes", float[].class);

        assertThat(vector).containsExactly(0.1f, 0.2f, 0.3f);
        assertThat(REQUESTS).singleElement().satisfies(request -> assertThat(request)
                .startsWith("/v1beta/models/text-embedding-004:embedContent ")
                .contains("\"taskType\":\"RETRIEVAL_QUERY\"").contains("\"outputDimensionality\":3"));
        Tags tags = Tags.of("gen_ai.system", "gemini", "gen_ai.operation.name", "embeddings",
                "gen_ai.request.model", "text-embedding-004");
        assertThat(meters.get(GeminiMeterObserver.TOKEN_USAGE).tags(tags).tag("gen_ai.token.type", "input")
                .summary().totalAmount()).isEqualTo(6);
        assertThat(meters.get(GeminiMeterObserver.OPERATION_DURATION).tags(tags).timer().count()).isEqualTo(1);
        assertThat(meters.find(GeminiMeterObserver.OPERATION_DURATION).tag("gen_ai.operation.name", "generate_content")
                .timer()).isNull();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        RouteBuilder routes() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:embed").to("gemini:embed");
                }
            };
        }
    }
}
