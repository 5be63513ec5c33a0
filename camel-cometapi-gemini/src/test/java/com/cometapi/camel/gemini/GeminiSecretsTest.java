package com.cometapi.camel.gemini;

import java.io.PrintWriter;
import java.io.StringWriter;

import com.cometapi.camel.gemini.test.MockGeminiServerExtension;
import com.cometapi.camel.gemini.test.MockReply;
import com.cometapi.camel.gemini.test.logscan.LogScan;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API key appears in no log line (every logger at TRACE), no exception message, no endpoint URI shown.
 */
class GeminiSecretsTest extends CamelTestSupport {

    private static final String KEY = LogScan.watchEchoedByCamelCore("AIzaSy-secret-4b1d-9c7e");

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    private LogCapture logs;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        if (logs == null) {
            // once per test, whatever calls this: a second capture would take TRACE as the level to restore
            logs = new LogCapture();
        }
        CamelContext context = super.createCamelContext();
        GeminiComponent component = new GeminiComponent();
        component.getConfiguration().setBaseUrl(gemini.baseUrl());
        component.getConfiguration().setApiKey(KEY);
        context.addComponent("gemini", component);
        return context;
    }

    @org.junit.jupiter.api.AfterEach
    void restoreLogging() {
        if (logs != null) {
            logs.close();
            logs = null;
        }
        assertThat(((org.apache.logging.log4j.core.LoggerContext) org.apache.logging.log4j.LogManager.getContext(false))
                .getConfiguration().getRootLogger().getAppenders()).as("the configuration is back")
                .containsOnlyKeys("console", "secrets");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ask").routeId("ask").to("log:before?showAll=true").to("gemini:generate?maxRetries=0")
                        .to("log:after?showAll=true");
            }
        };
    }

    @Test
    void keyIsInNoLogLineNoExceptionAndNoEndpointUri() {
        gemini.requireApiKey(null);
        try {
            gemini.enqueue(MockReply.text("fine"));
            assertThat(template.requestBody("direct:ask", "Hello")).isEqualTo("fine");

            gemini.enqueue(MockReply.error(503, "UNAVAILABLE", "The model is overloaded for key " + KEY));
            Exchange overloaded = template.request("direct:ask", e -> e.getMessage().setBody("Hello"));
            assertThat(overloaded.getException()).isInstanceOf(GeminiApiException.class);
            assertNoKey(overloaded.getException());
            assertThat(((GeminiApiException) overloaded.getException()).getErrorMessage()).contains("xxxxxx");

            gemini.requireApiKey("another-key");
            Exchange rejected = template.request("direct:ask", e -> e.getMessage().setBody("Hello"));
            GeminiApiException failure = (GeminiApiException) rejected.getException();
            assertThat(failure.getStatusCode()).isEqualTo(400);
            assertThat(failure.getResponseBody()).as("the raw body is kept as received").contains(KEY);
            assertNoKey(failure);

            for (Endpoint endpoint : context.getEndpoints()) {
                assertThat(endpoint.toString()).doesNotContain(KEY);
                if (endpoint instanceof GeminiEndpoint geminiEndpoint) {
                    assertThat(geminiEndpoint.getConfiguration().toString()).doesNotContain(KEY);
                }
            }
            context.getRoutes().forEach(route -> assertThat(route.toString()).doesNotContain(KEY));
        } finally {
            logs.close();
        }
        assertThat(logs.lines()).as("log lines captured at TRACE").hasSizeGreaterThan(50);
        assertThat(logs.lines()).noneMatch(line -> line.contains(KEY));
        assertThat(logs.lines()).anyMatch(line -> line.contains("x-goog-api-key: xxxxxx"));
    }

    /**
     * A key written into an endpoint URI is masked wherever the endpoint is shown, but Camel core itself logs raw
     * URIs at TRACE while it resolves them: the docs say to set the key on the component.
     */
    @Test
    void keyInTheUriIsMaskedWhereTheEndpointIsShown() {
        logs.close();
        gemini.requireApiKey("another-key");
        String uri = "gemini:generate?maxRetries=0&apiKey=RAW(" + KEY + ")";

        Exchange rejected = template.request(uri, e -> e.getMessage().setBody("Hello"));

        assertNoKey(rejected.getException());
        GeminiEndpoint endpoint = (GeminiEndpoint) context.getEndpoints().stream()
                .filter(GeminiEndpoint.class::isInstance).findFirst().orElseThrow();
        assertThat(endpoint.toString()).doesNotContain(KEY);
        assertThat(endpoint.getConfiguration().getApiKey()).isEqualTo(KEY);
    }

    private static void assertNoKey(Exception failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        assertThat(failure.getMessage()).doesNotContain(KEY);
        assertThat(failure.toString()).doesNotContain(KEY);
        assertThat(trace.toString()).doesNotContain(KEY);
    }
}
