package com.cometapi.camel.gemini;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.cometapi.camel.gemini.TestComponents.testComponent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Thousands of mixed calls (answers, errors, retries, timeouts, resets, streams read and streams abandoned) leave no
 * leased connection, no hung exchange, and no thread behind once the context stops.
 */
class GeminiLeakTest {

    private static final int CALLS = 3000;
    private static final int IN_FLIGHT = 32;
    private static final String[] KINDS = { "ok", "ok", "ok", "ok", "bad", "busy", "slow", "reset", "stream", "abandon" };

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(64)
                    .asynchronousResponseEnabled(true).asynchronousResponseThreads(16))
            .build();

    private static void stubs() {
        String answer = "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"fine\"}]}}],"
                        + "\"usageMetadata\":{\"totalTokenCount\":3}}";
        String event = "data: " + answer + "\r\n\r\n";
        server.stubFor(post(urlPathMatching(".*:generateContent")).withRequestBody(containing("ok"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(answer)));
        server.stubFor(post(urlPathMatching(".*:generateContent")).withRequestBody(containing("bad"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":400,\"message\":\"bad\",\"status\":\"INVALID_ARGUMENT\"}}")));
        server.stubFor(post(urlPathMatching(".*:generateContent")).withRequestBody(containing("busy"))
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":503,\"message\":\"busy\",\"status\":\"UNAVAILABLE\"}}")));
        server.stubFor(post(urlPathMatching(".*:generateContent")).withRequestBody(containing("slow"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(answer)
                        .withFixedDelay(3000)));
        server.stubFor(post(urlPathMatching(".*:generateContent")).withRequestBody(containing("reset"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        server.stubFor(post(urlPathMatching(".*:streamGenerateContent")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(event.repeat(50))));
    }

    @Test
    void mixedCallsLeaveNoLeasedConnectionAndNoThread() throws Exception {
        stubs();
        Set<String> threadsBefore = clientSideThreads();
        CamelContext context = new DefaultCamelContext();
        GeminiComponent component = testComponent(server.baseUrl(), "leak-test-key-0001");
        component.getConfiguration().setMaxRetries(1);
        component.getConfiguration().setRequestTimeout(500);
        context.addComponent("gemini", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler()); // failures are counted by the test, not logged 1,500 times
                from("direct:generate").to("gemini:generate");
                from("direct:stream").to("gemini:stream").split(body()).streaming().to("log:chunk?level=TRACE");
                from("direct:abandon").to("gemini:stream");
            }
        });
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        Semaphore slots = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<Exchange>> calls = new ArrayList<>();

        for (int i = 0; i < CALLS; i++) {
            String kind = KINDS[i % KINDS.length];
            String uri = "stream".equals(kind) ? "direct:stream" : "abandon".equals(kind) ? "direct:abandon" : "direct:generate";
            slots.acquire();
            CompletableFuture<Exchange> call = template.asyncSend(uri, e -> e.getMessage().setBody(kind + " " + System.nanoTime()))
                    .whenComplete((exchange, failure) -> {
                        slots.release();
                        String outcome = kind + ":" + (exchange.getException() == null ? "ok"
                                : exchange.getException().getClass().getSimpleName());
                        outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                    });
            calls.add(call);
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);

        System.out.println("Leak test outcomes: " + outcomes);
        assertThat(outcomes.values().stream().mapToInt(AtomicInteger::get).sum()).as("no hung exchange").isEqualTo(CALLS);
        assertThat(outcomes).containsKeys("ok:ok", "bad:GeminiApiException", "busy:GeminiApiException",
                "slow:ExchangeTimedOutException", "stream:ok", "abandon:ok");
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(leased(context)).isZero());
        context.stop();
        await().atMost(15, TimeUnit.SECONDS).untilAsserted(() -> assertThat(componentThreads()).isEmpty());
        Set<String> threadsAfter = clientSideThreads();
        System.out.println("Leak test threads (the WireMock server's left out): before " + threadsBefore.size()
                           + ", after stop " + threadsAfter.size());
        Set<String> added = new java.util.TreeSet<>(threadsAfter);
        added.removeAll(threadsBefore);
        // the JVM and the test tooling may start threads of their own meanwhile; none of the client's
        assertThat(added).as("threads started and left behind").allMatch(GeminiLeakTest::isJvmThread);
    }

    private static int leased(CamelContext context) {
        return context.getComponent("gemini", GeminiComponent.class).getConnectionsLeased();
    }

    /** Live threads, the test server's own (Jetty's qtp pool, WireMock's response pool) left out. */
    private static Set<String> clientSideThreads() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> !name.startsWith("qtp") && !name.startsWith("pool-") && !name.startsWith("Connector-"))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static boolean isJvmThread(String name) {
        return name.equals("Attach Listener") || name.equals("process reaper") || name.equals("Common-Cleaner")
               || name.equals("awaitility-thread")
               || name.startsWith("ForkJoinPool.commonPool") || name.equals("Notification Thread");
    }

    private static List<String> componentThreads() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.contains("httpclient") || name.contains("Gemini") || name.startsWith("Camel ("))
                .toList();
    }
}
