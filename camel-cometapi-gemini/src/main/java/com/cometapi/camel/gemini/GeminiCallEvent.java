package com.cometapi.camel.gemini;

import java.time.Duration;

import com.cometapi.camel.gemini.model.UsageMetadata;

/**
 * One model request, as a {@link GeminiCallObserver} sees it.
 *
 * @param operation the operation in the GenAI semantic conventions' terms: {@code generate_content} (streamed or
 *                  not), {@code embeddings}, or for the operations the conventions do not name {@code count_tokens},
 *                  {@code create_cache} and {@code upload_file}
 * @param model     the requested model, e.g. gemini-2.5-flash; null for an upload
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
    /** The GenAI semantic conventions' operation name for embedContent and batchEmbedContents. */
    public static final String EMBEDDINGS = "embeddings";
    /** The operation name of countTokens (not named by the conventions). */
    public static final String COUNT_TOKENS = "count_tokens";
    /** The operation name of creating cached content (not named by the conventions). */
    public static final String CREATE_CACHE = "create_cache";
    /** The operation name of a Files API upload, polls included (not named by the conventions). */
    public static final String UPLOAD_FILE = "upload_file";
}
