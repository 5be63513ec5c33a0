package com.cometapi.camel.gemini;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.cometapi.camel.gemini.model.GenerateContentRequest;
import com.cometapi.camel.gemini.test.MockReply;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Legal but unusual answers to a stream request, as gateways send them, over a real socket: each gives its events as
 * chunks or a clear failure, never a lost event or a silent empty stream.
 */
class GeminiUnusualStreamsTest extends MockGeminiTestSupport {

    private static String event(String text) {
        return "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"" + text + "\"}]}}]}";
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:stream").to("gemini:stream?maxRetries=0")
                        .split(body()).streaming().stopOnException()
                        .to("mock:chunks");
            }
        };
    }

    private Exchange streamOf(MockReply reply) {
        gemini.enqueue(reply);
        return template.request("direct:stream", e -> e.getMessage().setBody("Hi"));
    }

    private MockEndpoint chunks() {
        return getMockEndpoint("mock:chunks");
    }

    @Test
    void byteOrderMarkBeforeTheFirstEventKeepsIt() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        body.write(("data: " + event("A") + "\n\ndata: " + event("B") + "\n\n").getBytes(StandardCharsets.UTF_8));
        chunks().expectedBodiesReceived("A", "B");

        Exchange reply = streamOf(MockReply.rawSse(body.toByteArray()));

        assertThat(reply.getException()).isNull();
        chunks().assertIsSatisfied();
    }

    @Test
    void otherFieldLinesKeepTheirEventsData() throws Exception {
        chunks().expectedBodiesReceived("A", "B");

        Exchange reply = streamOf(MockReply.rawSse("id: 1\nevent: message\nretry: 3000\nx-gateway: eu-1\ndata: "
                                                   + event("A") + "\n\n: keep-alive\nevent: message\ndata: " + event("B")
                                                   + "\nid: 2\n\n"));

        assertThat(reply.getException()).isNull();
        chunks().assertIsSatisfied();
    }

    @Test
    void eventsWithEmptyDataAreSkipped() throws Exception {
        chunks().expectedBodiesReceived("A", "B");

        Exchange reply = streamOf(MockReply.rawSse("data:\n\ndata: " + event("A") + "\n\ndata: \n\ndata: " + event("B")
                                                   + "\n\n"));

        assertThat(reply.getException()).isNull();
        chunks().assertIsSatisfied();
    }

    @Test
    void anErrorEventWithATextCodeFailsTheSplitWithItsMessage() throws Exception {
        chunks().expectedBodiesReceived("A");

        Exchange reply = streamOf(MockReply.rawSse("data: " + event("A") + "\n\ndata: {\"error\":{\"code\":"
                                                   + "\"RESOURCE_EXHAUSTED\",\"message\":\"Gateway quota gone\"}}\n\n"
                                                   + "data: " + event("never") + "\n\n"));

        GeminiApiException failure = reply.getException(GeminiApiException.class);
        assertThat(failure).as("the error event as the split's failure").isNotNull();
        assertThat(failure.getErrorMessage()).isEqualTo("Gateway quota gone");
        assertThat(failure.getErrorStatus()).isEqualTo("RESOURCE_EXHAUSTED");
        assertThat(failure.getStatusCode()).isEqualTo(429);
        chunks().assertIsSatisfied();
    }

    @Test
    void aJsonArrayAnswerGivesOneChunkPerElement() throws Exception {
        chunks().expectedBodiesReceived("A", "B", "C");

        Exchange reply = streamOf(MockReply.raw(200, "application/json; charset=UTF-8",
                "[" + event("A") + ",\n" + event("B") + ",\r\n" + event("C") + "]"));

        assertThat(reply.getException()).isNull();
        chunks().assertIsSatisfied();
    }

    @Test
    void anotherContentTypeFailsNamingIt() {
        Exchange reply = streamOf(MockReply.raw(200, "text/html", "<html><body>Gateway login</body></html>"));

        assertThat(reply.getException(GeminiApiException.class)).isNotNull();
        assertThat(reply.getException().getMessage()).contains("text/html").contains("text/event-stream");
        assertThat(chunks().getReceivedCounter()).isZero();
    }

    @Test
    void anEventOverTheSizeLimitFailsNamingTheLimit() {
        String huge = "x".repeat(GeminiEndpoint.MAX_EVENT_BYTES + 1024);

        Exchange reply = streamOf(MockReply.rawSse("data: " + event(huge) + "\n\n"));

        assertThat(reply.getException()).isNotNull();
        assertThat(reply.getException().getMessage()).contains(String.valueOf(GeminiEndpoint.MAX_EVENT_BYTES))
                .contains("bytes");
        assertThat(chunks().getReceivedCounter()).isZero();
    }

    @Test
    void aPreparedRequestWithoutContentsIsRefusedBeforeSending() {
        Exchange reply = template.request("gemini:generate", e -> e.getMessage().setBody(new GenerateContentRequest()));

        assertThat(reply.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no contents");
        assertThat(gemini.requestCount()).isZero();
    }
}
