package com.cometapi.camel.gemini.benchmarks.clients;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * What streaming costs in a Camel route by itself: the raw floor's stream ({@link RawHttpClient}, events parsed on
 * HttpClient's I/O thread) handed over through a queue, the events of each network read together, to the thread
 * running the route, which splits it as the component's streams are split ({@code .split(body()).streaming()} and a processor). The least a
 * component pays per event that gives each event its own exchange and keeps the route off the I/O threads; no flow
 * control (the queue is unbounded), no typed event, no headers. Streams only.
 */
final class CamelSplitFloorClient implements GeminiClient {

    private static final Object END = new Object();

    private final RawHttpClient raw;
    private final CamelContext context;
    private final ProducerTemplate template;

    CamelSplitFloorClient(String baseUrl, int connections) throws Exception {
        raw = new RawHttpClient(baseUrl, connections);
        context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            @SuppressWarnings("unchecked")
            public void configure() {
                from("direct:stream")
                        .process(exchange -> exchange.getMessage().setBody(events(exchange)))
                        .split(body()).streaming()
                        .process(exchange -> exchange.getProperty(CamelComponentClient.ON_CHUNK, Consumer.class)
                                .accept(exchange.getMessage().getBody(String.class)));
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    /** Starts the stream; its events, as the I/O thread hands them over, then its end (or failure). */
    private Iterator<String> events(Exchange exchange) {
        HandedOverEvents events = new HandedOverEvents();
        raw.streamAsync(exchange.getMessage().getHeader("model", String.class),
                exchange.getMessage().getBody(String.class), events::add, events::endOfRead)
                .whenComplete((ignored, failure) -> events.end(failure));
        return events;
    }

    /**
     * A stream's events, added on the I/O thread and read on the route's. The events of one network read are handed
     * over together, so the route's thread is woken at most once per read, as the component's {@code EventQueue}
     * does (one wake-up per event cost more than the component's whole event).
     */
    private static final class HandedOverEvents implements Iterator<String> {

        /** Lists of events, one per read; then {@link #END} or the failure. */
        private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        /** The events of the current read (I/O thread only). */
        private List<String> read = new ArrayList<>();
        /** The batch being read (route's thread only). */
        private Iterator<String> batch = Collections.emptyIterator();
        private boolean ended;

        void add(String event) {
            read.add(event);
        }

        void endOfRead() {
            if (!read.isEmpty()) {
                queue.add(read);
                read = new ArrayList<>();
            }
        }

        void end(Throwable failure) {
            queue.add(failure != null ? failure : END);
        }

        @Override
        @SuppressWarnings("unchecked")
        public boolean hasNext() {
            while (!batch.hasNext() && !ended) {
                Object next;
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                if (next instanceof Throwable failure) {
                    throw new IllegalStateException("stream failed", failure);
                }
                if (next == END) {
                    ended = true;
                } else {
                    batch = ((List<String>) next).iterator();
                }
            }
            return batch.hasNext();
        }

        @Override
        public String next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return batch.next();
        }
    }

    @Override
    public String name() {
        return "camel-raw-split";
    }

    @Override
    public String asyncStyle() {
        return "streams only: the raw floor's events handed to the route's thread and split";
    }

    @Override
    public String generate(String model, String prompt) {
        throw new UnsupportedOperationException(name() + " measures streams only");
    }

    @Override
    public CompletableFuture<String> generateAsync(String model, String prompt) {
        throw new UnsupportedOperationException(name() + " measures streams only");
    }

    @Override
    public void stream(String model, String prompt, Consumer<String> onChunk) {
        Exchange done = template.request("direct:stream", exchange -> {
            exchange.getMessage().setBody(prompt);
            exchange.getMessage().setHeader("model", model);
            exchange.setProperty(CamelComponentClient.ON_CHUNK, onChunk);
        });
        if (done.getException() != null) {
            throw new IllegalStateException("stream failed", done.getException());
        }
    }

    @Override
    public void close() throws Exception {
        template.stop();
        context.close();
        raw.close();
    }
}
