package com.cometapi.camel.gemini.benchmarks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.cometapi.camel.gemini.benchmarks.clients.GeminiClient;

/**
 * One stream started without waiting ({@link GeminiClient#streamAsync}) that records when its first chunk reached
 * the handler (for the component: the processor after the route's split step) and when the stub wrote it (the
 * {@code t=} stamp at the start of each chunk's text). A slow stream's handler sleeps on every chunk.
 */
final class TimedStream {

    private final int events;
    private final AtomicInteger chunks = new AtomicInteger();
    private final long startNanos;
    private final CompletableFuture<Void> done;
    private volatile long firstNanos;
    private volatile long firstSentNanos;
    private volatile long doneNanos;

    /**
     * Starts the stream.
     *
     * @param events              events the stub sends (the model name asks for them); a stream that delivers
     *                            fewer did not complete
     * @param sleepPerChunkMillis how long the handler sleeps on each chunk; 0 for an ordinary stream
     */
    TimedStream(GeminiClient client, String model, int events, long sleepPerChunkMillis) {
        this.events = events;
        this.startNanos = System.nanoTime();
        this.done = client.streamAsync(model, "Count slowly", chunk -> onChunk(chunk, sleepPerChunkMillis))
                .whenComplete((ignored, failure) -> doneNanos = System.nanoTime());
    }

    private void onChunk(String chunk, long sleepMillis) {
        long now = System.nanoTime();
        if (chunks.getAndIncrement() == 0) {
            firstNanos = now;
            if (chunk != null && chunk.startsWith("t=")) {
                firstSentNanos = Long.parseLong(chunk.substring(2, chunk.indexOf(' ')));
            }
        }
        if (sleepMillis > 0) {
            try {
                TimeUnit.MILLISECONDS.sleep(sleepMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Waits for the end of the stream, until {@code deadlineNanos} at most.
     *
     * @param deadlineNanos a {@link System#nanoTime()}
     * @return null when every event arrived, otherwise what went wrong, one line
     */
    String await(long deadlineNanos) {
        try {
            done.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (Exception e) {
            return InFlightHarness.describe(e);
        }
        return chunks.get() == events ? null : chunks.get() + " of " + events + " chunks delivered";
    }

    /** Nanoseconds from starting the stream to its first chunk in the handler; -1 if none arrived. */
    long firstChunkNanos() {
        return firstNanos == 0 ? -1 : firstNanos - startNanos;
    }

    /** Nanoseconds from the stub writing the first event to the handler having it; -1 if unknown. */
    long firstDeliveryNanos() {
        return firstSentNanos == 0 ? -1 : firstNanos - firstSentNanos;
    }

    /** {@link System#nanoTime()} at the end of the stream (after {@link #await}); 0 if it has not ended. */
    long doneNanos() {
        return doneNanos;
    }
}
