package com.cometapi.camel.gemini.http;

import java.io.Closeable;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.hc.core5.concurrent.FutureCallback;

/**
 * The transport as the Camel face sees it: one per distinct transport configuration. A unary {@link #call} completes
 * with the whole answer; {@link #open} completes with an {@link EventSource} once the first event has arrived. Both
 * are retried, bounded by the request timeout and decoded into {@link ApiErrorException} here, and complete on the
 * settings' executor, never on an I/O thread. {@link #close()} ends every call and stream it still holds.
 */
public final class GeminiClient implements Closeable {

    /** The most bytes of events a stream may hold for a reader that lags: a slow route fails its own stream only. */
    public static final long MAX_QUEUED_BYTES = 64L * 1024 * 1024;

    private final HttpTransport transport;
    private final ScheduledExecutorService scheduler;
    private final Deadlines deadlines;
    private final Set<Call<?>> calls = ConcurrentHashMap.newKeySet();
    private final Set<EventQueue> streams = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * @param scheduler runs delayed retries
     * @param deadlines bounds each attempt by the request timeout
     */
    public GeminiClient(HttpSettings settings, ScheduledExecutorService scheduler, Deadlines deadlines) {
        this.transport = new HttpTransport(settings);
        this.scheduler = scheduler;
        this.deadlines = deadlines;
    }

    /** Sends a request and reads its whole answer: a 2xx {@link HttpResult}, or a failure. */
    public Call<HttpResult> call(GeminiHttpRequest request, CallSettings settings, Call.RetryListener listener) {
        return callAfter(0, request, settings, listener);
    }

    /**
     * Like {@link #call}, but the first attempt starts after {@code delayMillis} on the client's scheduler (no thread
     * waits): to ask again for a resource that is still being processed. Closing the client while it waits fails it.
     */
    public Call<HttpResult> callAfter(long delayMillis, GeminiHttpRequest request, CallSettings settings,
                                      Call.RetryListener listener) {
        return start(new Call<>(this, callback -> transport.send(request, settings.errorDecoder(), callback), settings,
                listener), delayMillis);
    }

    /** Opens a stream: the call completes when its first event has arrived (or it ended without any). */
    public Call<EventSource> open(GeminiHttpRequest request, CallSettings settings, Call.RetryListener listener) {
        return start(new Call<>(this, firstEvent -> openAttempt(request, settings, firstEvent), settings, listener), 0);
    }

    private Future<?> openAttempt(GeminiHttpRequest request, CallSettings settings,
                                  FutureCallback<EventSource> firstEvent) {
        EventQueue queue = new EventQueue(MAX_QUEUED_BYTES, streams::remove);
        streams.add(queue);
        if (closed) {
            queue.close();
            throw new RejectedExecutionException("The Gemini client is closed (its component stopped)");
        }
        SseResponseConsumer consumer = new SseResponseConsumer(request.uri().toString(), settings.errorDecoder(),
                queue, settings.maxEventBytes(), new FutureCallback<>() {
                    @Override
                    public void completed(EventSource source) {
                        firstEvent.completed(source);
                    }

                    @Override
                    public void failed(Exception ex) {
                        queue.close();
                        firstEvent.failed(transport.named(ex));
                    }

                    @Override
                    public void cancelled() {
                        queue.close();
                        firstEvent.cancelled();
                    }
                });
        Future<?> exchange = transport.stream(request, consumer);
        queue.attach(exchange);
        return exchange;
    }

    /** Connections of this client currently in use by a call or stream. */
    public int connectionsLeased() {
        return transport.poolStats().getLeased();
    }

    /**
     * Fails every call still held (waiting for a connection, in flight, waiting for its retry) and every open
     * stream with a {@link RejectedExecutionException}, then closes all connections. Calls started later fail at
     * once.
     */
    @Override
    public void close() {
        closed = true;
        RejectedExecutionException stopped = new RejectedExecutionException(
                "The Gemini client was closed (its component stopped) before this call completed");
        for (Call<?> call : calls) {
            call.stop(stopped);
        }
        for (EventQueue stream : streams) {
            stream.fail(stopped);
            stream.close();
        }
        transport.close();
    }

    /** Holds the call, then starts it now or after {@code delayMillis}; a closed client fails it at once. */
    private <T> Call<T> start(Call<T> call, long delayMillis) {
        calls.add(call);
        if (closed) {
            call.stop(new RejectedExecutionException("The Gemini client is closed (its component stopped)"));
        } else if (delayMillis > 0) {
            call.startAfter(delayMillis);
        } else {
            call.start();
        }
        return call;
    }

    void forget(Call<?> call) {
        calls.remove(call);
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    Deadlines deadlines() {
        return deadlines;
    }
}
