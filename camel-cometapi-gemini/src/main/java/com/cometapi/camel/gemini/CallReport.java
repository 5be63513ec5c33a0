package com.cometapi.camel.gemini;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import com.cometapi.camel.gemini.model.UsageMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the {@link GeminiCallObserver} about one model request: each retry, and its end exactly once.
 */
final class CallReport {

    private static final Logger LOG = LoggerFactory.getLogger(CallReport.class);

    private final GeminiCallObserver observer;
    private final String model;
    private final boolean stream;
    private final long startedNanos = System.nanoTime();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile int attempts;

    CallReport(GeminiCallObserver observer, String model, boolean stream) {
        this.observer = observer;
        this.model = model;
        this.stream = stream;
    }

    void retry(Throwable failure, int attemptsSoFar) {
        this.attempts = attemptsSoFar;
        notify(true, null, failure);
    }

    /** The request ended; only the first call counts. */
    void end(UsageMetadata usage, Throwable failure, int attemptsMade) {
        if (ended.compareAndSet(false, true)) {
            this.attempts = attemptsMade;
            notify(false, usage, failure);
        }
    }

    /** The request ended after the attempts already counted (a stream read to its end or stopped). */
    void end(UsageMetadata usage, Throwable failure) {
        end(usage, failure, attempts);
    }

    void attempts(int attemptsMade) {
        this.attempts = attemptsMade;
    }

    private void notify(boolean retry, UsageMetadata usage, Throwable failure) {
        GeminiCallEvent event = new GeminiCallEvent(GeminiCallEvent.GENERATE_CONTENT, model, stream,
                Duration.ofNanos(System.nanoTime() - startedNanos), usage, failure, attempts);
        try {
            if (retry) {
                observer.retryScheduled(event);
            } else {
                observer.requestCompleted(event);
            }
        } catch (RuntimeException e) {
            LOG.warn("The GeminiCallObserver failed; the call goes on: {}", e.getMessage());
        }
    }
}
