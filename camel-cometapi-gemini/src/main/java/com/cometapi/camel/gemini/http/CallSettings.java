package com.cometapi.camel.gemini.http;

import java.util.concurrent.Executor;

/**
 * The per-endpoint facts a call needs, built once.
 *
 * @param requestTimeoutMillis longest wait for one attempt (for a stream: for its first event)
 * @param retryPolicy          when and how long to wait before retrying
 * @param errorDecoder         turns error answers into exceptions
 * @param completions          completes the call's future, off the HTTP client's I/O threads: what the caller
 *                             chains on it runs there
 * @param maxEventBytes        the largest server-sent event a stream accepts
 */
public record CallSettings(long requestTimeoutMillis, RetryPolicy retryPolicy, ErrorDecoder errorDecoder,
                           Executor completions, int maxEventBytes) {

    /** The same settings, completing on {@code executor}. */
    public CallSettings withCompletions(Executor executor) {
        return new CallSettings(requestTimeoutMillis, retryPolicy, errorDecoder, executor, maxEventBytes);
    }
}
