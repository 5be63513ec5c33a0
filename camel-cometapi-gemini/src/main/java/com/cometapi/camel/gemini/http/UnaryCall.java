package com.cometapi.camel.gemini.http;

import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.hc.core5.concurrent.FutureCallback;

/**
 * One {@code generateContent} call with its retries: sends, bounds each attempt by the request timeout, schedules
 * retries on the scheduler (no thread sleeps), and reports exactly once to the listener, on the completion executor.
 */
public final class UnaryCall {

    /** Told the outcome of a call, exactly once. */
    public interface Listener {

        void onSuccess(HttpResult result, int attempts);

        void onFailure(Throwable failure, int attempts);
    }

    private final GeminiHttpClient client;
    private final GeminiHttpRequest request;
    private final CallSettings settings;
    private final Listener listener;
    private final AtomicBoolean reported = new AtomicBoolean();
    private volatile int attempts;

    private UnaryCall(GeminiHttpClient client, GeminiHttpRequest request, CallSettings settings, Listener listener) {
        this.client = client;
        this.request = request;
        this.settings = settings;
        this.listener = listener;
    }

    /** Starts a call; the listener hears of it once. */
    public static void start(GeminiHttpClient client, GeminiHttpRequest request, CallSettings settings,
                             Listener listener) {
        new UnaryCall(client, request, settings, listener).attempt();
    }

    private void attempt() {
        attempts++;
        AtomicBoolean timedOut = new AtomicBoolean();
        AtomicReference<Future<?>> inFlight = new AtomicReference<>();
        ScheduledFuture<?>[] timer = new ScheduledFuture<?>[1];
        FutureCallback<HttpResult> callback = new FutureCallback<>() {
            @Override
            public void completed(HttpResult result) {
                cancel(timer[0]);
                if (result.isSuccess()) {
                    report(result, null);
                } else {
                    retryOrFail(settings.errorDecoder().decode(request.uri().toString(), result));
                }
            }

            @Override
            public void failed(Exception ex) {
                cancel(timer[0]);
                retryOrFail(ex);
            }

            @Override
            public void cancelled() {
                cancel(timer[0]);
                report(null, timedOut.get()
                        ? new TimeoutException("Gemini did not answer within requestTimeout="
                                               + settings.requestTimeoutMillis() + "ms")
                        : new IllegalStateException("Gemini call cancelled"));
            }
        };
        try {
            timer[0] = settings.scheduler().schedule(() -> {
                timedOut.set(true);
                Future<?> sent = inFlight.get();
                if (sent != null) {
                    sent.cancel(true);
                }
            }, settings.requestTimeoutMillis(), TimeUnit.MILLISECONDS);
            inFlight.set(client.send(request, callback));
        } catch (RuntimeException e) {
            cancel(timer[0]);
            report(null, e);
        }
    }

    private void retryOrFail(Throwable failure) {
        long delay = settings.retryPolicy().delayMillis(attempts, failure);
        if (delay < 0) {
            report(null, failure);
            return;
        }
        try {
            settings.scheduler().schedule(this::attempt, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            report(null, failure);
        }
    }

    private void report(HttpResult result, Throwable failure) {
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

    private static void cancel(ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
