package com.cometapi.camel.gemini;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.cometapi.camel.gemini.test.logscan.LogScan;
import com.sun.net.httpserver.HttpServer;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * gemini:generate holds no thread while Gemini thinks: one caller thread starts many calls, all of them are at the
 * server at the same time, and each completes through its callback.
 */
class GeminiAsyncProducerTest extends CamelTestSupport {

    private static final int CALLS = 60;

    private final CountDownLatch allArrived = new CountDownLatch(CALLS);
    private HttpServer server;
    private ExecutorService serverThreads;

    @BeforeEach
    void startServer() throws IOException {
        serverThreads = Executors.newFixedThreadPool(CALLS + 4);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), CALLS);
        server.setExecutor(serverThreads);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            allArrived.countDown();
            try {
                // every call waits here until all of them are in flight at once
                allArrived.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = ("{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"answer\"}]},\"finishReason\":\"STOP\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        GeminiComponent component = new GeminiComponent();
        component.getConfiguration().setApiKey(LogScan.watch("async-producer-test-key"));
        context.addComponent("gemini", component);
        return context;
    }

    @Test
    void thousandsOfDelayedCallsAreInFlightWithCamelsDefaults() throws Exception {
        int calls = 1500;
        java.util.concurrent.ScheduledExecutorService answering = Executors.newSingleThreadScheduledExecutor();
        java.util.concurrent.atomic.AtomicInteger arrived = new java.util.concurrent.atomic.AtomicInteger();
        HttpServer delaying = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), calls);
        delaying.setExecutor(Executors.newFixedThreadPool(4));
        delaying.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            arrived.incrementAndGet();
            // answered later by a timer: the server holds no thread per call either
            answering.schedule(() -> {
                try (OutputStream out = exchange.getResponseBody()) {
                    byte[] body = "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"late\"}]}}]}"
                            .getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, body.length);
                    out.write(body);
                } catch (IOException e) {
                    exchange.close();
                }
            }, 2, TimeUnit.SECONDS);
        });
        delaying.start();
        try {
            String uri = "gemini:generate?maxConnections=" + calls + "&baseUrl=http://127.0.0.1:"
                         + delaying.getAddress().getPort();
            AsyncProducer producer = context.getEndpoint(uri).createAsyncProducer();
            producer.start();
            CountDownLatch completed = new CountDownLatch(calls);
            List<Exchange> exchanges = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                Exchange exchange = new DefaultExchange(context);
                exchange.getMessage().setBody("question " + i);
                exchanges.add(exchange);
                producer.process(exchange, doneSync -> completed.countDown());
            }

            assertThat(completed.await(60, TimeUnit.SECONDS)).isTrue();
            assertThat(exchanges).allSatisfy(e -> assertThat(e.getException()).isNull());
            assertThat(arrived.get()).isEqualTo(calls);
            assertThat(context.getComponent("gemini", GeminiComponent.class).getCallsInFlight())
                    .as("answered calls are over at once").isZero();
            producer.stop();
        } finally {
            delaying.stop(0);
            answering.shutdownNow();
        }
    }

    @Test
    void maxConnectionsBoundsTheCallsInFlight() throws Exception {
        java.util.concurrent.atomic.AtomicInteger current = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger peak = new java.util.concurrent.atomic.AtomicInteger();
        HttpServer counting = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        counting.setExecutor(serverThreads);
        counting.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            peak.accumulateAndGet(current.incrementAndGet(), Math::max);
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            current.decrementAndGet();
            byte[] body = "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"ok\"}]}}]}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        counting.start();
        try {
            String uri = "gemini:generate?maxConnections=2&baseUrl=http://127.0.0.1:" + counting.getAddress().getPort();
            List<java.util.concurrent.CompletableFuture<Object>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(template.asyncRequestBody(uri, "question " + i));
            }
            for (java.util.concurrent.CompletableFuture<Object> call : calls) {
                assertThat(call.get(20, TimeUnit.SECONDS)).isEqualTo("ok");
            }
            assertThat(peak.get()).as("calls at the server at once").isEqualTo(2);
        } finally {
            counting.stop(0);
        }
    }

    @Test
    void oneCallerThreadHasAllCallsInFlightAtOnce() throws Exception {
        String uri = "gemini:generate?baseUrl=http://127.0.0.1:" + server.getAddress().getPort();
        AsyncProducer producer = context.getEndpoint(uri).createAsyncProducer();
        producer.start();
        CountDownLatch completed = new CountDownLatch(CALLS);
        List<Exchange> exchanges = new ArrayList<>();
        List<Boolean> completedSynchronously = new ArrayList<>();

        for (int i = 0; i < CALLS; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody("question " + i);
            exchanges.add(exchange);
            completedSynchronously.add(producer.process(exchange, doneSync -> completed.countDown()));
        }

        assertThat(completedSynchronously).containsOnly(false);
        assertThat(allArrived.await(20, TimeUnit.SECONDS)).as("all calls at the server at once").isTrue();
        assertThat(completed.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(exchanges).allSatisfy(e -> {
            assertThat(e.getException()).isNull();
            assertThat(e.getMessage().getBody()).isEqualTo("answer");
        });
        producer.stop();
    }
}
