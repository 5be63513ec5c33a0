package com.cometapi.camel.gemini;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.cometapi.camel.gemini.test.MockReply;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many tool loops on streams at once, more than the stream threads and the worker pool together, each reader waiting
 * for a slow tool route: every stream runs its tools, streams its final turn and completes; none waits on another.
 * And a component stopped while a stream is in its tool step fails that stream once, rather than leaving it waiting.
 */
class GeminiStreamToolLoopLoadTest extends MockGeminiTestSupport {

    private static final int STREAMS = 30;
    private static final CountDownLatch RELEASE = new CountDownLatch(1);
    private static final CountDownLatch TOOL_STARTED = new CountDownLatch(1);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // stopping the component waits this long for its stream thread, which the held tool route occupies
        context.getExecutorServiceManager().setShutdownAwaitTermination(1000);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("gemini-tool:slow_lookup?description=A slow lookup&tags=slow&parameter.key=string")
                        .delay(200).syncDelayed()
                        .setBody(simple("{\"key\":\"${header.key}\",\"value\":42}"));
                from("gemini-tool:held_lookup?description=A lookup held by the test&tags=held")
                        .process(exchange -> {
                            TOOL_STARTED.countDown();
                            RELEASE.await(30, TimeUnit.SECONDS);
                        })
                        .setBody(constant("{\"value\":42}"));
                from("direct:held")
                        .to("gemini:stream?model=gemini-2.5-flash&tools=held")
                        .split(body()).streaming().to("mock:held");
                from("direct:stream")
                        .to("gemini:stream?model=gemini-2.5-flash&tools=slow&maxConnections=2")
                        .split(body()).streaming().to("mock:chunks");
            }
        };
    }

    @Test
    void moreToolLoopsThanThreadsAllComplete() throws Exception {
        for (int i = 0; i < STREAMS; i++) {
            gemini.enqueue(MockReply.functionCall("slow_lookup", Map.of("key", "k")));
        }
        for (int i = 0; i < STREAMS; i++) {
            gemini.enqueue(MockReply.text("The value is 42.").withStreamChunks(2));
        }
        MockEndpoint chunks = getMockEndpoint("mock:chunks");
        chunks.expectedMessageCount(2 * STREAMS);

        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < STREAMS; i++) {
            sent.add(template.asyncSend("direct:stream", e -> e.getMessage().setBody("Look it up")));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        for (CompletableFuture<Exchange> done : sent) {
            assertThat(done.get().getException()).isNull();
        }
        chunks.assertIsSatisfied();
        assertThat(gemini.requests()).hasSize(2 * STREAMS);
    }

    @Test
    void aComponentStoppedWhileAStreamRunsItsToolsFailsThatStreamOnce() throws Exception {
        gemini.enqueue(MockReply.functionCall("held_lookup", Map.of()), MockReply.text("never sent"));
        CompletableFuture<Exchange> sent = template.asyncSend("direct:held", e -> e.getMessage().setBody("Look it up"));
        assertThat(TOOL_STARTED.await(30, TimeUnit.SECONDS)).as("the tool route started").isTrue();

        geminiComponent().stop();
        RELEASE.countDown();

        Exchange done = sent.get(30, TimeUnit.SECONDS);
        assertThat(done.getException()).as("the next turn cannot be sent by a stopped component")
                .hasStackTraceContaining("stopped");
        assertThat(getMockEndpoint("mock:held").getReceivedCounter()).isZero();
        assertThat(gemini.requests()).as("only the first turn was sent").hasSize(1);
    }
}
