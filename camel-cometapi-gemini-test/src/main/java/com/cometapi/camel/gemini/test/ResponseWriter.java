package com.cometapi.camel.gemini.test;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

/** Writes a {@link Rendered} response: delay, headers, then the frames (flushed one by one when streamed). */
final class ResponseWriter {

    /** How long a gate may hold a stream before the server gives up waiting and sends the event anyway. */
    private static final long GATE_LIMIT_SECONDS = 60;

    private final AtomicInteger eventsSent;

    /**
     * @param eventsSent counts each streamed frame as it is released (after its delay and gate, before it is written,
     *                   so a client that has read frame n always sees at least n); a frame whose write fails is
     *                   taken back out
     */
    ResponseWriter(AtomicInteger eventsSent) {
        this.eventsSent = eventsSent;
    }

    /**
     * @throws IOException when the client went away, or the server is stopping (as {@link InterruptedIOException})
     */
    void write(HttpExchange exchange, Rendered response) throws IOException {
        pause(response.delay());
        Headers headers = exchange.getResponseHeaders();
        if (response.contentType() != null) {
            headers.set("Content-Type", response.contentType());
        }
        response.headers().forEach(header -> headers.add(header.getKey(), header.getValue()));
        OutputStream out = exchange.getResponseBody();
        if (!response.streamed()) {
            byte[] body = response.frames().get(0);
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            out.write(body);
            out.flush();
            return;
        }
        exchange.sendResponseHeaders(response.status(), 0);
        for (int i = 0; i < response.frames().size(); i++) {
            if (i > 0) {
                pause(response.eventDelay());
            }
            awaitGate(response.eventGates().get(i));
            eventsSent.incrementAndGet();
            try {
                out.write(response.frames().get(i));
                out.flush();
            } catch (IOException e) {
                eventsSent.decrementAndGet();
                throw e;
            }
        }
    }

    private static void pause(Duration duration) throws InterruptedIOException {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("MockGeminiServer stopped while waiting");
        }
    }

    private static void awaitGate(CountDownLatch gate) throws InterruptedIOException {
        if (gate == null) {
            return;
        }
        try {
            gate.await(GATE_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("MockGeminiServer stopped while a stream waited at an event gate");
        }
    }
}
