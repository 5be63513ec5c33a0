package com.cometapi.camel.gemini;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.cometapi.camel.gemini.test.MockReply;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many calls and streams at once, over real sockets: a route that holds its stream never delays other streams (plain
 * and TLS), a paused stream holds a bounded amount of memory, and a burst of answers continues on a bounded pool.
 * Ordering is proven with latches and counts, never with elapsed time.
 */
class GeminiUnderLoadTest extends MockGeminiTestSupport {

    private static final int SLOW_STREAMS = 4;
    private static final int SLOW_EVENTS = 20_000;
    private static final int FAST_STREAMS = 6;
    private static final int FAST_EVENTS = 20;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("trustLocalhost", TestComponents.trusting("classpath:tls/truststore.p12", "PKCS12"));
        return context;
    }

    /**
     * Four routes hold their stream's first chunk (more than the client has I/O threads), each stream 20,000 events
     * long; six other streams of 20 events must still arrive in full while those four are held.
     */
    @ParameterizedTest(name = "tls={0}")
    @ValueSource(booleans = { false, true })
    void routesHoldingTheirStreamsNeverDelayOtherStreams(boolean tls) throws Exception {
        try (SseTestServer slowServer = new SseTestServer(tls, SLOW_EVENTS);
             SseTestServer fastServer = new SseTestServer(tls, FAST_EVENTS)) {
            String ssl = tls ? "&sslContextParameters=#trustLocalhost" : "";
            CountDownLatch holding = new CountDownLatch(SLOW_STREAMS);
            CountDownLatch release = new CountDownLatch(1);
            AtomicInteger slowChunks = new AtomicInteger();
            AtomicInteger fastChunks = new AtomicInteger();
            List<GeminiStreamIterator> slowBodies = new CopyOnWriteArrayList<>();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:slow").to("gemini:stream?baseUrl=" + slowServer.baseUrl() + ssl)
                            .process(e -> slowBodies.add(e.getMessage().getBody(GeminiStreamIterator.class)))
                            .split(body()).streaming()
                            .process(e -> {
                                if (slowChunks.getAndIncrement() < SLOW_STREAMS
                                    && e.getMessage().getHeader(GeminiConstants.CHUNK_INDEX, Integer.class) == 0) {
                                    holding.countDown();
                                    release.await(60, TimeUnit.SECONDS);
                                }
                            });
                    from("direct:fast").to("gemini:stream?baseUrl=" + fastServer.baseUrl() + ssl)
                            .split(body()).streaming()
                            .process(e -> fastChunks.incrementAndGet());
                }
            });

            List<Future<Exchange>> slow = new ArrayList<>();
            for (int i = 0; i < SLOW_STREAMS; i++) {
                slow.add(template.asyncSend("direct:slow", e -> e.getMessage().setBody("Count slowly")));
            }
            assertThat(holding.await(30, TimeUnit.SECONDS)).as("every slow route holds its first chunk").isTrue();
            List<Future<Exchange>> fast = new ArrayList<>();
            for (int i = 0; i < FAST_STREAMS; i++) {
                fast.add(template.asyncSend("direct:fast", e -> e.getMessage().setBody("Count")));
            }
            for (Future<Exchange> reply : fast) {
                assertThat(reply.get(30, TimeUnit.SECONDS).getException()).isNull();
            }

            assertThat(fastChunks.get()).as("every chunk of the other streams").isEqualTo(FAST_STREAMS * FAST_EVENTS);
            assertThat(slowChunks.get()).as("the slow routes were still holding their first chunk")
                    .isEqualTo(SLOW_STREAMS);
            assertThat(slowServer.streamsFinished()).as("the held streams were not read to their end").isZero();
            long streamBytes = SLOW_EVENTS * 100L;
            for (GeminiStreamIterator held : slowBodies) {
                System.out.println("tls=" + tls + ": a held stream of ~" + streamBytes + " bytes kept at most "
                                   + held.maxBufferedBytes() + " bytes of events in memory");
                assertThat(held.maxBufferedBytes()).as("bytes a held stream keeps in memory")
                        .isLessThan(streamBytes / 10);
            }

            release.countDown();
            for (Future<Exchange> reply : slow) {
                assertThat(reply.get(60, TimeUnit.SECONDS).getException()).isNull();
            }
            assertThat(slowChunks.get()).isEqualTo(SLOW_STREAMS * SLOW_EVENTS);
        }
    }

    /**
     * 150 answers at once, each continuing with route work: they queue on the worker pool, none is refused. An answer
     * that is back before its caller's thread has let go of the exchange (the caller descheduled meanwhile) goes on
     * on that thread, as after a synchronous step; never on an I/O thread, never on a thread started for it.
     */
    @Test
    void aBurstOfAnswersContinuesOnTheBoundedWorkerPool() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch allSent = new CountDownLatch(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:burst").to("gemini:generate")
                        .process(e -> {
                            threads.add(Thread.currentThread().getName());
                            allSent.await(30, TimeUnit.SECONDS);
                        });
            }
        });
        int calls = 150;
        for (int i = 0; i < calls; i++) {
            gemini.enqueue(MockReply.text("answer"));
        }

        List<CompletableFuture<Object>> replies = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            replies.add(template.asyncRequestBody("direct:burst", "question " + i));
        }
        allSent.countDown();
        for (CompletableFuture<Object> reply : replies) {
            assertThat(reply.get(60, TimeUnit.SECONDS)).isEqualTo("answer");
        }

        assertThat(threads).as("threads that ran the route after an answer")
                .allMatch(n -> n.contains("GeminiWorker") || n.contains("ProducerTemplate"))
                .filteredOn(n -> n.contains("GeminiWorker")).isNotEmpty()
                .hasSizeLessThanOrEqualTo(GeminiComponent.WORKER_THREADS);
    }

    @Test
    void aWorkerPoolBeanRunsTheRouteAfterTheAnswer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "my-gemini-pool"));
        try {
            context.getRegistry().bind("myPool", pool);
            Set<String> threads = ConcurrentHashMap.newKeySet();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:pooled").to("gemini:generate?workerPool=#myPool")
                            .process(e -> threads.add(Thread.currentThread().getName()));
                }
            });
            gemini.enqueue(MockReply.text("one"), MockReply.text("two"));

            assertThat(template.requestBody("direct:pooled", "1", String.class)).isEqualTo("one");
            assertThat(template.requestBody("direct:pooled", "2", String.class)).isEqualTo("two");

            assertThat(threads).containsExactly("my-gemini-pool");
        } finally {
            pool.shutdownNow();
        }
    }
}
