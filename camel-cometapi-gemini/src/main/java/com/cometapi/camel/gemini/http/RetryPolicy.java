package com.cometapi.camel.gemini.http;

import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import org.apache.hc.core5.http.HttpException;

/**
 * When to try a failed call again and how long to wait: exponential backoff with jitter, for retryable Gemini
 * errors and connection failures. A delay the server asked for is a floor; jitter only adds to it; the maximum
 * delay caps the total.
 *
 * @param maxRetries         retries after the first attempt; 0 disables
 * @param initialDelayMillis delay before the first retry
 * @param maxDelayMillis     cap on any delay
 */
public record RetryPolicy(int maxRetries, long initialDelayMillis, long maxDelayMillis) {

    /**
     * @param  attemptsMade attempts so far, the failed one included (1 after the first)
     * @param  failure      why the last attempt failed
     * @return              the delay before the next attempt in milliseconds, or -1 to give up
     */
    public long delayMillis(int attemptsMade, Throwable failure) {
        if (attemptsMade > maxRetries || !isRetryable(failure)) {
            return -1;
        }
        long backoff = initialDelayMillis << Math.min(attemptsMade - 1, 20);
        long floor = backoff;
        if (failure instanceof ApiErrorException api && api.retryDelay() != null) {
            floor = Math.max(backoff, api.retryDelay().toMillis());
        }
        long jitter = backoff <= 1 ? 0 : ThreadLocalRandom.current().nextLong(backoff / 2 + 1);
        return Math.min(maxDelayMillis, floor + jitter);
    }

    /**
     * Retryable Gemini errors (408, 429 unless per-day, 500, 502, 503, 504) and connection or protocol failures; not a TLS
     * handshake or certificate failure, which the next attempt would meet again.
     */
    public static boolean isRetryable(Throwable failure) {
        if (failure instanceof ApiErrorException api) {
            return api.retryable();
        }
        if (failure instanceof SSLHandshakeException || failure instanceof SSLPeerUnverifiedException) {
            return false;
        }
        // a reset, refused or closed connection, or a reply that is not HTTP at all (a broken connection or proxy)
        return failure instanceof IOException || failure instanceof HttpException;
    }
}
