package com.cometapi.camel.gemini.benchmarks.clients;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * What a Camel route costs by itself: the raw floor ({@link RawHttpClient}) called from a Camel route the way the
 * component is ({@code ProducerTemplate} → {@code direct:} → an asynchronous processor), with nothing else: the
 * processor sends the call and completes the exchange with the answer's text on HttpClient's I/O thread. No Camel
 * component can cost less per call than this; it is the component's own floor. Unary calls only.
 * <p>
 * With {@code handOff}, the processor completes the exchange on a thread of a pool of 10 from Camel's
 * ExecutorServiceManager instead (the size of the component's {@code GeminiWorker} pool), as a component must that
 * keeps its I/O threads free of whatever the route does next: the floor of the component's default, asynchronous
 * mode, one thread hand-off above the route floor.
 */
final class CamelRouteFloorClient implements GeminiClient {

    private final RawHttpClient raw;
    private final CamelContext context;
    private final ProducerTemplate template;
    private final boolean handOff;

    CamelRouteFloorClient(String baseUrl, int connections, boolean handOff) throws Exception {
        this.handOff = handOff;
        raw = new RawHttpClient(baseUrl, connections);
        context = new DefaultCamelContext();
        ExecutorService pool = handOff
                ? context.getExecutorServiceManager().newFixedThreadPool(this, "RouteFloor", 10) : null;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").process(new AsyncProcessorSupport() {
                    @Override
                    public boolean process(Exchange exchange, AsyncCallback callback) {
                        CompletableFuture<String> answer = raw.generateAsync(
                                exchange.getMessage().getHeader("model", String.class),
                                exchange.getMessage().getBody(String.class));
                        BiConsumer<String, Throwable> complete = (text, failure) -> {
                            if (failure != null) {
                                exchange.setException(failure);
                            } else {
                                exchange.getMessage().setBody(text);
                            }
                            callback.done(false);
                        };
                        if (handOff) {
                            answer.whenCompleteAsync(complete, pool);
                        } else {
                            answer.whenComplete(complete);
                        }
                        return false;
                    }
                });
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    @Override
    public String name() {
        return handOff ? "camel-raw-pool" : "camel-raw";
    }

    @Override
    public String asyncStyle() {
        return handOff
                ? "ProducerTemplate.asyncRequestBody; the raw floor's callback hands the exchange to a pool thread"
                : "ProducerTemplate.asyncRequestBody; the raw floor's callback completes the exchange on the I/O"
                  + " thread";
    }

    @Override
    public String generate(String model, String prompt) {
        return template.requestBodyAndHeader("direct:generate", prompt, "model", model, String.class);
    }

    @Override
    public CompletableFuture<String> generateAsync(String model, String prompt) {
        return template.asyncRequestBodyAndHeader("direct:generate", prompt, "model", model, String.class);
    }

    @Override
    public void stream(String model, String prompt, Consumer<String> onChunk) {
        throw new UnsupportedOperationException(name() + " measures unary calls only");
    }

    @Override
    public void close() throws Exception {
        template.stop();
        context.close();
        raw.close();
    }
}
