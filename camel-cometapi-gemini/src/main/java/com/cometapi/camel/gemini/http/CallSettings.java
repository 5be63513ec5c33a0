package com.cometapi.camel.gemini.http;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The per-endpoint facts a call needs, built once.
 *
 * @param requestTimeoutMillis longest wait for one attempt (for a stream: for its first event)
 * @param retryPolicy          when and how long to wait before retrying
 * @param errorDecoder         turns error answers into exceptions
 * @param deadlines            bounds each attempt by the request timeout
 * @param scheduler            runs delayed retries
 * @param completionExecutor   runs the listener, off the HTTP client's I/O threads
 */
public record CallSettings(long requestTimeoutMillis, RetryPolicy retryPolicy, ErrorDecoder errorDecoder,
                           Deadlines deadlines, ScheduledExecutorService scheduler, Executor completionExecutor) {
}
