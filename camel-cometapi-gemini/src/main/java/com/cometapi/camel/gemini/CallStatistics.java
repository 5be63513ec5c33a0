package com.cometapi.camel.gemini;

import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

import com.cometapi.camel.gemini.model.UsageMetadata;

/**
 * The figures of one component's model requests since it was created, as its dev console and MBean show them: calls
 * in flight, streams open, requests ended, retries, failures by kind, and requests and tokens per model. Counting is a
 * few {@link LongAdder} increments and, for a model already seen, a lock-free map read: it never waits on the call
 * path. At most {@value #MAX_MODELS} model names are kept apart; later ones count under {@value #OTHER_MODELS}.
 */
final class CallStatistics {

    /** How many distinct model names are counted apart (a header can name any model). */
    static final int MAX_MODELS = 100;
    /** Where the requests of models beyond {@link #MAX_MODELS} are counted. */
    static final String OTHER_MODELS = "(other models)";

    private final LongAdder inFlight = new LongAdder();
    private final LongAdder streamsOpen = new LongAdder();
    private final LongAdder requests = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final Map<FailureKind, LongAdder> failures = new EnumMap<>(FailureKind.class);
    private final ConcurrentMap<String, ModelCounters> models = new ConcurrentHashMap<>();

    CallStatistics() {
        for (FailureKind kind : FailureKind.values()) {
            failures.put(kind, new LongAdder());
        }
    }

    /** A model request is being sent. */
    void started() {
        inFlight.increment();
    }

    /** A stream's first event arrived: the stream is open until its request ends. */
    void streamOpened() {
        streamsOpen.increment();
    }

    /** A failed attempt will be retried. */
    void retried() {
        retries.increment();
    }

    /**
     * A model request ended.
     *
     * @param model      the model asked
     * @param openStream whether it was a stream counted by {@link #streamOpened()}
     * @param usage      its token usage, or null
     * @param failure    why it failed, or null
     */
    void ended(String model, boolean openStream, UsageMetadata usage, Throwable failure) {
        inFlight.decrement();
        if (openStream) {
            streamsOpen.decrement();
        }
        requests.increment();
        if (failure != null) {
            failures.get(FailureKind.of(failure)).increment();
        }
        countersOf(model).add(usage);
    }

    private ModelCounters countersOf(String model) {
        String name = model == null ? "(unknown)" : model;
        ModelCounters counters = models.get(name);
        if (counters != null) {
            return counters;
        }
        return models.size() >= MAX_MODELS
                ? models.computeIfAbsent(OTHER_MODELS, any -> new ModelCounters())
                : models.computeIfAbsent(name, any -> new ModelCounters());
    }

    long callsInFlight() {
        return inFlight.sum();
    }

    long streamsOpen() {
        return streamsOpen.sum();
    }

    long requests() {
        return requests.sum();
    }

    long retries() {
        return retries.sum();
    }

    /** The failures counted so far, every kind present, in the order of {@link FailureKind}. */
    Map<FailureKind, Long> failures() {
        Map<FailureKind, Long> counts = new EnumMap<>(FailureKind.class);
        failures.forEach((kind, count) -> counts.put(kind, count.sum()));
        return counts;
    }

    /** Requests and tokens per model name, sorted by name. */
    SortedMap<String, ModelTokens> models() {
        SortedMap<String, ModelTokens> snapshot = new TreeMap<>();
        models.forEach((model, counters) -> snapshot.put(model, counters.snapshot()));
        return snapshot;
    }

    /**
     * One model's figures.
     *
     * @param requests     requests ended, failed ones included
     * @param inputTokens  prompt tokens ({@code promptTokenCount})
     * @param outputTokens answer tokens ({@code candidatesTokenCount})
     * @param thoughtTokens thinking tokens ({@code thoughtsTokenCount}), billed as output
     */
    record ModelTokens(long requests, long inputTokens, long outputTokens, long thoughtTokens) {
    }

    private static final class ModelCounters {

        private final LongAdder requests = new LongAdder();
        private final LongAdder input = new LongAdder();
        private final LongAdder output = new LongAdder();
        private final LongAdder thoughts = new LongAdder();

        void add(UsageMetadata usage) {
            requests.increment();
            if (usage != null) {
                add(input, usage.getPromptTokenCount());
                add(output, usage.getCandidatesTokenCount());
                add(thoughts, usage.getThoughtsTokenCount());
            }
        }

        private static void add(LongAdder sum, Integer count) {
            if (count != null) {
                sum.add(count);
            }
        }

        ModelTokens snapshot() {
            return new ModelTokens(requests.sum(), input.sum(), output.sum(), thoughts.sum());
        }
    }
}
