package com.cometapi.camel.gemini.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * Reads a {@code streamGenerateContent?alt=sse} answer on HttpClient's I/O thread, as it arrives: decodes its events
 * into an {@link EventQueue} and never waits. The first event, or a failure before it (an error status, an error
 * object, a broken connection), goes to the attempt's callback, which decides between success and retry; later
 * failures reach the reader through the queue, after the events before them.
 */
final class SseResponseConsumer implements AsyncResponseConsumer<Void> {

    private static final int MAX_ERROR_BODY = 64 * 1024;

    private final String uri;
    private final ErrorDecoder errorDecoder;
    private final EventQueue queue;
    private final FutureCallback<EventSource> firstEvent;
    private final SseParser parser = new SseParser();
    private HttpResponse response;
    private Map<String, String> headers = Map.of();
    private ByteArrayOutputStream errorBody;
    private FutureCallback<Void> exchangeCallback;
    private boolean started;
    private boolean finished;

    SseResponseConsumer(String uri, ErrorDecoder errorDecoder, EventQueue queue,
                        FutureCallback<EventSource> firstEvent) {
        this.uri = uri;
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
        } else if (!isEventStream(entityDetails)) {
            fail(errorDecoder.invalidResponse(uri, new HttpResult(httpResponse.getCode(), httpResponse.getReasonPhrase(),
                    headers, new byte[0]), "Content-Type " + entityDetails.getContentType() + " is not"
                                           + " text/event-stream"));
            return;
        }
        if (entityDetails == null) {
            streamEnd(null);
        }
    }

    private static boolean isEventStream(EntityDetails entity) {
        String type = entity == null ? null : entity.getContentType();
        return type == null || type.toLowerCase(Locale.ROOT).startsWith("text/event-stream");
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
            parser.feed(src, this::onEvent);
        }
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) {
        if (errorBody != null) {
            HttpResult result = new HttpResult(response.getCode(), response.getReasonPhrase(), headers,
                    errorBody.toByteArray());
            fail(errorDecoder.decode(uri, result));
        } else if (!finished) {
            parser.end(this::onEvent);
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

    private void onEvent(SseEvent event) {
        if (finished) {
            return;
        }
        ApiError error = errorIn(event.data());
        if (error != null) {
            fail(errorDecoder.decodeStreamError(uri, headers, event.data(), error));
            queue.close();
            return;
        }
        if (event.bare()) {
            return;
        }
        queue.add(event.data());
        signalStart();
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

    /** An error object instead of an event: a bare block, or a data event holding {@code {"error": ...}}. */
    private static ApiError errorIn(String text) {
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
