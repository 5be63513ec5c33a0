package com.cometapi.camel.gemini.http;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.hc.client5.http.async.AsyncExecRuntime;

/**
 * The future of one HTTP exchange whose {@code cancel} reliably closes the connection. HttpClient's own future does
 * not always reach the exchange (its cancellation hook can be replaced while a connection is set up or reused), so
 * this handle also keeps the exchange's runtime, captured by an exec interceptor, and discards its connection.
 */
final class AbortableExchange<T> implements Future<T> {

    /** The HttpContext attribute under which the interceptor finds this handle. */
    static final String ATTRIBUTE = AbortableExchange.class.getName();

    private volatile Future<T> delegate;
    private volatile AsyncExecRuntime runtime;
    private volatile boolean aborted;

    /** Called by the exec interceptor when the exchange has its runtime. */
    void attach(AsyncExecRuntime execRuntime) {
        this.runtime = execRuntime;
        if (aborted) {
            discard(execRuntime);
        }
    }

    void delegateTo(Future<T> future) {
        this.delegate = future;
        if (aborted) {
            future.cancel(true);
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        if (isDone()) {
            return false;
        }
        aborted = true;
        AsyncExecRuntime execRuntime = runtime;
        if (execRuntime != null) {
            discard(execRuntime);
        }
        Future<T> future = delegate;
        return future == null || future.cancel(mayInterruptIfRunning);
    }

    private static void discard(AsyncExecRuntime execRuntime) {
        if (execRuntime.isEndpointAcquired()) {
            execRuntime.discardEndpoint();
        }
    }

    @Override
    public boolean isCancelled() {
        Future<T> future = delegate;
        return aborted || future != null && future.isCancelled();
    }

    @Override
    public boolean isDone() {
        Future<T> future = delegate;
        return future != null && future.isDone();
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        return delegate.get();
    }

    @Override
    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        return delegate.get(timeout, unit);
    }
}
