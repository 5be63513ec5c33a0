package com.cometapi.camel.gemini;

import java.util.List;
import java.util.concurrent.Future;

import com.cometapi.camel.gemini.http.EventStream;
import com.cometapi.camel.gemini.http.GeminiHttpRequest;
import com.cometapi.camel.gemini.model.GenerateContentResponse;
import com.cometapi.camel.gemini.response.StreamChunkMapper;
import com.cometapi.camel.gemini.response.ResponseHeaders;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.hc.core5.concurrent.FutureCallback;

/**
 * {@code gemini:stream}: calls {@code streamGenerateContent?alt=sse} and completes the exchange as soon as the first
 * event has arrived, with a {@link GeminiStreamIterator} body that yields one message per event. Failures before
 * the first event (an error status, a blocked prompt, a broken connection) fail the exchange here, with retries.
 */
public class GeminiStreamProducer extends GeminiProducer<EventStream> {

    public GeminiStreamProducer(GeminiEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    boolean streams() {
        return true;
    }

    @Override
    Future<?> attempt(GeminiHttpRequest request, FutureCallback<EventStream> firstEvent) {
        EventStream stream = new EventStream(request.uri().toString(), getEndpoint().callSettings().errorDecoder(),
                getEndpoint().getConfiguration().getStreamIdleTimeout(), firstEvent);
        Future<?> exchange = getEndpoint().httpClient().stream(request, stream, null);
        stream.attach(exchange);
        return exchange;
    }

    @Override
    void start(Exchange exchange, PreparedCall prepared, AsyncCallback callback) {
        send(exchange, prepared.model(), prepared.request(), callback, (request, stream, report, attempts) -> {
            ResponseHeaders.clear(exchange.getMessage());
            exchange.getMessage().setHeader(GeminiConstants.ATTEMPTS, attempts);
            complete(exchange, prepared, stream, report);
            return true;
        });
    }

    /**
     * The body: the first event (already arrived) checked for a blocked prompt, then the iterator, closed when the
     * exchange is done.
     */
    private void complete(Exchange exchange, PreparedCall prepared, EventStream stream, CallReport report)
            throws Exception {
        GeminiEndpoint endpoint = getEndpoint();
        StreamChunkMapper mapper = new StreamChunkMapper(exchange.getContext(), exchange.getMessage().getHeaders(),
                endpoint.responseMapper(), prepared.conversationId() != null);
        GeminiStreamIterator body = new GeminiStreamIterator(stream, exchange, mapper,
                endpoint.getConfiguration().getStreamIdleTimeout(), report,
                answer -> endpoint.remember(prepared, List.of(answer)));
        try {
            Message first = body.readFirst();
            if (first != null) {
                endpoint.responseMapper().failIfBlocked(
                        first.getHeader(GeminiConstants.RESPONSE, GenerateContentResponse.class));
            }
        } catch (Exception e) {
            stream.abort();
            throw e;
        }
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                body.close();
            }
        });
        exchange.getMessage().setBody(body);
    }
}
