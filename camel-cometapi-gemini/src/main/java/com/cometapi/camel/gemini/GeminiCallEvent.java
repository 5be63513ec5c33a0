package com.cometapi.camel.gemini;

import java.time.Duration;

import com.cometapi.camel.gemini.model.UsageMetadata;

/**
 * One model request, as a {@link GeminiCallObserver} sees it.
 *
 * @param operation the Gemini operation, {@code generate_content} (streamed or not)
 * @param model     the requested model, e.g. gemini-2.5-flash
 * @param stream    whether the answer was streamed
 * @param duration  from sending to the answer (a stream: to its end); for a retry, to the failed attempt's end
 * @param usage     the token usage (for a stream, the latest running total); null when none came
 * @param failure   why the request failed; null on success
 * @param attempts  HTTP attempts so far, retries included
 */
public record GeminiCallEvent(String operation, String model, boolean stream, Duration duration, UsageMetadata usage,
                              Throwable failure, int attempts) {

    /** The GenAI semantic conventions' operation name for generateContent and streamGenerateContent. */
    public static final String GENERATE_CONTENT = "generate_content";
}
