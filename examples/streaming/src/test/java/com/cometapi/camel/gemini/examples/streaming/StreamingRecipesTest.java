package com.cometapi.camel.gemini.examples.streaming;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.cometapi.camel.gemini.GeminiApiException;
import com.cometapi.camel.gemini.GeminiComponent;
import com.cometapi.camel.gemini.GeminiConstants;
import com.cometapi.camel.gemini.test.MockGeminiServerExtension;
import com.cometapi.camel.gemini.test.MockReply;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Streaming beyond the example, shown in docs/guides/streaming.md: the whole answer as one String, and an error
 * that arrives after some chunks.
 */
class StreamingRecipesTest extends CamelTestSupport {

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    private final List<String> chunks = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        GeminiComponent component = camel.getComponent("gemini", GeminiComponent.class);
        component.getConfiguration().setBaseUrl(gemini.baseUrl());
        component.getConfiguration().setApiKey("test-key");
        return camel;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // snippet:streaming-whole-answer
                from("direct:whole")
                        .to("gemini:stream")
                        .convertBodyTo(String.class);   // reads the rest of the stream: all the text, joined
                // end-snippet:streaming-whole-answer

                // snippet:streaming-chunks-route
                from("direct:chunks")
                        .to("gemini:stream")
                        .split(body()).streaming().stopOnException()
                            .process(chunk -> chunks.add(chunk.getMessage().getBody(String.class)))
                        .end();
                // end-snippet:streaming-chunks-route
            }
        };
    }

    @Test
    void convertingTheStreamGivesTheWholeAnswer() {
        gemini.enqueue(MockReply.text("One answer, sent in five events.").withStreamChunks(5));

        String answer = template.requestBody("direct:whole", "Tell me something", String.class);

        assertThat(answer).isEqualTo("One answer, sent in five events.");
        assertThat(gemini.eventsSent()).isEqualTo(5);
    }

    @Test
    void anErrorAfterTheFirstEventFailsTheSplitAfterTheChunksBeforeIt() {
        // snippet:streaming-error-mid-stream
        gemini.enqueue(MockReply.streamThenError(List.of(
                "{\"candidates\": [{\"content\": {\"role\": \"model\", \"parts\": [{\"text\": \"Once upon\"}]}}]}",
                "{\"candidates\": [{\"content\": {\"role\": \"model\", \"parts\": [{\"text\": \" a time\"}]}}]}"),
                499, "CANCELLED", "The operation was cancelled."));

        Exchange reply = template.request("direct:chunks", e -> e.getMessage().setBody("Tell a story"));

        assertThat(chunks).containsExactly("Once upon", " a time");
        GeminiApiException error = reply.getException(GeminiApiException.class);
        assertThat(error.getStatusCode()).isEqualTo(499);
        assertThat(error.getErrorStatus()).isEqualTo("CANCELLED");
        assertThat(gemini.requestCount()).as("never retried once a chunk reached the route").isEqualTo(1);
        // end-snippet:streaming-error-mid-stream
    }

    @Test
    void anErrorBeforeTheFirstEventIsRetriedLikeGenerate() {
        gemini.enqueue(MockReply.error(503, "UNAVAILABLE", "The model is overloaded."),
                MockReply.text("Recovered.").withStreamChunks(2));

        Exchange reply = template.request("direct:chunks", e -> {
            e.getMessage().setBody("Tell a story");
        });

        assertThat(reply.getException()).isNull();
        assertThat(String.join("", chunks)).isEqualTo("Recovered.");
        assertThat(reply.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(2);
    }
}
