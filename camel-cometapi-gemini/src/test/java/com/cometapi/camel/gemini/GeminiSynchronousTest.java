package com.cometapi.camel.gemini;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.cometapi.camel.gemini.test.MockFiles;
import com.cometapi.camel.gemini.test.MockReply;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Option {@code synchronous} over real sockets: the thread that sends the exchange waits for the answer and continues
 * the route itself, for every operation and every path a call takes (retries, the tool loop, a stream's chunks, an
 * upload's polls, failures, a stop), with many callers and streams at once (plain HTTP and TLS); without the option
 * the route goes on in the worker pool.
 */
class GeminiSynchronousTest extends MockGeminiTestSupport {

    /** The thread each exchange's route went on with after the gemini step, by the exchange's id. */
    private final Map<String, String> continuedOn = new ConcurrentHashMap<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("gemini-tool:get_time?description=The time in a city&tags=clock&parameter.city=string")
                        .to("mock:tool").setBody(constant("{\"time\":\"10:00\"}"));
                from("direct:sync").to("gemini:generate?synchronous=true").process(this::record);
                from("direct:async").to("gemini:generate").process(this::record);
                from("direct:tools").to("gemini:generate?synchronous=true&tools=clock").process(this::record);
                from("direct:stream").to("gemini:stream?synchronous=true")
                        .split(body()).streaming().process(this::record).to("mock:chunks");
                from("direct:streamTools").to("gemini:stream?synchronous=true&tools=clock")
                        .split(body()).streaming().process(this::record).to("mock:toolChunks");
                from("direct:tokens").to("gemini:countTokens?synchronous=true").process(this::record);
                from("direct:upload").to("gemini:upload?synchronous=true").process(this::record);
            }

            private void record(Exchange exchange) {
                continuedOn.put(exchange.getExchangeId(), Thread.currentThread().getName());
            }
        };
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        camel.getRegistry().bind("trustLocalhost", TestComponents.trusting("classpath:tls/truststore.p12", "PKCS12"));
        return camel;
    }

    private String continuedOn(Exchange exchange) {
        return continuedOn.get(exchange.getExchangeId());
    }

    @Test
    void theRouteGoesOnOnTheCallersThreadWithTheAnswer() {
        gemini.enqueue(MockReply.text("Hello").withUsage(4, 2, 0), MockReply.text("Hello again"));

        Exchange sync = template.request("direct:sync", e -> e.getMessage().setBody("Hi"));
        Exchange async = template.request("direct:async", e -> e.getMessage().setBody("Hi"));

        assertThat(sync.getException()).isNull();
        assertThat(sync.getMessage().getBody(String.class)).isEqualTo("Hello");
        assertThat(sync.getMessage().getHeader(GeminiConstants.PROMPT_TOKEN_COUNT)).isEqualTo(4);
        assertThat(continuedOn(sync)).isEqualTo(Thread.currentThread().getName());
        assertThat(async.getMessage().getBody(String.class)).isEqualTo("Hello again");
        assertThat(continuedOn(async)).as("without the option: the worker pool").contains("GeminiWorker");
    }

    @Test
    void aRetryAndAFailureStayOnTheCallersThread() {
        gemini.enqueue(MockReply.error(503, "UNAVAILABLE", "busy"), MockReply.text("after a retry"),
                MockReply.error(400, "INVALID_ARGUMENT", "bad prompt"));

        Exchange retried = template.request("direct:sync", e -> e.getMessage().setBody("Hi"));
        Exchange failed = template.request("direct:sync", e -> e.getMessage().setBody("Hi"));

        assertThat(retried.getMessage().getBody(String.class)).isEqualTo("after a retry");
        assertThat(retried.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(2);
        assertThat(continuedOn(retried)).isEqualTo(Thread.currentThread().getName());
        assertThat(failed.getException()).isInstanceOf(GeminiApiException.class).hasMessageContaining("bad prompt");
        assertThat(continuedOn(failed)).as("a failed exchange does not go on").isNull();
    }

    @Test
    void theToolLoopRunsItsTurnsAndToolRoutesOnTheCallersThread() throws Exception {
        gemini.enqueue(MockReply.functionCall("get_time", Map.of("city", "Oslo")), MockReply.text("It is 10:00."));
        MockEndpoint tool = getMockEndpoint("mock:tool");
        tool.expectedMessageCount(1);

        Exchange exchange = template.request("direct:tools", e -> e.getMessage().setBody("Time in Oslo?"));

        tool.assertIsSatisfied();
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("It is 10:00.");
        assertThat(exchange.getMessage().getHeader(GeminiConstants.TOOL_ITERATIONS)).isEqualTo(2);
        assertThat(gemini.requestCount()).isEqualTo(2);
        assertThat(continuedOn(exchange)).isEqualTo(Thread.currentThread().getName());
    }

    @Test
    void aStreamIsSplitOnTheCallersThread() throws Exception {
        gemini.enqueue(MockReply.stream("{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"one\"}]}}]}",
                "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\" two\"}]},\"finishReason\":\"STOP\"}]}"));
        MockEndpoint chunks = getMockEndpoint("mock:chunks");
        chunks.expectedBodiesReceived("one", " two");

        template.sendBody("direct:stream", "Count");

        chunks.assertIsSatisfied();
        assertThat(chunks.getReceivedExchanges()).extracting(this::continuedOn)
                .containsOnly(Thread.currentThread().getName());
    }

    @Test
    void aStreamsToolLoopRunsOnTheCallersThread() throws Exception {
        gemini.enqueue(MockReply.stream("{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"functionCall\":"
                                        + "{\"name\":\"get_time\",\"args\":{\"city\":\"Oslo\"}}}]}}]}"),
                MockReply.stream("{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"It is \"}]}}]}",
                        "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"10:00.\"}]},"
                        + "\"finishReason\":\"STOP\"}]}"));
        MockEndpoint chunks = getMockEndpoint("mock:toolChunks");
        chunks.expectedBodiesReceived("It is ", "10:00.");
        getMockEndpoint("mock:tool").expectedMessageCount(1);

        template.sendBody("direct:streamTools", "Time in Oslo?");

        MockEndpoint.assertIsSatisfied(context);
        assertThat(chunks.getReceivedExchanges()).extracting(this::continuedOn)
                .containsOnly(Thread.currentThread().getName());
        assertThat(gemini.requestCount()).isEqualTo(2);
    }

    /** Many streams at once, each split on the thread that sent it, over plain HTTP and over TLS. */
    @ParameterizedTest(name = "tls={0}")
    @ValueSource(booleans = { false, true })
    void manyStreamsAtOnceAreEachSplitOnTheirCallersThread(boolean tls) throws Exception {
        int callers = 20;
        int events = 200;
        try (SseTestServer server = new SseTestServer(tls, events)) {
            String ssl = tls ? "&sslContextParameters=#trustLocalhost" : "";
            Map<String, AtomicInteger> chunksOnCaller = new ConcurrentHashMap<>();
            AtomicInteger chunksElsewhere = new AtomicInteger();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:manyStreams").to("gemini:stream?synchronous=true&baseUrl=" + server.baseUrl() + ssl)
                            .split(body()).streaming().process(e -> {
                                String caller = e.getProperty("caller", String.class);
                                if (Thread.currentThread().getName().equals(caller)) {
                                    chunksOnCaller.get(caller).incrementAndGet();
                                } else {
                                    chunksElsewhere.incrementAndGet();
                                }
                            });
                }
            });
            List<Exchange> sent = sendAtOnce(callers, caller -> {
                chunksOnCaller.put(caller, new AtomicInteger());
                return () -> template.send("direct:manyStreams", e -> {
                    e.getMessage().setBody("Hi");
                    e.setProperty("caller", caller);
                });
            });

            assertThat(sent).extracting(Exchange::getException).containsOnlyNulls();
            assertThat(chunksOnCaller.values()).extracting(AtomicInteger::get).hasSize(callers)
                    .containsOnly(events);
            assertThat(chunksElsewhere.get()).isZero();
            assertThat(server.streamsFinished()).isEqualTo(callers);
        }
    }

    @Test
    void countTokensAndAnUploadWithItsPollsEndOnTheCallersThread() {
        gemini.files().processingPolls(2);

        Exchange tokens = template.request("direct:tokens", e -> e.getMessage().setBody("How many tokens?"));
        Exchange upload = template.request("direct:upload", e -> {
            e.getMessage().setBody("%PDF-1.7 a manual".getBytes(StandardCharsets.US_ASCII));
            e.getMessage().setHeader(Exchange.FILE_NAME, "manual.pdf");
        });

        assertThat(tokens.getException()).isNull();
        assertThat(tokens.getMessage().getHeader(GeminiConstants.TOTAL_TOKEN_COUNT)).isNotNull();
        assertThat(continuedOn(tokens)).isEqualTo(Thread.currentThread().getName());
        assertThat(upload.getException()).isNull();
        String name = upload.getMessage().getHeader(GeminiConstants.FILE_NAME, String.class);
        assertThat(gemini.files().state(name)).isEqualTo(MockFiles.ACTIVE);
        assertThat(continuedOn(upload)).isEqualTo(Thread.currentThread().getName());
    }

    @Test
    void manyCallersAtOnceEachGoOnWithTheirOwnAnswer() throws Exception {
        int callers = 40;
        gemini.setDefaultReply(MockReply.text("ok").withDelay(Duration.ofMillis(100)));
        Map<String, String> callerOf = new ConcurrentHashMap<>();

        List<Exchange> sent = sendAtOnce(callers, caller -> () -> {
            Exchange exchange = template.request("direct:sync", e -> e.getMessage().setBody("Hi"));
            callerOf.put(exchange.getExchangeId(), caller);
            return exchange;
        });

        assertThat(sent).extracting(Exchange::getException).containsOnlyNulls();
        assertThat(sent).extracting(e -> e.getMessage().getBody(String.class)).containsOnly("ok");
        assertThat(sent).allSatisfy(exchange -> assertThat(continuedOn(exchange))
                .as("went on on its caller's thread").isEqualTo(callerOf.get(exchange.getExchangeId())));
        assertThat(callerOf.values()).as("each caller went on with its own exchange").doesNotHaveDuplicates();
        assertThat(gemini.requestCount()).isEqualTo(callers);
        assertThat(geminiComponent().getCallsInFlight()).isZero();
    }

    /**
     * Sends from {@code callers} threads released at once; {@code send} is given the thread's name (on that thread)
     * and returns what sends its exchange. Returns the exchanges once all are done.
     */
    private static List<Exchange> sendAtOnce(int callers, Function<String, Callable<Exchange>> send)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Exchange>> sent = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                sent.add(pool.submit(() -> {
                    Callable<Exchange> sending = send.apply(Thread.currentThread().getName());
                    start.await();
                    return sending.call();
                }));
            }
            start.countDown();
            List<Exchange> exchanges = new ArrayList<>();
            for (Future<Exchange> future : sent) {
                exchanges.add(future.get(60, TimeUnit.SECONDS));
            }
            return exchanges;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void stoppingTheComponentReleasesAWaitingCaller() throws Exception {
        gemini.enqueue(MockReply.text("too late").withDelay(Duration.ofSeconds(30)));
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            Future<Exchange> sent = caller.submit(() -> template.request("direct:sync",
                    e -> e.getMessage().setBody("Hi")));
            await().atMost(Duration.ofSeconds(10)).until(() -> gemini.requestCount() == 1);

            geminiComponent().stop();

            Exchange exchange = sent.get(10, TimeUnit.SECONDS);
            assertThat(exchange.getException()).isInstanceOf(RejectedExecutionException.class)
                    .hasMessageContaining("stopped");
            assertThat(continuedOn(exchange)).isNull();
        } finally {
            caller.shutdownNow();
        }
    }
}
