package com.cometapi.camel.gemini.springboot;

import java.time.Duration;

import com.cometapi.camel.gemini.GeminiApiException;
import com.cometapi.camel.gemini.GeminiStreamAggregationStrategy;
import com.cometapi.camel.gemini.test.MockGeminiServer;
import com.cometapi.camel.gemini.test.MockReply;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A Boot application configured only by properties, its base URL pointing at MockGeminiServer. The key is a dynamic
 * property: Spring's test framework logs the annotation's inline properties, values included, at DEBUG.
 */
@SpringBootTest(properties = {
        "camel.component.gemini.model=gemini-2.5-flash",
        "camel.component.gemini.retry-initial-delay=10ms" })
class GeminiStarterApplicationTest {

    private static final MockGeminiServer GEMINI = new MockGeminiServer();
    private static final Tags MODEL_TAGS = Tags.of("gen_ai.system", "gemini",
            "gen_ai.operation.name", "generate_content", "gen_ai.request.model", "gemini-2.5-flash");

    @Autowired
    private ProducerTemplate template;
    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void geminiBaseUrl(DynamicPropertyRegistry registry) {
        GEMINI.start();
        registry.add("camel.component.gemini.base-url", GEMINI::baseUrl);
        registry.add("camel.component.gemini.api-key", () -> "test-key");
    }

    @AfterAll
    static void stopGemini() {
        GEMINI.stop();
    }

    @BeforeEach
    void resetMetersAndMock() {
        GEMINI.reset();
        meters.clear();
    }

    @Test
    void answersThePromptAndRecordsTokensAndDuration() {
        GEMINI.enqueue(MockReply.text("Paris").withUsage(12, 3, 7));

        assertThat(template.requestBody("direct:ask", "Capital of France?", String.class)).isEqualTo("Paris");

        assertThat(GEMINI.lastRequest().promptText()).isEqualTo("Capital of France?");
        assertThat(tokens("input").count()).isEqualTo(1);
        assertThat(tokens("input").totalAmount()).isEqualTo(12);
        assertThat(tokens("output").totalAmount()).isEqualTo(3);
        assertThat(tokens("thoughts").totalAmount()).isEqualTo(7);
        assertThat(meters.get(GeminiMeterObserver.OPERATION_DURATION).tags(MODEL_TAGS).timer().count()).isEqualTo(1);
        assertThat(meters.find(GeminiMeterObserver.OPERATION_DURATION).tagKeys("error.type").timer()).isNull();
    }

    @Test
    void recordsAFailureWithItsErrorType() {
        GEMINI.enqueue(MockReply.error(400, "INVALID_ARGUMENT", "Bad request"));

        assertThatThrownBy(() -> template.requestBody("direct:ask", "?", String.class))
                .isInstanceOf(CamelExecutionException.class).hasCauseInstanceOf(GeminiApiException.class);

        assertThat(meters.get(GeminiMeterObserver.OPERATION_DURATION).tags(MODEL_TAGS)
                .tag("error.type", "GeminiApiException").timer().count()).isEqualTo(1);
    }

    @Test
    void countsRetries() {
        GEMINI.enqueue(MockReply.error(503, "UNAVAILABLE", "Overloaded"), MockReply.text("Later").withUsage(4, 1, 0));

        assertThat(template.requestBody("direct:ask", "Again?", String.class)).isEqualTo("Later");

        assertThat(meters.get(GeminiMeterObserver.RETRIES).tags(MODEL_TAGS).counter().count()).isEqualTo(1);
        assertThat(meters.get(GeminiMeterObserver.OPERATION_DURATION).tags(MODEL_TAGS).timer().count()).isEqualTo(1);
        assertThat(tokens("input").count()).isEqualTo(1);
    }

    @Test
    void recordsAStreamOnceWhenItEnds() {
        GEMINI.enqueue(MockReply.text("One two three four").withStreamChunks(4).withUsage(5, 4, 0));

        assertThat(template.requestBody("direct:story", "Count", String.class)).isEqualTo("One two three four");

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                meters.get(GeminiMeterObserver.OPERATION_DURATION).tags(MODEL_TAGS).timer().count()).isEqualTo(1));
        assertThat(tokens("output").count()).isEqualTo(1);
        assertThat(tokens("output").totalAmount()).isEqualTo(4);
    }

    private io.micrometer.core.instrument.DistributionSummary tokens(String type) {
        return meters.get(GeminiMeterObserver.TOKEN_USAGE).tags(MODEL_TAGS).tag("gen_ai.token.type", type).summary();
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
                    from("direct:ask").to("gemini:generate");
                    from("direct:story")
                            .to("gemini:stream")
                            .split(body(), new GeminiStreamAggregationStrategy()).streaming()
                                .log("${body}")
                            .end();
                }
            };
        }
    }
}
