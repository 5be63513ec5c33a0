package com.cometapi.camel.gemini;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import com.cometapi.camel.gemini.test.RealFixtures;
import com.cometapi.camel.gemini.test.RequiresRealFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Network faults and every 429 flavour end in the documented outcome, with no hung exchange.
 */
class GeminiFaultTest extends WireMockGeminiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(Fault.class)
    void networkFaultIsRetriedThenFailsWithTheIoError(Fault fault) {
        wiremock.stubFor(post(urlPathMatching("/.*")).willReturn(aResponse().withFault(fault)));

        Exchange reply = template.request("gemini:generate?maxRetries=2", e -> e.getMessage().setBody("Hi"));

        assertThat(reply.getException()).as(fault.name())
                .isInstanceOfAny(IOException.class, org.apache.hc.core5.http.HttpException.class);
        assertThat(reply.getMessage().getHeader(GeminiConstants.ATTEMPTS)).as("retried").isEqualTo(3);
        wiremock.verify(3, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = { "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE" })
    void faultThenAnswerSucceedsOnRetry(Fault fault) {
        wiremock.stubFor(post(urlPathMatching("/.*")).inScenario("fault").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(fault)).willSetStateTo("healthy"));
        wiremock.stubFor(post(urlPathMatching("/.*")).inScenario("fault").whenScenarioStateIs("healthy")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(SIMPLE_ANSWER)));

        Exchange reply = template.request("gemini:generate", e -> e.getMessage().setBody("Hi"));

        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getBody()).isEqualTo("Paris");
        assertThat(reply.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(2);
    }

    @Test
    void truncatedBodyIsAConnectionFailureAndRetried() throws Exception {
        try (java.net.ServerSocket truncating = new java.net.ServerSocket(0, 8, java.net.InetAddress.getLoopbackAddress())) {
            java.util.concurrent.atomic.AtomicInteger served = new java.util.concurrent.atomic.AtomicInteger();
            Thread serving = new Thread(() -> {
                while (!truncating.isClosed()) {
                    try (java.net.Socket socket = truncating.accept()) {
                        socket.getInputStream().read(new byte[65536]);
                        socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                                        + "Content-Length: 500\r\n\r\n{\"candidates\": [")
                                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                        served.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "truncating-server");
            serving.setDaemon(true);
            serving.start();

            Exchange reply = template.request("gemini:generate?maxRetries=1&baseUrl=http://127.0.0.1:"
                                              + truncating.getLocalPort(), e -> e.getMessage().setBody("Hi"));

            assertThat(reply.getException()).isInstanceOf(IOException.class);
            assertThat(reply.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(2);
            assertThat(served.get()).isEqualTo(2);
        }
    }

    @Test
    void malformedJsonIsAnApiExceptionAndNotRetried() {
        answerWith(200, "application/json", "{\"candidates\": [ {\"content\": ");

        Exchange reply = template.request("gemini:generate", e -> e.getMessage().setBody("Hi"));

        assertThat(reply.getException()).isInstanceOf(GeminiApiException.class)
                .hasMessageContaining("not a valid Gemini answer");
        assertThat(((GeminiApiException) reply.getException()).isRetryable()).isFalse();
        wiremock.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void serverErrorThenSuccess() {
        wiremock.stubFor(post(urlPathMatching("/.*")).inScenario("500").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":500,\"message\":\"Internal error\",\"status\":\"INTERNAL\"}}"))
                .willSetStateTo("ok"));
        wiremock.stubFor(post(urlPathMatching("/.*")).inScenario("500").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(SIMPLE_ANSWER)));

        Exchange reply = template.request("gemini:generate", e -> e.getMessage().setBody("Hi"));

        assertThat(reply.getMessage().getBody()).isEqualTo("Paris");
        assertThat(reply.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(2);
    }

    static Stream<Arguments> rateLimits() {
        return RealFixtures.files(".json").stream()
                .map(file -> arguments(RealFixtures.name(file), file))
                .filter(a -> {
                    try {
                        return JSON.readTree(RealFixtures.read((Path) a.get()[1])).path("error").path("code").asInt() == 429;
                    } catch (IOException notJson) {
                        return false;
                    }
                });
    }

    @RequiresRealFixtures
    @ParameterizedTest(name = "{0}")
    @MethodSource("rateLimits")
    void everyRealRateLimitIsRetriedWithTheDelayItAsksFor(String name, Path file) throws IOException {
        String body = RealFixtures.read(file);
        JsonNode error = JSON.readTree(body).path("error");
        String asked = null;
        for (JsonNode detail : error.path("details")) {
            if (detail.path("@type").asText().endsWith("RetryInfo")) {
                asked = detail.path("retryDelay").asText();
            }
        }
        wiremock.stubFor(post(urlPathMatching("/.*")).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withBody(body)));

        Exchange reply = template.request("gemini:generate?maxRetries=1&retryMaxDelay=300ms",
                e -> e.getMessage().setBody("Hi"));

        GeminiApiException failure = (GeminiApiException) reply.getException();
        assertThat(failure.getStatusCode()).isEqualTo(429);
        assertThat(failure.getErrorStatus()).isEqualTo("RESOURCE_EXHAUSTED");
        boolean perDay = body.replace("_", "").replace("-", "").toLowerCase().contains("perday");
        assertThat(failure.isRetryable()).isEqualTo(!perDay);
        assertThat(failure.getRetryDelay()).isEqualTo(asked == null ? null
                : Duration.ofMillis(Math.round(Double.parseDouble(asked.replace("s", "")) * 1000)));
        wiremock.verify(perDay ? 1 : 2, anyRequestedFor(anyUrl()));
    }
}
