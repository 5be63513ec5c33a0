package com.example.gemini;

import java.util.List;

import com.cometapi.camel.gemini.GeminiComponent;
import com.cometapi.camel.gemini.GeminiConstants;
import com.cometapi.camel.gemini.test.MockGeminiServerExtension;
import com.cometapi.camel.gemini.test.MockReply;
import com.cometapi.camel.gemini.test.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.util.ReflectionUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A user's route test on camel-test-junit5 and the JUnit 5 it brings, against the test kit's mock: discovery, the
 * extension's callbacks and a streamed answer all run on JUnit 5.14.
 */
class AskRouteTest extends CamelTestSupport {

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        // the key on the component, never in an endpoint URI (Camel logs URIs)
        GeminiComponent component = camel.getComponent("gemini", GeminiComponent.class);
        component.getConfiguration().setApiKey("test-key");
        component.getConfiguration().setBaseUrl(gemini.baseUrl());
        return camel;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ask").to("gemini:generate");
                from("direct:stream").to("gemini:stream")
                        .split(body()).streaming().to("mock:chunks");
            }
        };
    }

    @Test
    void answersFromTheMock() {
        gemini.enqueue(MockReply.text("Paris").withUsage(5, 1, 0));

        Exchange reply = template.request("direct:ask", e -> e.getMessage().setBody("Capital of France?"));

        assertEquals("Paris", reply.getMessage().getBody(String.class));
        assertEquals(6, reply.getMessage().getHeader(GeminiConstants.TOTAL_TOKEN_COUNT));
        RecordedRequest request = gemini.lastRequest();
        assertEquals("Capital of France?", request.promptText());
        assertEquals("test-key", request.header("x-goog-api-key"));
    }

    @Test
    void streamsOneExchangePerEvent() throws Exception {
        gemini.enqueue(MockReply.text("one two three four").withStreamChunks(4));
        MockEndpoint chunks = getMockEndpoint("mock:chunks");
        chunks.expectedMessageCount(4);

        template.sendBody("direct:stream", "Count to four");

        chunks.assertIsSatisfied();
        List<String> texts = chunks.getExchanges().stream().map(e -> e.getMessage().getBody(String.class)).toList();
        assertEquals("one two three four", String.join("", texts));
    }

    @Test
    void runsOnTheJUnitThatCamelTestJunit5Brings() {
        String expected = System.getProperty("expected.junit.version");
        assertEquals(expected, Test.class.getPackage().getImplementationVersion(), "junit-jupiter-api");
        assertEquals(expected.replaceFirst("^5\\.", "1."),
                ReflectionUtils.class.getPackage().getImplementationVersion(), "junit-platform-commons");
    }
}
