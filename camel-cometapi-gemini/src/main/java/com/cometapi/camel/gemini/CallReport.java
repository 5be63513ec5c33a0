package com.cometapi.camel.gemini;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.cometapi.camel.gemini.model.UsageMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the {@link GeminiCallObserver} and the component's {@link CallStatistics} about one model request: its start
 * (when made), each retry, a stream's opening, and its end exactly once. An operation of several HTTP requests (an
 * upload: start, bytes, polls) is one report whose attempts add up over its requests.
 */
final class CallReport {

    private static final Logger LOG = LoggerFactory.getLogger(CallReport.class);
    private static final int SENT = 0;
    private static final int ANSWERED = 1;
    private static final int ENDED = 2;

    private final GeminiCallObserver observer;
    private final CallStatistics statistics;
    private final String operation;
    private final String model;
    private final boolean stream;
    private final long startedNanos = System.nanoTime();
    private final AtomicInteger state = new AtomicInteger(SENT);
    private volatile int attempts;
    /** Attempts of the operation's earlier HTTP requests. */
    private volatile int earlierAttempts;

    /**
     * A report on a request about to be sent: counted in flight from now on.
     *
     * @param operation the GenAI operation name, e.g. {@link GeminiCallEvent#GENERATE_CONTENT}
     */
    CallReport(GeminiCallObserver observer, CallStatistics statistics, String operation, String model,
               boolean stream) {
        this.observer = observer;
        this.statistics = statistics;
        this.operation = operation;
        this.model = model;
        this.stream = stream;
        statistics.started();
    }

    void retry(Throwable failure, int attemptsSoFar) {
        this.attempts = earlierAttempts + attemptsSoFar;
        statistics.retried();
        notify(true, null, failure);
    }

    /** The request ended after {@code attemptsMade} attempts of its last HTTP request; only the first call counts. */
    void end(UsageMetadata usage, Throwable failure, int attemptsMade) {
        endWith(usage, failure, earlierAttempts + attemptsMade);
    }

    /** The request ended after the attempts already counted (a stream read to its end or stopped). */
    void end(UsageMetadata usage, Throwable failure) {
        endWith(usage, failure, attempts);
    }

    private void endWith(UsageMetadata usage, Throwable failure, int totalAttempts) {
        int before = state.getAndSet(ENDED);
        if (before != ENDED) {
            this.attempts = totalAttempts;
            statistics.ended(model, stream && before == ANSWERED, usage, failure);
            notify(false, usage, failure);
        }
    }

    /** The operation goes on with a further HTTP request: the attempts so far stay counted. */
    void nextRequest() {
        earlierAttempts = attempts;
    }

    /** HTTP attempts so far, over all of the operation's requests. */
    int attempts() {
        return attempts;
    }

    /** The answer arrived after {@code attemptsMade} attempts; for a stream its first event, so the stream is open. */
    void attempts(int attemptsMade) {
        this.attempts = earlierAttempts + attemptsMade;
        if (stream && state.compareAndSet(SENT, ANSWERED)) {
            statistics.streamOpened();
        }
    }

    private void notify(boolean retry, UsageMetadata usage, Throwable failure) {
        GeminiCallEvent event = new GeminiCallEvent(operation, model, stream,
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
