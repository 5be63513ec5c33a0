package com.cometapi.camel.gemini.examples.quickstart;

import com.cometapi.camel.gemini.GeminiApiException;
import com.cometapi.camel.gemini.GeminiBlockedException;
import com.cometapi.camel.gemini.GeminiConstants;
import com.cometapi.camel.gemini.test.MockReply;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What happens when Gemini says no, shown in docs/guides/errors-and-retries.md: the component's own retries, an
 * error handler that reads GeminiApiException, blocked prompts, and bad input rejected before anything is sent.
 */
class ErrorsAndRetriesTest extends MockGeminiRouteTest {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // snippet:errors-route
                from("direct:answer")
                        .onException(GeminiApiException.class)
                            .handled(true)
                            .process(exchange -> {
                                GeminiApiException error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT,
                                        GeminiApiException.class);
                                exchange.getMessage().setBody(error.isRetryable()
                                        ? "Gemini is busy (" + error.getErrorStatus() + "), try again later"
                                        : "Gemini refused the request: " + error.getErrorMessage());
                            })
                        .end()
                        .to("gemini:generate?maxRetries=2&retryInitialDelay=10ms&retryMaxDelay=1s");
                // end-snippet:errors-route

                // snippet:errors-blocked-route
                from("direct:moderated")
                        .to("gemini:generate?failOnBlock=false")
                        .choice()
                            .when(header(GeminiConstants.BLOCK_REASON).isNotNull())
                                .setBody(simple("Blocked: ${header.CamelGeminiBlockReason}"))
                        .end();
                // end-snippet:errors-blocked-route

                from("direct:strict")
                        .to("gemini:generate");

                from("direct:thinking")
                        .to("gemini:generate?model=gemini-3-pro-preview&thinkingLevel=LOW");
            }
        };
    }

    @Test
    void transientErrorsAreRetriedByTheComponent() {
        // snippet:errors-retried
        gemini.enqueue(MockReply.error(503, "UNAVAILABLE", "The model is overloaded."),
                MockReply.error(429, "RESOURCE_EXHAUSTED", "Quota exceeded.").withRetryDelay("0.05s"),
                MockReply.text("Third time lucky."));

        Exchange reply = template.request("direct:answer", e -> e.getMessage().setBody("Hello"));

        assertThat(reply.getMessage().getBody(String.class)).isEqualTo("Third time lucky.");
        assertThat(reply.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(3);
        // end-snippet:errors-retried
    }

    @Test
    void retryableErrorsReachTheErrorHandlerOnceTheRetriesAreUsedUp() {
        for (int i = 0; i < 3; i++) {
            gemini.enqueue(MockReply.error(503, "UNAVAILABLE", "The model is overloaded."));
        }

        Exchange reply = template.request("direct:answer", e -> e.getMessage().setBody("Hello"));

        assertThat(reply.getMessage().getBody(String.class)).isEqualTo("Gemini is busy (UNAVAILABLE), try again later");
        assertThat(gemini.requestCount()).isEqualTo(3);
    }

    @Test
    void otherClientErrorsAreNotRetried() {
        // snippet:errors-not-retried
        gemini.enqueue(MockReply.error(400, "INVALID_ARGUMENT", "Request contains an invalid argument."));

        String answer = template.requestBody("direct:answer", "Hello", String.class);

        assertThat(answer).isEqualTo("Gemini refused the request: Request contains an invalid argument.");
        assertThat(gemini.requestCount()).isEqualTo(1);
        // end-snippet:errors-not-retried
    }

    @Test
    void aPerDayQuotaIsNotRetried() {
        // snippet:errors-per-day-quota
        gemini.enqueue(MockReply.error(429, "RESOURCE_EXHAUSTED", "Quota exceeded.")
                .withQuotaFailure("GenerateRequestsPerDayPerProjectPerModel-FreeTier"));

        Exchange reply = template.request("direct:strict", e -> e.getMessage().setBody("Hello"));

        GeminiApiException error = reply.getException(GeminiApiException.class);
        assertThat(error.getStatusCode()).isEqualTo(429);
        assertThat(error.isRetryable()).isFalse();
        assertThat(gemini.requestCount()).isEqualTo(1);
        // end-snippet:errors-per-day-quota
    }

    @Test
    void aBlockedPromptFailsTheExchangeByDefault() {
        // snippet:errors-blocked
        gemini.enqueue(MockReply.blocked("SAFETY"));

        Exchange reply = template.request("direct:strict", e -> e.getMessage().setBody("Something unsafe"));

        assertThat(reply.getException(GeminiBlockedException.class).getBlockReason()).isEqualTo("SAFETY");
        // end-snippet:errors-blocked
    }

    @Test
    void withFailOnBlockFalseTheRouteDecides() {
        gemini.enqueue(MockReply.blocked("SAFETY"));

        String answer = template.requestBody("direct:moderated", "Something unsafe", String.class);

        assertThat(answer).isEqualTo("Blocked: SAFETY");
    }

    @Test
    void badInputFailsBeforeAnythingIsSent() {
        // snippet:errors-bad-input
        Exchange reply = template.request("direct:thinking", e -> {       // thinkingLevel=LOW on the endpoint
            e.getMessage().setHeader(GeminiConstants.MODEL, "gemini-2.5-flash"); // a Gemini 2.5 model for this one
            e.getMessage().setBody("Think about it");
        });

        assertThat(reply.getException(IllegalArgumentException.class))
                .hasMessageContaining("thinkingLevel is for Gemini 3 models; use thinkingBudget");
        assertThat(gemini.requestCount()).isZero();
        // end-snippet:errors-bad-input
    }
}
