package com.cometapi.camel.gemini;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.cometapi.camel.gemini.model.GenerateContentResponse;
import com.cometapi.camel.gemini.model.GroundingMetadata;
import com.cometapi.camel.gemini.test.MockGeminiServer;
import com.cometapi.camel.gemini.test.MockReply;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeTimedOutException;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * gemini:stream gives one exchange per event, as events arrive, and releases the connection on every path.
 */
class GeminiStreamTest extends MockGeminiTestSupport {

    private static final String EVENT = "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"%s\"}]}%s}],"
                                        + "\"usageMetadata\":{\"promptTokenCount\":5,\"totalTokenCount\":%d}}";

    private final List<Integer> eventsSentWhenChunkArrived = new CopyOnWriteArrayList<>();
    private final List<Message> heldChunks = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    private static String event(String text, int total) {
        return EVENT.formatted(text, "", total);
    }

    private static String last(String text, int total) {
        return EVENT.formatted(text, ",\"finishReason\":\"STOP\"", total);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:stream").setHeader("traceId", constant("t-1"))
                        .to("gemini:stream?maxRetries=1")
                        .split(body()).streaming()
                        .process(e -> {
                            eventsSentWhenChunkArrived.add(gemini.eventsSent());
                            gate.countDown();
                        })
                        .to("mock:chunks");
                from("direct:aggregate").to("gemini:stream")
                        .split(body(), new GeminiStreamAggregationStrategy()).streaming()
                        .to("mock:parts")
                        .end()
                        .to("mock:answer");
                from("direct:stopEarly").toD("gemini:stream?baseUrl=${header.server}")
                        .split(body()).streaming().stopOnException()
                        .process(e -> {
                            if (e.getMessage().getHeader(GeminiConstants.CHUNK_INDEX, Integer.class) == 1) {
                                throw new IllegalStateException("route gives up at chunk 1");
                            }
                        })
                        .to("mock:kept");
                from("direct:whole").toD("gemini:stream?baseUrl=${header.server}").convertBodyTo(String.class);
                from("direct:endsWithTheStream").to("gemini:stream");
                from("direct:keepGoing").to("gemini:stream")
                        .split(body(), new GeminiStreamAggregationStrategy()).streaming()
                        .process(e -> {
                            if (e.getMessage().getHeader(GeminiConstants.CHUNK_INDEX, Integer.class) == 1) {
                                throw new IllegalStateException("chunk 1 cannot be handled");
                            }
                        })
                        .end()
                        .to("mock:partial");
                from("direct:holdChunks").setHeader("traceId", constant("t-2"))
                        .to("gemini:stream")
                        .split(body()).streaming()
                        .process(e -> heldChunks.add(e.getMessage()));
                from("direct:streamResponses").to("gemini:stream?outputType=response")
                        .split(body()).streaming()
                        .to("mock:responses");
                from("direct:streamJson").to("gemini:stream?outputType=json")
                        .split(body()).streaming()
                        .to("mock:jsonChunks");
            }
        };
    }

    @Test
    void oneExchangePerEventWithOriginalHeadersAndChunkIndex() throws Exception {
        gemini.enqueue(MockReply.stream(event("Hello", 5), event(", ", 7), last("world", 9)));
        MockEndpoint chunks = getMockEndpoint("mock:chunks");
        chunks.expectedBodiesReceived("Hello", ", ", "world");

        Exchange reply = template.request("direct:stream", e -> e.getMessage().setBody("Greet me"));

        assertThat(reply.getException()).isNull();
        chunks.assertIsSatisfied();
        List<Exchange> received = chunks.getReceivedExchanges();
        for (int i = 0; i < 3; i++) {
            Message chunk = received.get(i).getMessage();
            assertThat(chunk.getHeader(GeminiConstants.CHUNK_INDEX)).isEqualTo(i);
            assertThat(chunk.getHeader("traceId")).isEqualTo("t-1");
            assertThat(chunk.getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(1);
        }
        assertThat(received.get(0).getMessage().getHeader(GeminiConstants.FINISH_REASON)).isNull();
        assertThat(received.get(2).getMessage().getHeader(GeminiConstants.FINISH_REASON)).isEqualTo("STOP");
        assertThat(received.get(2).getMessage().getHeader(GeminiConstants.TOTAL_TOKEN_COUNT)).isEqualTo(9);
        assertThat(gemini.lastRequest().path()).isEqualTo("/v1beta/models/gemini-2.5-flash:streamGenerateContent");
        assertThat(gemini.lastRequest().queryParameter("alt")).isEqualTo("sse");
        assertThat(gemini.lastRequest().header("x-goog-api-key")).isEqualTo(API_KEY);
    }

    @Test
    void chunksWithOutputTypeResponseCarryTheirOwnEventsResponse() throws Exception {
        gemini.enqueue(MockReply.stream(event("Hello", 5), event(", ", 7), last("world", 9)));
        getMockEndpoint("mock:responses").expectedMessageCount(3);

        Exchange reply = template.request("direct:streamResponses", e -> e.getMessage().setBody("Greet me"));

        assertThat(reply.getException()).isNull();
        getMockEndpoint("mock:responses").assertIsSatisfied();
        List<Exchange> received = getMockEndpoint("mock:responses").getReceivedExchanges();
        assertThat(received).hasSize(3);
        List<String> texts = List.of("Hello", ", ", "world");
        List<Integer> totals = List.of(5, 7, 9);
        for (int i = 0; i < 3; i++) {
            Message chunk = received.get(i).getMessage();
            assertThat(chunk.getHeader(GeminiConstants.CHUNK_INDEX)).isEqualTo(i);
            assertThat(chunk.getBody()).as("chunk %d", i).isInstanceOf(GenerateContentResponse.class);
            GenerateContentResponse response = chunk.getBody(GenerateContentResponse.class);
            assertThat(response.text()).as("text of chunk %d", i).isEqualTo(texts.get(i));
            assertThat(response.getUsageMetadata().getTotalTokenCount()).as("usage of chunk %d", i)
                    .isEqualTo(totals.get(i));
            assertThat(response.firstCandidate().getFinishReason()).as("finish reason of chunk %d", i)
                    .isEqualTo(i == 2 ? "STOP" : null);
            assertThat(chunk.getHeader(GeminiConstants.RESPONSE)).as("header of chunk %d", i).isSameAs(response);
        }
        assertThat(gemini.requestCount()).isEqualTo(1);
    }

    @Test
    void chunksWithOutputTypeJsonCarryTheirOwnEventsJsonAsReceived() throws Exception {
        List<String> events = List.of(event("Hello", 5), event(", ", 7), last("world", 9));
        gemini.enqueue(MockReply.stream(events.toArray(String[]::new)));
        getMockEndpoint("mock:jsonChunks").expectedMessageCount(3);

        Exchange reply = template.request("direct:streamJson", e -> e.getMessage().setBody("Greet me"));

        assertThat(reply.getException()).isNull();
        getMockEndpoint("mock:jsonChunks").assertIsSatisfied();
        List<Exchange> received = getMockEndpoint("mock:jsonChunks").getReceivedExchanges();
        assertThat(received).hasSize(3);
        for (int i = 0; i < 3; i++) {
            Message chunk = received.get(i).getMessage();
            assertThat(chunk.getHeader(GeminiConstants.CHUNK_INDEX)).isEqualTo(i);
            assertThat(chunk.getBody()).as("chunk %d", i).isInstanceOf(String.class).isEqualTo(events.get(i));
            assertThat(chunk.getHeader(GeminiConstants.TOTAL_TOKEN_COUNT)).as("usage of chunk %d", i)
                    .isEqualTo(5 + 2 * i);
        }
        assertThat(gemini.requestCount()).isEqualTo(1);
    }

    @Test
    void streamDeliversFirstChunkBeforeSecondIsSent() throws Exception {
        gate = new CountDownLatch(1);
        gemini.enqueue(MockReply.stream(event("one", 5), event("two", 6), last("three", 7)).withEventGate(1, gate));
        getMockEndpoint("mock:chunks").expectedMessageCount(3);

        template.sendBody("direct:stream", "Count");

        getMockEndpoint("mock:chunks").assertIsSatisfied();
        assertThat(eventsSentWhenChunkArrived.get(0)).as("events the server had sent when chunk 0 reached the route")
                .isEqualTo(1);
    }

    @Test
    void aggregationRebuildsTheAnswerWithFinalHeadersAndAccumulatedGrounding() throws Exception {
        gemini.enqueue(MockReply.stream(
                "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"Thinking...\",\"thought\":true}]}}]}",
                "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"Rome \"}]},\"groundingMetadata\":{"
                + "\"groundingChunks\":[{\"web\":{\"uri\":\"https://a.example\",\"title\":\"a\"}}],"
                + "\"webSearchQueries\":[\"capital of italy\"]}}],\"usageMetadata\":{\"totalTokenCount\":10}}",
                "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"is the capital.\"}]},\"finishReason\":\"STOP\","
                + "\"groundingMetadata\":{\"groundingChunks\":[{\"web\":{\"uri\":\"https://b.example\",\"title\":\"b\"}}]}}],"
                + "\"usageMetadata\":{\"promptTokenCount\":4,\"candidatesTokenCount\":6,\"totalTokenCount\":30}}"));
        getMockEndpoint("mock:parts").expectedMessageCount(3);

        Exchange answer = template.request("direct:aggregate", e -> e.getMessage().setBody("Capital of Italy?"));

        assertThat(answer.getException()).isNull();
        Message message = answer.getMessage();
        assertThat(message.getBody(String.class)).isEqualTo("Rome is the capital.");
        assertThat(message.getHeader(GeminiConstants.FINISH_REASON)).isEqualTo("STOP");
        assertThat(message.getHeader(GeminiConstants.TOTAL_TOKEN_COUNT)).isEqualTo(30);
        GroundingMetadata grounding = message.getHeader(GeminiConstants.GROUNDING_METADATA, GroundingMetadata.class);
        assertThat(grounding.getGroundingChunks()).extracting(c -> c.getWeb().getUri())
                .containsExactly("https://a.example", "https://b.example");
        assertThat(message.getHeader(GeminiConstants.WEB_SEARCH_QUERIES)).isEqualTo(List.of("capital of italy"));
        getMockEndpoint("mock:parts").assertIsSatisfied();
        assertThat(getMockEndpoint("mock:parts").getReceivedExchanges().get(0).getMessage().getHeader(GeminiConstants.THOUGHTS))
                .isEqualTo("Thinking...");
    }

    /**
     * A chunk's headers are filled when first read (ChunkMessage): read only after the whole stream, on another
     * thread, they are still those of the chunk's own event and of the stream up to it, never the stream's latest.
     */
    @Test
    void chunkHeadersReadAfterTheStreamEndedAreThoseOfTheirOwnEvent() throws Exception {
        gemini.enqueue(MockReply.stream(event("a", 5), "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"b\"}]}}]}",
                last("c", 9)));

        template.sendBody("direct:holdChunks", "Hi");

        assertThat(heldChunks).extracting(Message::getBody).containsExactly("a", "b", "c");
        List<List<Object>> seen = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> heldChunks.forEach(chunk -> seen.add(Arrays.asList(
                chunk.getHeader(GeminiConstants.CHUNK_INDEX), chunk.getHeader(GeminiConstants.TOTAL_TOKEN_COUNT),
                chunk.getHeader(GeminiConstants.FINISH_REASON), chunk.getHeader("traceId")))));
        reader.start();
        reader.join();
        assertThat(seen).containsExactly(Arrays.asList(0, 5, null, "t-2"), Arrays.asList(1, 5, null, "t-2"),
                Arrays.asList(2, 9, "STOP", "t-2"));
        Message copy = heldChunks.get(2).copy();
        assertThat(copy.getHeader(GeminiConstants.TOTAL_TOKEN_COUNT)).isEqualTo(9);
        heldChunks.get(0).setHeader("added", "x");
        assertThat(heldChunks.get(0).getHeaders()).containsEntry("added", "x")
                .containsEntry(GeminiConstants.CHUNK_INDEX, 0)
                .containsKey(GeminiConstants.RESPONSE);
        assertThat(heldChunks.get(1).removeHeader(GeminiConstants.CHUNK_INDEX)).isEqualTo(1);
        assertThat(heldChunks.get(1).hasHeaders()).isTrue();
    }

    @Test
    void usageHeadersShowTheLatestTotalWhenAnEventHasNone() throws Exception {
        gemini.enqueue(MockReply.stream(event("a", 5), "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"b\"}]}}]}"));
        getMockEndpoint("mock:chunks").expectedMessageCount(2);

        template.sendBody("direct:stream", "Hi");

        getMockEndpoint("mock:chunks").assertIsSatisfied();
        assertThat(getMockEndpoint("mock:chunks").getReceivedExchanges().get(1).getMessage()
                .getHeader(GeminiConstants.TOTAL_TOKEN_COUNT)).isEqualTo(5);
    }

    @Test
    void midStreamErrorBlockDeliversTheChunksBeforeThenFails() throws Exception {
        gemini.enqueue(MockReply.streamThenError(List.of(event("First ", 3), event("Second ", 4)), 499, "CANCELLED",
                "The operation was cancelled."));
        getMockEndpoint("mock:chunks").expectedBodiesReceived("First ", "Second ");

        Exchange reply = template.request("direct:stream", e -> e.getMessage().setBody("Hi"));

        getMockEndpoint("mock:chunks").assertIsSatisfied();
        GeminiApiException failure = reply.getException(GeminiApiException.class);
        assertThat(failure).isNotNull();
        assertThat(failure.getStatusCode()).isEqualTo(499);
        assertThat(failure.getErrorStatus()).isEqualTo("CANCELLED");
        assertThat(gemini.requestCount()).as("a stream that failed after its first event is not retried").isEqualTo(1);
    }

    @Test
    void httpErrorBeforeTheFirstEventFailsTheProducerAndIsRetried() throws Exception {
        gemini.enqueue(MockReply.error(503, "UNAVAILABLE", "The model is overloaded."),
                MockReply.stream(last("recovered", 3)));
        getMockEndpoint("mock:chunks").expectedBodiesReceived("recovered");

        Exchange reply = template.request("direct:stream", e -> e.getMessage().setBody("Hi"));

        assertThat(reply.getException()).isNull();
        getMockEndpoint("mock:chunks").assertIsSatisfied();
        assertThat(getMockEndpoint("mock:chunks").getReceivedExchanges().get(0).getMessage()
                .getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(2);
    }

    @Test
    void finalHttpErrorFailsTheProducer() {
        gemini.enqueue(MockReply.error(404, "NOT_FOUND", "models/nope is not found"));

        Exchange reply = template.request("direct:stream", e -> e.getMessage().setBody("Hi"));

        assertThat(reply.getException()).isInstanceOf(GeminiApiException.class);
        assertThat(((GeminiApiException) reply.getException()).getStatusCode()).isEqualTo(404);
        assertThat(getMockEndpoint("mock:chunks").getReceivedCounter()).isZero();
    }

    @Test
    void blockedPromptInTheFirstEventFailsTheProducer() {
        gemini.enqueue(MockReply.stream("{\"promptFeedback\":{\"blockReason\":\"SAFETY\"}}"));

        Exchange reply = template.request("direct:stream", e -> e.getMessage().setBody("Hi"));

        assertThat(reply.getException()).isInstanceOf(GeminiBlockedException.class);
        assertThat(getMockEndpoint("mock:chunks").getReceivedCounter()).isZero();
    }

    @Test
    void idleTimeoutEndsAStalledStreamAfterTheChunksBefore() throws Exception {
        context.getEndpoint("gemini:stream?maxRetries=1", GeminiEndpoint.class).getConfiguration()
                .setStreamIdleTimeout(300);
        gemini.enqueue(MockReply.stream(event("a", 1), event("b", 2)).withEventDelay(Duration.ofSeconds(5)));
        getMockEndpoint("mock:chunks").expectedBodiesReceived("a");

        Exchange reply = template.request("direct:stream", e -> e.getMessage().setBody("Hi"));

        getMockEndpoint("mock:chunks").assertIsSatisfied();
        assertThat(reply.getException(ExchangeTimedOutException.class)).isNotNull()
                .hasMessageContaining("streamIdleTimeout=300ms");
    }

    @Test
    void routeStoppingEarlyAbortsTheConnection() throws Exception {
        try (MockGeminiServer own = new MockGeminiServer()) {
            own.start();
            readOneWholeStream(own);
            CountDownLatch held = new CountDownLatch(1);
            own.enqueue(MockReply.text("a b c d e f g h i j k l m n o p q r s t").withStreamChunks(20)
                    .withEventGate(5, held));
            getMockEndpoint("mock:kept").expectedMessageCount(1);

            Exchange reply = template.request("direct:stopEarly", e -> {
                e.getMessage().setHeader("server", own.baseUrl());
                e.getMessage().setBody("Hi");
            });

            assertThat(reply.getException()).hasMessageContaining("route gives up at chunk 1");
            getMockEndpoint("mock:kept").assertIsSatisfied();
            await().atMost(5, TimeUnit.SECONDS).untilAsserted(() -> assertThat(leasedConnections()).isZero());
            assertServerStopsSending(own, held, 5);
        }
    }

    @Test
    void streamBodyConvertsToTheWholeText() {
        gemini.enqueue(MockReply.stream(event("Hello", 1), event(" there", 2), last("!", 3)));

        assertThat(template.requestBodyAndHeader("direct:whole", "Hi", "server", gemini.baseUrl(), String.class))
                .isEqualTo("Hello there!");
        await().atMost(5, TimeUnit.SECONDS).untilAsserted(() -> assertThat(leasedConnections()).isZero());
    }

    @Test
    void unreadStreamIsAbortedWhenTheExchangeIsDone() throws Exception {
        try (MockGeminiServer own = new MockGeminiServer()) {
            own.start();
            readOneWholeStream(own);
            CountDownLatch held = new CountDownLatch(1);
            own.enqueue(MockReply.text("a b c d e f g h i j").withStreamChunks(10).withEventGate(3, held));

            Object body = template.requestBody("gemini:stream?baseUrl=" + own.baseUrl(), "Hi");

            assertThat(body).isInstanceOf(GeminiStreamIterator.class);
            assertThat(((GeminiStreamIterator) body).isDone()).as("closed when the exchange completed").isTrue();
            await().atMost(5, TimeUnit.SECONDS).untilAsserted(() -> assertThat(leasedConnections()).isZero());
            assertServerStopsSending(own, held, 3);
        }
    }

    @Test
    void aStreamReadAfterItsExchangeCompletedFailsSayingWhereToReadIt() {
        gemini.enqueue(MockReply.text("a b c d").withStreamChunks(4));

        Object body = template.requestBody("direct:endsWithTheStream", "Hi");

        assertThat(body).isInstanceOf(GeminiStreamIterator.class);
        assertThatThrownBy(() -> context.getTypeConverter().convertTo(String.class, body))
                .hasStackTraceContaining("read after its exchange completed")
                .hasStackTraceContaining(".split(body()).streaming()");
        assertThatThrownBy(((GeminiStreamIterator) body)::hasNext).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("convertBodyTo(String.class)");
    }

    @Test
    void aStreamConvertedByTheTemplateStillGivesItsText() {
        gemini.enqueue(MockReply.text("a b c d").withStreamChunks(4));

        assertThat(template.requestBody("direct:endsWithTheStream", "Hi", String.class)).isEqualTo("a b c d");
    }

    /** Leaves a kept-alive connection in the pool, so the next stream reuses it (aborting must work there too). */
    private void readOneWholeStream(MockGeminiServer server) {
        server.enqueue(MockReply.text("warm up").withStreamChunks(2));
        assertThat(template.requestBodyAndHeader("direct:whole", "Hi", "server", server.baseUrl(), String.class))
                .isEqualTo("warm up");
        server.reset();
    }

    /**
     * The server holds event {@code gated} until the client has closed the connection; once let go, its writes fail:
     * at most the one write a closed socket still takes gets through, never the rest of the stream.
     */
    private static void assertServerStopsSending(MockGeminiServer server, CountDownLatch held, int gated)
            throws InterruptedException {
        assertThat(server.eventsSent()).isEqualTo(gated);
        held.countDown();
        Thread.sleep(300);
        assertThat(server.eventsSent()).as("events sent after the abort").isLessThanOrEqualTo(gated + 1);
    }

    @Test
    void failingStepInsideTheSplitReachesTheRouteThroughTheAggregation() {
        gemini.enqueue(MockReply.stream(event("a", 1), event("b", 2), last("c", 3)));

        Exchange reply = template.request("direct:keepGoing", e -> e.getMessage().setBody("Hi"));

        assertThat(reply.getException()).hasMessageContaining("chunk 1 cannot be handled");
        assertThat(getMockEndpoint("mock:partial").getReceivedCounter()).isZero();
    }

    @Test
    void requestTimeoutBeforeTheFirstEventIsNotRetriedEvenOnAReusedConnection() throws Exception {
        try (MockGeminiServer own = new MockGeminiServer()) {
            own.start();
            readOneWholeStream(own);
            own.enqueue(MockReply.stream(last("late", 1)).withDelay(Duration.ofSeconds(3)));

            Exchange reply = template.request("gemini:stream?maxRetries=2&requestTimeout=300ms&baseUrl=" + own.baseUrl(),
                    e -> e.getMessage().setBody("Hi"));

            assertThat(reply.getException()).isInstanceOf(ExchangeTimedOutException.class)
                    .hasMessageContaining("requestTimeout=300ms");
            assertThat(own.requestCount()).as("a timed-out call is not retried").isEqualTo(1);
            await().atMost(5, TimeUnit.SECONDS).untilAsserted(() -> assertThat(leasedConnections()).isZero());
        }
    }

    private int leasedConnections() {
        return context.getComponent("gemini", GeminiComponent.class).getConnectionsLeased();
    }
}
