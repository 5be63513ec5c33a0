package com.cometapi.camel.gemini.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.cometapi.camel.gemini.benchmarks.clients.GeminiClient;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One phase of {@link MixedLoadHarness}, run in rounds: ordinary streams, streams with a slow consumer and unary
 * calls, all started together (interleaved, spread evenly, from one thread), then awaited. Accumulates over its
 * rounds the ordinary streams' first-chunk latencies, how many of each kind completed, the time to complete them and
 * the peak live threads of the JVM.
 */
final class MixedLoadPhase {

    private final String name;
    private final int streams;
    private final int slowStreams;
    private final int calls;
    private final List<Long> firstChunk = new ArrayList<>();
    private final List<Long> delivery = new ArrayList<>();
    private final List<Long> streamsDone = new ArrayList<>();
    private final List<Long> slowDone = new ArrayList<>();
    private final List<Long> callsDone = new ArrayList<>();
    private int rounds;
    private int streamsCompleted;
    private int slowCompleted;
    private int callsCompleted;
    private int peakThreads;
    private String firstError;

    /**
     * @param streams     streams in all, the slow ones included
     * @param slowStreams of which this many have a slow consumer
     * @param calls       unary calls started with them
     */
    MixedLoadPhase(String name, int streams, int slowStreams, int calls) {
        this.name = name;
        this.streams = streams;
        this.slowStreams = slowStreams;
        this.calls = calls;
    }

    /**
     * Runs one round and waits for all of it.
     *
     * @param model           the streams' stub model, asking for {@code events} events
     * @param slowChunkMillis how long a slow stream's handler sleeps per chunk
     * @param measured        whether the round counts (false: a warm-up)
     */
    void round(GeminiClient client, String model, int events, long slowChunkMillis, boolean measured) {
        Probe.resetPeakThreads();
        long start = System.nanoTime();
        List<TimedStream> ordinary = new ArrayList<>();
        List<TimedStream> slow = new ArrayList<>();
        CallBurst burst = new CallBurst(client, "stub");
        int total = streams + calls;
        for (int i = 0, s = 0; i < total; i++) {
            if (!spread(i, total, streams)) {
                burst.start();
            } else if (spread(s++, streams, slowStreams)) {
                slow.add(new TimedStream(client, model, events, slowChunkMillis));
            } else {
                ordinary.add(new TimedStream(client, model, events, 0));
            }
        }
        List<String> errors = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        int ordinaryCompleted = await(ordinary, deadline, errors);
        burst.await();
        int slowOk = await(slow, deadline, errors);
        int peak = Probe.peakThreads();
        if (!measured) {
            return;
        }
        rounds++;
        for (TimedStream stream : ordinary) {
            if (stream.firstChunkNanos() >= 0) {
                firstChunk.add(stream.firstChunkNanos());
            }
            if (stream.firstDeliveryNanos() >= 0) {
                delivery.add(stream.firstDeliveryNanos());
            }
        }
        streamsCompleted += ordinaryCompleted;
        slowCompleted += slowOk;
        callsCompleted += burst.started() - burst.errors();
        streamsDone.add(lastDone(ordinary) - start);
        if (!slow.isEmpty()) {
            slowDone.add(lastDone(slow) - start);
        }
        if (burst.started() > 0) {
            callsDone.add(burst.lastDoneNanos() - start);
        }
        peakThreads = Math.max(peakThreads, peak);
        if (burst.firstError() != null) {
            errors.add(burst.firstError());
        }
        if (firstError == null && !errors.isEmpty()) {
            firstError = errors.get(0);
        }
        System.out.printf("%-6s round %d: %d/%d ordinary streams (first chunk p99 %.1f ms so far), %d/%d slow, %d/%d"
                          + " calls; peak threads %d%n", name, rounds, ordinaryCompleted, ordinary.size(),
                millis(Results.percentile(firstChunk, 99)), slowOk, slow.size(), burst.started() - burst.errors(),
                burst.started(), peak);
    }

    /** The phase's figures over its measured rounds; times in milliseconds; no slow or call figures if it had none. */
    ObjectNode toJson() {
        ObjectNode json = Results.object();
        json.put("rounds", rounds).put("streamsStarted", rounds * (streams - slowStreams))
                .put("streamsCompleted", streamsCompleted)
                .put("firstChunkP50Millis", millis(Results.percentile(firstChunk, 50)))
                .put("firstChunkP99Millis", millis(Results.percentile(firstChunk, 99)))
                .put("firstChunkSamples", firstChunk.size())
                .put("deliveryP50Millis", millis(Results.percentile(delivery, 50)))
                .put("deliveryP99Millis", millis(Results.percentile(delivery, 99)))
                .put("streamsDoneMillis", millis(Results.median(streamsDone)))
                .put("peakThreads", peakThreads).put("firstError", firstError);
        if (slowStreams > 0) {
            json.put("slowStarted", rounds * slowStreams).put("slowCompleted", slowCompleted)
                    .put("slowDoneMillis", millis(Results.median(slowDone)));
        }
        if (calls > 0) {
            json.put("callsStarted", rounds * calls).put("callsCompleted", callsCompleted)
                    .put("callsDoneMillis", millis(Results.median(callsDone)));
        }
        return json;
    }

    /** Whether item {@code i} of {@code n} is one of {@code k} spread evenly among them. */
    static boolean spread(int i, int n, int k) {
        return (long) (i + 1) * k / n > (long) i * k / n;
    }

    /**
     * Waits for every stream until the deadline at most; returns how many completed, adding what went wrong with the
     * others to errors.
     */
    private static int await(List<TimedStream> list, long deadlineNanos, List<String> errors) {
        int completed = 0;
        for (TimedStream stream : list) {
            String error = stream.await(deadlineNanos);
            if (error == null) {
                completed++;
            } else {
                errors.add(error);
            }
        }
        return completed;
    }

    private static long lastDone(List<TimedStream> list) {
        long last = 0;
        for (TimedStream stream : list) {
            last = Math.max(last, stream.doneNanos());
        }
        return last;
    }

    private static double millis(double nanos) {
        return nanos / 1e6;
    }
}
