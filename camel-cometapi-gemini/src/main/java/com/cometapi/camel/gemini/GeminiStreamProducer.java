package com.cometapi.camel.gemini;

import java.util.concurrent.Future;

import com.cometapi.camel.gemini.http.EventStream;
import com.cometapi.camel.gemini.http.GeminiHttpRequest;
import com.cometapi.camel.gemini.http.RetryingCall;
import com.cometapi.camel.gemini.model.GenerateContentResponse;
import com.cometapi.camel.gemini.response.StreamChunkMapper;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code gemini:stream}: calls {@code streamGenerateContent?alt=sse} and completes the exchange as soon as the first
 * event has arrived, with a {@link GeminiStreamIterator} body that yields one message per event. Failures before
 * the first event (an error status, a blocked prompt, a broken connection) fail the exchange here, with retries.
 */
public class GeminiStreamProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(GeminiStreamProducer.class);

    public GeminiStreamProducer(GeminiEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public GeminiEndpoint getEndpoint() {
        return (GeminiEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        GeminiEndpoint endpoint = getEndpoint();
        GeminiHttpRequest request;
        try {
            request = endpoint.prepareRequest(exchange);
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        RetryingCall.<EventStream> start(attempt -> open(request, attempt), endpoint.callSettings(),
                new RetryingCall.Listener<>() {
                    @Override
                    public void onSuccess(EventStream stream, int attempts) {
                        try {
                            exchange.getMessage().setHeader(GeminiConstants.ATTEMPTS, attempts);
                            exchange.getMessage().setBody(iterator(exchange, stream));
                        } catch (GeminiBlockedException | RuntimeException e) {
                            stream.abort();
                            exchange.setException(e);
                        } finally {
                            callback.done(false);
                        }
                    }

                    @Override
                    public void onFailure(Throwable failure, int attempts) {
                        LOG.debug("Gemini stream from {} failed after {} attempt(s): {}", request.uri(), attempts,
                                failure.getMessage());
                        exchange.getMessage().setHeader(GeminiConstants.ATTEMPTS, attempts);
                        exchange.setException(endpoint.toExchangeFailure(failure, exchange));
                        callback.done(false);
                    }
                });
        return false;
    }

    private Future<?> open(GeminiHttpRequest request, FutureCallback<EventStream> firstEvent) {
        EventStream stream = new EventStream(request.uri().toString(), getEndpoint().callSettings().errorDecoder(),
                getEndpoint().getConfiguration().getStreamIdleTimeout(), firstEvent);
        Future<?> exchange = getEndpoint().httpClient().stream(request, stream, null);
        stream.attach(exchange);
        return exchange;
    }

    /**
     * The body: the first event (already arrived) checked for a blocked prompt, then the iterator, closed when the
     * exchange is done.
     */
    private GeminiStreamIterator iterator(Exchange exchange, EventStream stream) throws GeminiBlockedException {
        GeminiEndpoint endpoint = getEndpoint();
        StreamChunkMapper mapper = new StreamChunkMapper(exchange.getContext(), exchange.getMessage().getHeaders(),
                endpoint.responseMapper());
        GeminiStreamIterator body = new GeminiStreamIterator(stream, exchange, mapper,
                endpoint.getConfiguration().getStreamIdleTimeout());
        Message first = body.readFirst();
        if (first != null) {
            endpoint.responseMapper().failIfBlocked(
                    first.getHeader(GeminiConstants.RESPONSE, GenerateContentResponse.class));
        }
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                body.close();
            }
        });
        return body;
    }
}
