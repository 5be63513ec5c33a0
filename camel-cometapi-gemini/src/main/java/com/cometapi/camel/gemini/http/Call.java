package com.cometapi.camel.gemini.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hc.core5.concurrent.FutureCallback;

/**
 * One call with its retries: starts attempts, bounds each by the request timeout, waits between them on the
 * client's scheduler (no thread sleeps) and completes {@link #result()} exactly once. The answer, a failure, the
 * request timeout and the client's close race through one compare-and-set: whichever comes first completes the
 * call, the others do nothing (a stream that lost the race is closed).
 *
 * @param <T> what a successful attempt gives: a whole answer, or an event source whose first event has arrived
 */
public final class Call<T> {

    /** Starts one attempt; the callback hears its outcome once (an error answer as a failure). */
    @FunctionalInterface
    interface Attempt<T> {

        Future<?> start(FutureCallback<T> callback);
    }

    /** Told of each retry, e.g. for metrics. */
    @FunctionalInterface
    public interface RetryListener {

        /** An attempt failed and the next one starts after {@code delayMillis}. */
        void retrying(Throwable failure, int attemptsSoFar, long delayMillis);
    }

    private final GeminiClient client;
    private final Attempt<T> attempt;
    private final CallSettings settings;
    private final RetryListener listener;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final AtomicBoolean completed = new AtomicBoolean();
    private volatile int attempts;
    private volatile Future<?> inFlight;
    private volatile Deadlines.Deadline deadline;
    private volatile ScheduledFuture<?> nextAttempt;
    /** Set by a stop or a timeout that completed the call: the attempt in flight is to be aborted. */
    private volatile boolean abortWanted;

    Call(GeminiClient client, Attempt<T> attempt, CallSettings settings, RetryListener listener) {
        this.client = client;
        this.attempt = attempt;
        this.settings = settings;
        this.listener = listener;
    }

    /**
     * Completes once with the answer or the failure, on the settings' completion executor (on the completing thread
     * only when that executor refuses work or has been shut down).
     */
    public CompletableFuture<T> result() {
        return result;
    }

    /** HTTP attempts made so far, retries included. */
    public int attempts() {
        return attempts;
    }

    /** Whether the call has completed (answer, failure, timeout or stop). */
    boolean isCompleted() {
        return completed.get();
    }

    void start() {
        attempts++;
        nextAttempt = null;
        if (completed.get()) {
            return;
        }
        FutureCallback<T> callback = new FutureCallback<>() {
            @Override
            public void completed(T value) {
                succeed(value);
            }

            @Override
            public void failed(Exception ex) {
                retryOrFail(ex);
            }

            @Override
            public void cancelled() {
                complete(null, new IllegalStateException("Gemini call cancelled"));
            }
        };
        try {
            deadline = client.deadlines().start(settings.requestTimeoutMillis(), this::timedOut);
            inFlight = attempt.start(callback);
        } catch (RuntimeException e) {
            complete(null, e);
        }
        if (abortWanted) {
            abortAttempt();
        }
    }

    /** Starts the first attempt after a delay, on the client's scheduler; a stopped scheduler fails the call. */
    void startAfter(long delayMillis) {
        try {
            nextAttempt = client.scheduler().schedule(this::start, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            RejectedExecutionException failure = new RejectedExecutionException(
                    "The Gemini client's timer stopped (its component stopped) before this call started");
            failure.initCause(stopped);
            complete(null, failure);
        }
        if (completed.get()) {
            cancelNextAttempt();
        }
    }

    /**
     * Ends the call with {@code reason} unless it has completed: the client is closing, and closes its connections
     * itself (aborting attempts one by one would hand a freed connection to a call still waiting for one).
     */
    void stop(Throwable reason) {
        if (complete(null, reason)) {
            abortWanted = true;
        }
    }

    private void succeed(T value) {
        if (!complete(value, null) && value instanceof EventSource stream) {
            stream.close();
        }
    }

    private void retryOrFail(Throwable failure) {
        cancelDeadline();
        if (completed.get()) {
            return;
        }
        long delay = settings.retryPolicy().delayMillis(attempts, failure);
        if (delay < 0) {
            complete(null, failure);
            return;
        }
        listener.retrying(failure, attempts, delay);
        try {
            nextAttempt = client.scheduler().schedule(this::start, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            complete(null, failure);
        }
        if (completed.get()) {
            cancelNextAttempt();
        }
    }

    /** The attempt's deadline passed: never retried, the model may still be generating billed tokens. */
    private void timedOut() {
        if (complete(null, new TimeoutException("Gemini did not answer within requestTimeout="
                                                + settings.requestTimeoutMillis() + "ms"))) {
            abortAttempt();
        }
    }

    /** The one place a call completes: true for the caller that won, false for every later one. */
    private boolean complete(T value, Throwable failure) {
        if (!completed.compareAndSet(false, true)) {
            return false;
        }
        cancelDeadline();
        cancelNextAttempt();
        client.forget(this);
        deliver(failure == null ? () -> result.complete(value) : () -> result.completeExceptionally(failure));
        return true;
    }

    /**
     * Completes {@link #result()} on the completion executor; here when it refuses, or when it has been shut down (a
     * pool with CallerRuns, Camel's default, drops work then without a word). Completing twice is harmless: the
     * first one wins.
     */
    private void deliver(Runnable completion) {
        Executor completions = settings.completions();
        try {
            completions.execute(completion);
        } catch (RejectedExecutionException stopped) {
            completion.run();
            return;
        }
        if (completions instanceof ExecutorService pool && pool.isShutdown()) {
            completion.run();
        }
    }

    private void abortAttempt() {
        abortWanted = true;
        Future<?> sent = inFlight;
        if (sent != null) {
            sent.cancel(true);
        }
    }

    private void cancelDeadline() {
        Deadlines.Deadline current = deadline;
        if (current != null) {
            current.cancel();
        }
    }

    private void cancelNextAttempt() {
        ScheduledFuture<?> scheduled = nextAttempt;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}
