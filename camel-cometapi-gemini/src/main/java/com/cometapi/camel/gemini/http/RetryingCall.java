package com.cometapi.camel.gemini.http;

import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.hc.core5.concurrent.FutureCallback;

/**
 * A call with its retries: starts an attempt, bounds it by the request timeout, schedules retries on the scheduler
 * (no thread sleeps), and reports exactly once to the listener, on the completion executor.
 *
 * @param <T> what a successful attempt gives: a whole answer, or an event stream whose first event has arrived
 */
public final class RetryingCall<T> {

    /** Starts one attempt; the callback hears its outcome once (an error answer as a failure). */
    @FunctionalInterface
    public interface Attempt<T> {

        Future<?> start(FutureCallback<T> callback);
    }

    /** Told the outcome of a call, exactly once. */
    public interface Listener<T> {

        void onSuccess(T result, int attempts);

        void onFailure(Throwable failure, int attempts);

        /** An attempt failed and the next one starts after {@code delayMillis}. */
        default void onRetry(Throwable failure, int attempts, long delayMillis) {
        }
    }

    private final Attempt<T> attempt;
    private final CallSettings settings;
    private final Listener<T> listener;
    private final AtomicBoolean reported = new AtomicBoolean();
    private volatile int attempts;

    private RetryingCall(Attempt<T> attempt, CallSettings settings, Listener<T> listener) {
        this.attempt = attempt;
        this.settings = settings;
        this.listener = listener;
    }

    /** Starts a call; the listener hears of it once. */
    public static <T> void start(Attempt<T> attempt, CallSettings settings, Listener<T> listener) {
        new RetryingCall<>(attempt, settings, listener).next();
    }

    private void next() {
        attempts++;
        AtomicBoolean timedOut = new AtomicBoolean();
        AtomicReference<Future<?>> inFlight = new AtomicReference<>();
        AtomicReference<Deadlines.Deadline> timer = new AtomicReference<>();
        FutureCallback<T> callback = new FutureCallback<>() {
            @Override
            public void completed(T result) {
                cancel(timer.get());
                report(result, null);
            }

            @Override
            public void failed(Exception ex) {
                cancel(timer.get());
                if (timedOut.get()) {
                    report(null, timeout());
                } else {
                    retryOrFail(ex);
                }
            }

            @Override
            public void cancelled() {
                cancel(timer.get());
                report(null, timedOut.get() ? timeout() : new IllegalStateException("Gemini call cancelled"));
            }
        };
        try {
            timer.set(settings.deadlines().start(settings.requestTimeoutMillis(), () -> {
                timedOut.set(true);
                cancelUnlessReported(inFlight.get());
            }));
            Future<?> sent = attempt.start(callback);
            inFlight.set(sent);
            if (timedOut.get()) {
                cancelUnlessReported(sent);
            }
        } catch (RuntimeException e) {
            cancel(timer.get());
            report(null, e);
        }
    }

    private void retryOrFail(Throwable failure) {
        long delay = settings.retryPolicy().delayMillis(attempts, failure);
        if (delay < 0) {
            report(null, failure);
            return;
        }
        listener.onRetry(failure, attempts, delay);
        try {
            settings.scheduler().schedule(this::next, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            report(null, failure);
        }
    }

    private void report(T result, Throwable failure) {
        if (!reported.compareAndSet(false, true)) {
            return;
        }
        Runnable task = failure == null
                ? () -> listener.onSuccess(result, attempts)
                : () -> listener.onFailure(failure, attempts);
        Executor executor = settings.completionExecutor();
        try {
            executor.execute(task);
        } catch (RejectedExecutionException stopped) {
            task.run();
        }
    }

    /** A cancelled attempt whose timer fired: never retried, the model may still be generating billed tokens. */
    private TimeoutException timeout() {
        return new TimeoutException("Gemini did not answer within requestTimeout=" + settings.requestTimeoutMillis()
                                    + "ms");
    }

    private void cancelUnlessReported(Future<?> sent) {
        if (sent != null && !reported.get()) {
            sent.cancel(true);
        }
    }

    private static void cancel(Deadlines.Deadline timer) {
        if (timer != null) {
            timer.cancel();
        }
    }
}
