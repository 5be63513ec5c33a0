package com.cometapi.camel.gemini.springboot;

import com.cometapi.camel.gemini.GeminiCallEvent;
import com.cometapi.camel.gemini.GeminiCallObserver;
import com.cometapi.camel.gemini.model.UsageMetadata;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * Records every request of the gemini component as Micrometer meters named after the OpenTelemetry GenAI semantic
 * conventions: {@value #TOKEN_USAGE} (a distribution summary per token type), {@value #OPERATION_DURATION} (a timer,
 * with {@code error.type} on failure) and {@value #RETRIES} (a counter). Tag {@code gen_ai.operation.name} is the
 * event's operation: {@code generate_content}, {@code embeddings} (input tokens when the answer tells them),
 * {@code count_tokens}, {@code create_cache}, {@code upload_file} (model tag {@code unknown}).
 */
public class GeminiMeterObserver implements GeminiCallObserver {

    public static final String TOKEN_USAGE = "gen_ai.client.token.usage";
    public static final String OPERATION_DURATION = "gen_ai.client.operation.duration";
    public static final String RETRIES = "gemini.client.retries";

    private final MeterRegistry registry;

    public GeminiMeterObserver(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void requestCompleted(GeminiCallEvent event) {
        Tags tags = tags(event);
        Timer.builder(OPERATION_DURATION)
                .description("Duration of Gemini model requests")
                .tags(event.failure() == null ? tags : tags.and("error.type", errorType(event)))
                .register(registry)
                .record(event.duration());
        UsageMetadata usage = event.usage();
        if (usage != null) {
            recordTokens(tags, "input", usage.getPromptTokenCount());
            recordTokens(tags, "output", usage.getCandidatesTokenCount());
            recordTokens(tags, "thoughts", usage.getThoughtsTokenCount());
            recordTokens(tags, "cached", usage.getCachedContentTokenCount());
            recordTokens(tags, "tool_use", usage.getToolUsePromptTokenCount());
        }
    }

    @Override
    public void retryScheduled(GeminiCallEvent event) {
        Counter.builder(RETRIES)
                .description("Gemini model request attempts that failed and are retried")
                .tags(tags(event).and("error.type", errorType(event)))
                .register(registry)
                .increment();
    }

    private void recordTokens(Tags tags, String tokenType, Integer count) {
        if (count != null) {
            DistributionSummary.builder(TOKEN_USAGE)
                    .description("Tokens used by Gemini model requests")
                    .baseUnit("{token}")
                    .tags(tags.and("gen_ai.token.type", tokenType))
                    .register(registry)
                    .record(count);
        }
    }

    private static Tags tags(GeminiCallEvent event) {
        return Tags.of("gen_ai.system", "gemini",
                "gen_ai.operation.name", orUnknown(event.operation()),
                "gen_ai.request.model", orUnknown(event.model()));
    }

    /** The failure's simple class name, e.g. GeminiApiException. */
    private static String errorType(GeminiCallEvent event) {
        return event.failure() == null ? "unknown" : orUnknown(event.failure().getClass().getSimpleName());
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? "unknown" : value;
    }
}
