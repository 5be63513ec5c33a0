package com.cometapi.camel.gemini.examples.quickstart;

import com.cometapi.camel.gemini.GeminiComponent;
import com.cometapi.camel.gemini.GeminiConstants;
import com.cometapi.camel.gemini.test.MockGeminiServerExtension;
import com.cometapi.camel.gemini.test.MockReply;
import com.cometapi.camel.gemini.test.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A route test the way a user writes one for their own routes: CamelTestSupport, the mock as a JUnit extension,
 * scripted answers and assertions on what the mock received. Shown in docs/guides/testing-with-mock-gemini-server.md.
 */
// snippet:testing-summary-route-test
class SummaryRouteTest extends CamelTestSupport {

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension(); // started before all, reset before each test

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the key on the component, not in the URI: Camel logs URIs as written at DEBUG and TRACE
                getContext().getComponent("gemini", GeminiComponent.class).getConfiguration().setApiKey("test-key");
                from("direct:summarize")
                        .to("gemini:generate?model=gemini-2.5-flash&retryInitialDelay=10ms&baseUrl=" + gemini.baseUrl());
            }
        };
    }

    @Test
    void summarizes() {
        gemini.enqueue(MockReply.text("A short summary.").withUsage(12, 4, 0));

        Exchange reply = template.request("direct:summarize", e -> e.getMessage().setBody("A long text ..."));

        assertThat(reply.getMessage().getBody(String.class)).isEqualTo("A short summary.");
        assertThat(reply.getMessage().getHeader(GeminiConstants.TOTAL_TOKEN_COUNT)).isEqualTo(16);
        RecordedRequest request = gemini.lastRequest();
        assertThat(request.path()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
        assertThat(request.header("x-goog-api-key")).isEqualTo("test-key");
        assertThat(request.promptText()).isEqualTo("A long text ...");
    }

    @Test
    void retriesWhenOverloaded() {
        gemini.enqueue(MockReply.error(503, "UNAVAILABLE", "The model is overloaded."),
                MockReply.text("Done."));

        Exchange reply = template.request("direct:summarize", e -> e.getMessage().setBody("Hi"));

        assertThat(reply.getMessage().getBody(String.class)).isEqualTo("Done.");
        assertThat(reply.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(2);
        assertThat(gemini.requestCount()).isEqualTo(2);
    }

    @Test
    void answersAnyPromptWhenNothingIsScripted() {
        String answer = template.requestBody("direct:summarize", "What is Camel?", String.class);

        assertThat(answer).isEqualTo("Mock Gemini answer to: What is Camel?");
    }
}
// end-snippet:testing-summary-route-test
