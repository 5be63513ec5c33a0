package com.cometapi.camel.gemini.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.cometapi.camel.gemini.benchmarks.clients.GeminiClient;

/**
 * Unary calls started without waiting through a library's asynchronous API ({@link GeminiClient#generateAsync}),
 * one {@link #start()} at a time, each answer checked against the stub's. Counts the calls still pending, the
 * failed ones (with the first failure) and the time of the last answer.
 */
final class CallBurst {

    private final GeminiClient client;
    private final String model;
    private final List<CompletableFuture<String>> futures = new ArrayList<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicLong lastDoneNanos = new AtomicLong();
    private final List<Throwable> failures = new ArrayList<>();

    CallBurst(GeminiClient client, String model) {
        this.client = client;
        this.model = model;
    }

    /** Starts one call. */
    void start() {
        pending.incrementAndGet();
        futures.add(client.generateAsync(model, UnaryBenchmark.PROMPT).whenComplete((answer, failure) -> {
            if (failure != null || answer == null || !answer.startsWith("Apache Camel is")) {
                errors.incrementAndGet();
                synchronized (failures) {
                    failures.add(failure != null ? failure : new IllegalStateException("answer " + answer));
                }
            }
            lastDoneNanos.accumulateAndGet(System.nanoTime(), Math::max);
            pending.decrementAndGet();
        }));
    }

    /** Waits for every call started, 5 minutes at most in all; a call that fails or is not done counts as an error. */
    void await() {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        for (CompletableFuture<String> future : futures) {
            try {
                future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                if (!future.isDone()) {
                    errors.incrementAndGet();
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }
        }
    }

    int started() {
        return futures.size();
    }

    /** Calls started and not answered yet. */
    int pending() {
        return pending.get();
    }

    int errors() {
        return errors.get();
    }

    /** {@link System#nanoTime()} of the last answer (or failure); 0 before the first. */
    long lastDoneNanos() {
        return lastDoneNanos.get();
    }

    /** The first failure and its causes, one line; null when none failed. */
    String firstError() {
        synchronized (failures) {
            return failures.isEmpty() ? null : InFlightHarness.describe(failures.get(0));
        }
    }
}
