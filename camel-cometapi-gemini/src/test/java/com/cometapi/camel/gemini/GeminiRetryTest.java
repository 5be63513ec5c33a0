package com.cometapi.camel.gemini;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeTimedOutException;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures are retried, how often, and how long the component waits.
 */
class GeminiRetryTest extends WireMockGeminiTestSupport {

    private static final String UNAVAILABLE = "{\"error\":{\"code\":503,\"message\":\"The model is overloaded.\","
                                              + "\"status\":\"UNAVAILABLE\"}}";

    private static void failThenAnswer(int status, String body, String retryAfter) {
        var failure = aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
        if (retryAfter != null) {
            failure = failure.withHeader("Retry-After", retryAfter);
        }
        wiremock.stubFor(post(urlPathMatching("/.*")).inScenario("retry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(failure).willSetStateTo("answered"));
        wiremock.stubFor(post(urlPathMatching("/.*")).inScenario("retry").whenScenarioStateIs("answered")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(SIMPLE_ANSWER)));
    }

    private static String geminiError(int status) {
        String errorStatus = switch (status) {
            case 403 -> "PERMISSION_DENIED";
            case 404 -> "NOT_FOUND";
            case 408, 504 -> "DEADLINE_EXCEEDED";
            case 500 -> "INTERNAL";
            default -> "UNAVAILABLE";
        };
        return "{\"error\":{\"code\":" + status + ",\"message\":\"HTTP " + status + " from Gemini\",\"status\":\""
               + errorStatus + "\"}}";
    }

    @Test
    void retriesAnOverloadedModelAndCountsTheAttempts() {
        failThenAnswer(503, UNAVAILABLE, null);

        Exchange reply = template.request("gemini:generate", e -> e.getMessage().setBody("Hello"));

        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getBody()).isEqualTo("Paris");
        assertThat(reply.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(2);
        wiremock.verify(2, anyRequestedFor(anyUrl()));
    }

    @Test
    void retriesAfterRetryInfoDelay() {
        failThenAnswer(429, "{\"error\":{\"code\":429,\"message\":\"Quota exceeded\",\"status\":\"RESOURCE_EXHAUSTED\","
                            + "\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.RetryInfo\",\"retryDelay\":\"0.4s\"}]}}",
                null);

        Exchange reply = template.request("gemini:generate", e -> e.getMessage().setBody("Hello"));

        assertThat(reply.getException()).isNull();
        assertThat(gapBetweenFirstTwoRequests()).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void retriesAfterRetryAfterHeader() {
        failThenAnswer(503, UNAVAILABLE, "1");

        Exchange reply = template.request("gemini:generate", e -> e.getMessage().setBody("Hello"));

        assertThat(reply.getException()).isNull();
        assertThat(gapBetweenFirstTwoRequests()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = { 408, 500, 502, 504 })
    void retriesEachRetryableStatusOnceThenAnswers(int status) {
        failThenAnswer(status, geminiError(status), null);

        Exchange reply = template.request("gemini:generate?retryInitialDelay=5ms", e -> e.getMessage().setBody("Hello"));

        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getBody()).isEqualTo("Paris");
        assertThat(reply.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(2);
        wiremock.verify(2, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = { 403, 404 })
    void neverRetriesANonRetryableClientError(int status) {
        failThenAnswer(status, geminiError(status), null);

        Exchange reply = template.request("gemini:generate?retryInitialDelay=5ms", e -> e.getMessage().setBody("Hello"));

        assertThat(reply.getException()).isInstanceOf(GeminiApiException.class);
        GeminiApiException failure = (GeminiApiException) reply.getException();
        assertThat(failure.getStatusCode()).isEqualTo(status);
        assertThat(failure.isRetryable()).isFalse();
        assertThat(reply.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(1);
        wiremock.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void givesUpAfterMaxRetriesWithARetryableException() {
        answerWith(503, "application/json", UNAVAILABLE);

        Exchange reply = template.request("gemini:generate?maxRetries=3", e -> e.getMessage().setBody("Hello"));

        assertThat(reply.getException()).isInstanceOf(GeminiApiException.class);
        GeminiApiException failure = (GeminiApiException) reply.getException();
        assertThat(failure.isRetryable()).isTrue();
        assertThat(failure.getErrorStatus()).isEqualTo("UNAVAILABLE");
        assertThat(reply.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(4);
        wiremock.verify(4, anyRequestedFor(anyUrl()));
    }

    @Test
    void routeErrorHandlerTellsRetryableFromFinalWithThePublicMethods() throws Exception {
        context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("direct:guarded").routeId("guarded")
                        .onException(GeminiApiException.class)
                            .onWhen(e -> e.getException(GeminiApiException.class).isRetryable()).handled(true)
                            .setBody(e -> "later, after " + caught(e).getRetryDelay())
                        .end()
                        .onException(GeminiApiException.class).handled(true)
                            .setBody(e -> "dead letter: " + caught(e).getErrorStatus())
                        .end()
                        .to("gemini:generate?maxRetries=0");
            }
        });
        answerWith(429, "application/json", "{\"error\":{\"code\":429,\"message\":\"slow down\",\"status\":"
                                             + "\"RESOURCE_EXHAUSTED\",\"details\":[{\"@type\":"
                                             + "\"type.googleapis.com/google.rpc.RetryInfo\",\"retryDelay\":\"7s\"}]}}");
        assertThat(template.requestBody("direct:guarded", "Hi")).isEqualTo("later, after PT7S");

        answerWith(403, "application/json",
                "{\"error\":{\"code\":403,\"message\":\"denied\",\"status\":\"PERMISSION_DENIED\"}}");
        assertThat(template.requestBody("direct:guarded", "Hi")).isEqualTo("dead letter: PERMISSION_DENIED");
    }

    @Test
    void existingHttpOperationFailedHandlerCatchesAGeminiError() throws Exception {
        List<HttpOperationFailedException> handled = new CopyOnWriteArrayList<>();
        context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("direct:httpGuarded").routeId("httpGuarded")
                        .onException(HttpOperationFailedException.class).handled(true)
                            .process(e -> handled.add(e.getProperty(Exchange.EXCEPTION_CAUGHT,
                                    HttpOperationFailedException.class)))
                            .setBody(simple("handled ${exception.statusCode}"))
                        .end()
                        .to("gemini:generate")
                        .to("mock:afterGemini");
            }
        });
        String error = "{\"error\":{\"code\":400,\"message\":\"Penalty is not enabled\",\"status\":\"INVALID_ARGUMENT\"}}";
        answerWith(400, "application/json", error);

        Exchange reply = template.request("direct:httpGuarded", e -> e.getMessage().setBody("Hi"));

        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getBody()).isEqualTo("handled 400");
        assertThat(handled).hasSize(1);
        assertThat(handled.get(0)).isInstanceOf(GeminiApiException.class);
        assertThat(handled.get(0).getStatusCode()).isEqualTo(400);
        assertThat(handled.get(0).getResponseBody()).isEqualTo(error);
        assertThat(getMockEndpoint("mock:afterGemini").getReceivedCounter()).isZero();
        wiremock.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void neverRetriesABadRequest() {
        answerWith(400, "application/json",
                "{\"error\":{\"code\":400,\"message\":\"Penalty is not enabled\",\"status\":\"INVALID_ARGUMENT\"}}");

        Exchange reply = template.request("gemini:generate", e -> e.getMessage().setBody("Hello"));

        assertThat(reply.getException()).isInstanceOf(GeminiApiException.class);
        assertThat(((GeminiApiException) reply.getException()).isRetryable()).isFalse();
        wiremock.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void perDayQuotaFailsAtOnce() {
        answerWith(429, "application/json", """
                {"error":{"code":429,"message":"Quota exceeded for today","status":"RESOURCE_EXHAUSTED","details":[
                  {"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{
                    "quotaMetric":"generativelanguage.googleapis.com/generate_content_free_tier_requests",
                    "quotaId":"GenerateRequestsPerDayPerProjectPerModel-FreeTier"}]},
                  {"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"3s"}]}}""");

        Exchange reply = template.request("gemini:generate", e -> e.getMessage().setBody("Hello"));

        GeminiApiException failure = (GeminiApiException) reply.getException();
        assertThat(failure.isRetryable()).isFalse();
        assertThat(failure.getRetryDelay()).isEqualTo(Duration.ofSeconds(3));
        wiremock.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void retriesConnectionFailures() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        Exchange reply = template.request("gemini:generate?maxRetries=2&baseUrl=http://127.0.0.1:" + closedPort,
                e -> e.getMessage().setBody("Hello"));

        assertThat(reply.getException()).isInstanceOf(java.net.ConnectException.class);
        assertThat(reply.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(3);
    }

    @Test
    void requestTimeoutIsNotRetried() {
        wiremock.stubFor(post(urlPathMatching("/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(SIMPLE_ANSWER).withFixedDelay(3000)));

        Exchange reply = template.request("gemini:generate?requestTimeout=300ms", e -> e.getMessage().setBody("Hello"));

        assertThat(reply.getException()).isInstanceOf(ExchangeTimedOutException.class)
                .hasMessageContaining("requestTimeout=300ms");
        assertThat(reply.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(1);
    }

    private static GeminiApiException caught(Exchange exchange) {
        return exchange.getProperty(Exchange.EXCEPTION_CAUGHT, GeminiApiException.class);
    }

    private static Duration gapBetweenFirstTwoRequests() {
        List<ServeEvent> events = wiremock.getAllServeEvents().stream()
                .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate())).toList();
        assertThat(events).hasSize(2);
        return Duration.ofMillis(events.get(1).getRequest().getLoggedDate().getTime()
                                 - events.get(0).getRequest().getLoggedDate().getTime());
    }
}
