package com.cometapi.camel.gemini;

import java.util.Arrays;
import java.util.Map;

import javax.management.openmbean.CompositeData;
import javax.management.openmbean.CompositeDataSupport;
import javax.management.openmbean.CompositeType;
import javax.management.openmbean.OpenDataException;
import javax.management.openmbean.OpenType;
import javax.management.openmbean.SimpleType;
import javax.management.openmbean.TabularData;
import javax.management.openmbean.TabularDataSupport;
import javax.management.openmbean.TabularType;

/**
 * {@link CallStatistics} as JMX open data, which any JMX client shows (jconsole, VisualVM, Jolokia): failures by kind
 * as one composite, and the per-model figures as a table keyed by model.
 */
final class CallStatisticsOpenData {

    private static final String[] KINDS = Arrays.stream(FailureKind.values()).map(FailureKind::label)
            .toArray(String[]::new);
    private static final String[] MODEL_ITEMS = { "model", "requests", "inputTokens", "outputTokens", "thoughtTokens" };
    private static final CompositeType FAILURES;
    private static final CompositeType MODEL;
    private static final TabularType MODELS;

    static {
        try {
            OpenType<?>[] longs = new OpenType<?>[KINDS.length];
            Arrays.fill(longs, SimpleType.LONG);
            FAILURES = new CompositeType("GeminiFailures", "Failed model requests by kind", KINDS, KINDS, longs);
            MODEL = new CompositeType("GeminiModel", "Requests and tokens of one model", MODEL_ITEMS, MODEL_ITEMS,
                    new OpenType<?>[] { SimpleType.STRING, SimpleType.LONG, SimpleType.LONG, SimpleType.LONG,
                            SimpleType.LONG });
            MODELS = new TabularType("GeminiModels", "Requests and tokens per model", MODEL, new String[] { "model" });
        } catch (OpenDataException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private CallStatisticsOpenData() {
    }

    /** Failures by kind: items 4xx, 5xx, timeout, connection, blocked, other. */
    static CompositeData failures(CallStatistics statistics) {
        Map<FailureKind, Long> failures = statistics.failures();
        Object[] counts = Arrays.stream(FailureKind.values()).map(failures::get).toArray();
        try {
            return new CompositeDataSupport(FAILURES, KINDS, counts);
        } catch (OpenDataException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One row per model: model, requests, inputTokens, outputTokens, thoughtTokens. */
    static TabularData models(CallStatistics statistics) {
        TabularDataSupport table = new TabularDataSupport(MODELS);
        statistics.models().forEach((model, tokens) -> {
            try {
                table.put(new CompositeDataSupport(MODEL, MODEL_ITEMS, new Object[] { model, tokens.requests(),
                        tokens.inputTokens(), tokens.outputTokens(), tokens.thoughtTokens() }));
            } catch (OpenDataException e) {
                throw new IllegalStateException(e);
            }
        });
        return table;
    }
}
