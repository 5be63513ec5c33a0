package com.cometapi.camel.gemini.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.cometapi.camel.gemini.model.ApiError;
import com.cometapi.camel.gemini.model.ErrorResponse;
import com.cometapi.camel.gemini.model.GeminiJson;
import com.cometapi.camel.gemini.sse.SseEvent;
import com.cometapi.camel.gemini.sse.SseParser;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Reads a {@code streamGenerateContent?alt=sse} answer as it arrives and hands its events to one reader, through a
 * small queue. The network is read only as fast as the reader takes events: when the queue is full, no more input
 * capacity is granted and HttpClient stops reading the socket.
 * <p>
 * The first event (or a failure before it: an error status, an error block, a broken connection) is reported to
 * the {@code firstEvent} callback, which is how a call decides between success and retry. Later failures are
 * queued for the reader after the events that came before them.
 */
public final class EventStream implements AsyncResponseConsumer<Void> {

    /** Events queued before no more input capacity is granted (the HTTP/1.1 reader may read on: see HARD_LIMIT). */
    static final int QUEUE_LIMIT = 8;
    /**
     * Events queued before the reading thread waits for the route. HTTP/1.1 in HttpClient keeps reading while the
     * socket has data, whatever the capacity granted, so this is what bounds memory there.
     */
    static final int HARD_LIMIT = 32;
    private static final int MAX_ERROR_BODY = 64 * 1024;

    private final String uri;
    private final long readerTimeoutMillis;
    private final ErrorDecoder errorDecoder;
    private final FutureCallback<EventStream> firstEvent;
    private final SseParser parser = new SseParser();
    private final BlockingQueue<StreamItem> queue = new LinkedBlockingQueue<>();
    private final Object flow = new Object();
    private CapacityChannel capacity;
    private boolean paused;
    private volatile boolean started;
    private volatile boolean endedNormally;
    private final AtomicBoolean terminated = new AtomicBoolean();
    private volatile boolean finished;
    private volatile Future<?> exchange;
    private HttpResponse response;
    private volatile FutureCallback<Void> resultCallback;
    private Map<String, String> headers = Map.of();
    private ByteArrayOutputStream errorBody;
    private int maxQueued;

    /**
     * @param readerTimeoutMillis longest the reading thread waits for the route to take events
     */
    public EventStream(String uri, ErrorDecoder errorDecoder, long readerTimeoutMillis,
                       FutureCallback<EventStream> firstEvent) {
        this.uri = uri;
        this.readerTimeoutMillis = readerTimeoutMillis;
        this.errorDecoder = errorDecoder;
        this.firstEvent = firstEvent;
    }

    /** Keeps the HTTP exchange's future, so {@link #abort()} can cancel it. */
    public void attach(Future<?> exchangeFuture) {
        this.exchange = exchangeFuture;
        if (finished && !exchangeFuture.isDone()) {
            exchangeFuture.cancel(true);
        }
    }

    /**
     * The next item, waiting at most {@code timeoutMillis}; null when none came in time.
     */
    public StreamItem poll(long timeoutMillis) throws InterruptedException {
        StreamItem item = queue.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        if (item != null) {
            resumeIfDrained();
        }
        return item;
    }

    /** The next item without taking it or waiting; null when none is there yet. */
    public StreamItem peek() {
        return queue.peek();
    }

    /** Stops reading: closes the connection without reading the rest. Safe to call more than once. */
    public void abort() {
        finished = true;
        synchronized (flow) {
            flow.notifyAll();
        }
        if (endedNormally) {
            return;
        }
        Future<?> future = exchange;
        if (future != null && !future.isDone()) {
            future.cancel(true);
        }
    }

    /** The most events that were ever waiting for the reader at once. */
    public int maxQueued() {
        synchronized (flow) {
            return maxQueued;
        }
    }

    @Override
    public void consumeResponse(HttpResponse httpResponse, EntityDetails entityDetails, HttpContext context,
                                FutureCallback<Void> resultCallback) throws HttpException, IOException {
        this.response = httpResponse;
        this.headers = HttpResult.headersOf(httpResponse);
        if (httpResponse.getCode() >= 300) {
            errorBody = new ByteArrayOutputStream();
        }
        this.resultCallback = resultCallback;
        if (entityDetails == null) {
            streamEnd(null);
        }
    }

    @Override
    public void informationResponse(HttpResponse httpResponse, HttpContext context) {
        // 1xx answers carry nothing for us
    }

    @Override
    public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
        synchronized (flow) {
            capacity = capacityChannel;
            if (errorBody != null || queue.size() < QUEUE_LIMIT) {
                capacityChannel.update(GeminiHttpClient.INITIAL_WINDOW);
            } else {
                paused = true;
            }
        }
    }

    @Override
    public void consume(ByteBuffer src) throws IOException {
        if (errorBody != null) {
            int length = Math.min(src.remaining(), MAX_ERROR_BODY - errorBody.size());
            byte[] bytes = new byte[src.remaining()];
            src.get(bytes);
            errorBody.write(bytes, 0, Math.max(length, 0));
            return;
        }
        parser.feed(src, this::onEvent);
        awaitRoomForEvents();
    }

    /**
     * Waits (on the I/O thread) while the reader lags {@link #HARD_LIMIT} events behind, so a slow route slows the
     * read. Gives up after the idle timeout: a reader that takes nothing for that long has left.
     */
    private void awaitRoomForEvents() throws IOException {
        synchronized (flow) {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(readerTimeoutMillis);
            while (queue.size() >= HARD_LIMIT && !finished) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IOException("The route took no Gemini event for " + readerTimeoutMillis + "ms");
                }
                try {
                    flow.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted while the route caught up with the Gemini stream", e);
                }
            }
        }
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) {
        if (errorBody != null) {
            HttpResult result = new HttpResult(response.getCode(), response.getReasonPhrase(), headers,
                    errorBody.toByteArray());
            fail(errorDecoder.decode(uri, result));
        } else {
            parser.end(this::onEvent);
            terminate(new StreamItem.End());
        }
        FutureCallback<Void> exchangeDone = resultCallback;
        if (exchangeDone != null) {
            // the HTTP exchange is complete only now: until here, cancelling its future aborts the connection
            exchangeDone.completed(null);
        }
    }

    @Override
    public void failed(Exception cause) {
        fail(cause);
    }

    @Override
    public void releaseResources() {
        finished = true;
    }

    private void onEvent(SseEvent event) {
        ApiError error = errorIn(event);
        if (error != null) {
            fail(errorDecoder.decodeStreamError(uri, headers, event.data(), error));
            abort();
            return;
        }
        if (event.bare()) {
            return;
        }
        synchronized (flow) {
            queue.add(new StreamItem.Event(event.data()));
            maxQueued = Math.max(maxQueued, queue.size());
        }
        if (!started) {
            started = true;
            firstEvent.completed(this);
        }
    }

    private void fail(Throwable cause) {
        terminate(new StreamItem.Failure(cause));
    }

    /** The first end or failure wins; it goes to the first-event callback when no event came before it. */
    private void terminate(StreamItem last) {
        if (!terminated.compareAndSet(false, true)) {
            return;
        }
        finished = true;
        endedNormally = last instanceof StreamItem.End;
        if (started) {
            queue.add(last);
            return;
        }
        started = true;
        if (last instanceof StreamItem.Failure failure) {
            Throwable cause = failure.cause();
            firstEvent.failed(cause instanceof Exception e ? e : new IOException(cause));
        } else {
            queue.add(last);
            firstEvent.completed(this);
        }
    }

    private void resumeIfDrained() {
        synchronized (flow) {
            flow.notifyAll();
            if (paused && queue.size() < QUEUE_LIMIT / 2 && capacity != null) {
                paused = false;
                try {
                    capacity.update(GeminiHttpClient.INITIAL_WINDOW);
                } catch (IOException e) {
                    fail(e);
                }
            }
        }
    }

    /** An error object instead of an event: a bare block, or a data event holding {@code {"error": ...}}. */
    private static ApiError errorIn(SseEvent event) {
        String text = event.data();
        if (!startsWithErrorKey(text)) {
            return null;
        }
        try {
            return GeminiJson.MAPPER.readValue(text, ErrorResponse.class).getError();
        } catch (IOException notAnError) {
            return null;
        }
    }

    private static boolean startsWithErrorKey(String text) {
        int i = skipWhitespace(text, 0);
        if (i >= text.length() || text.charAt(i) != '{') {
            return false;
        }
        i = skipWhitespace(text, i + 1);
        return text.startsWith("\"error\"", i);
    }

    private static int skipWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
