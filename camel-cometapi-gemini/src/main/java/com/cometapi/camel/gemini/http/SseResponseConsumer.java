package com.cometapi.camel.gemini.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import com.cometapi.camel.gemini.model.ApiError;
import com.cometapi.camel.gemini.sse.StreamErrors;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Reads a {@code streamGenerateContent?alt=sse} answer on HttpClient's I/O thread, as it arrives: decodes its events
 * ({@link Framing}: server-sent events, or the JSON array of a gateway that ignored {@code alt=sse}) into an
 * {@link EventQueue} and never waits. An error object among the events, whatever the type of its {@code code}, or an
 * event over the size limit, fails the stream and closes its connection. The first event, or a failure before it (an error status, an error
 * object, a broken connection), goes to the attempt's callback, which decides between success and retry; later
 * failures reach the reader through the queue, after the events before them.
 */
final class SseResponseConsumer implements AsyncResponseConsumer<Void> {

    private static final int MAX_ERROR_BODY = 64 * 1024;

    private final String uri;
    private final ErrorDecoder errorDecoder;
    private final EventQueue queue;
    private final FutureCallback<EventSource> firstEvent;
    private final int maxEventBytes;
    private Framing framing;
    private HttpResponse response;
    private Map<String, String> headers = Map.of();
    private ByteArrayOutputStream errorBody;
    private FutureCallback<Void> exchangeCallback;
    private boolean started;
    private boolean finished;

    SseResponseConsumer(String uri, ErrorDecoder errorDecoder, EventQueue queue, int maxEventBytes,
                        FutureCallback<EventSource> firstEvent) {
        this.uri = uri;
        this.maxEventBytes = maxEventBytes;
        this.errorDecoder = errorDecoder;
        this.queue = queue;
        this.firstEvent = firstEvent;
    }

    @Override
    public void consumeResponse(HttpResponse httpResponse, EntityDetails entityDetails, HttpContext context,
                                FutureCallback<Void> resultCallback) throws HttpException, IOException {
        this.response = httpResponse;
        this.headers = HttpResult.headersOf(httpResponse);
        this.exchangeCallback = resultCallback;
        if (httpResponse.getCode() >= 300) {
            errorBody = new ByteArrayOutputStream();
        } else {
            queue.serviceTier(headers.get(HttpResult.SERVICE_TIER_HEADER));
            framing = Framing.of(entityDetails == null ? null : entityDetails.getContentType(), maxEventBytes);
            if (framing == null) {
                fail(errorDecoder.invalidResponse(uri, new HttpResult(httpResponse.getCode(),
                        httpResponse.getReasonPhrase(), headers, new byte[0]), "Content-Type "
                                + entityDetails.getContentType() + " is neither text/event-stream nor the JSON array"
                                + " streamGenerateContent answers without alt=sse"));
                return;
            }
        }
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
        if (errorBody != null || finished) {
            capacityChannel.update(Integer.MAX_VALUE);
        } else {
            queue.capacityWanted(capacityChannel);
        }
    }

    @Override
    public void consume(ByteBuffer src) {
        if (finished) {
            src.position(src.limit());
        } else if (errorBody != null) {
            int length = Math.min(src.remaining(), MAX_ERROR_BODY - errorBody.size());
            byte[] bytes = new byte[src.remaining()];
            src.get(bytes);
            errorBody.write(bytes, 0, Math.max(length, 0));
        } else {
            try {
                framing.feed(src, this::onEvent);
            } catch (RuntimeException malformed) {
                failAndStop(malformed);
            }
            queue.publish();
        }
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) {
        if (errorBody != null) {
            HttpResult result = new HttpResult(response.getCode(), response.getReasonPhrase(), headers,
                    errorBody.toByteArray());
            fail(errorDecoder.decode(uri, result));
        } else if (!finished) {
            try {
                framing.end(this::onEvent);
            } catch (RuntimeException malformed) {
                failAndStop(malformed);
            }
            queue.publish();
            if (!finished) {
                finished = true;
                queue.end();
                signalStart();
            }
        }
        if (exchangeCallback != null) {
            // the HTTP exchange is complete only now: until here, cancelling its future aborts the connection
            exchangeCallback.completed(null);
        }
    }

    @Override
    public void failed(Exception cause) {
        fail(cause);
    }

    @Override
    public void releaseResources() {
        // nothing held: the queue outlives the HTTP exchange until its reader is done
    }

    /** One event's text; a bare block (JSON outside {@code data:} lines) counts only as an error object. */
    private void onEvent(String text, boolean bare) {
        if (finished) {
            return;
        }
        ApiError error = StreamErrors.errorIn(text);
        if (error != null) {
            failAndStop(errorDecoder.decodeStreamError(uri, headers, text, error));
            return;
        }
        if (bare) {
            return;
        }
        queue.add(text);
        signalStart();
    }

    /** Fails the stream and closes its connection: nothing after an error object or a malformed event is read. */
    private void failAndStop(RuntimeException cause) {
        fail(cause);
        queue.close();
    }

    private void signalStart() {
        if (!started) {
            started = true;
            firstEvent.completed(queue);
        }
    }

    /** The first failure ends the stream: before any event it is the attempt's, after one it is the reader's. */
    private void fail(Exception cause) {
        if (finished) {
            return;
        }
        finished = true;
        if (started) {
            queue.fail(cause);
        } else {
            started = true;
            firstEvent.failed(cause);
        }
    }
}
