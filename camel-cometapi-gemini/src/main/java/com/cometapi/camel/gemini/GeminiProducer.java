package com.cometapi.camel.gemini;

import java.util.concurrent.Future;

import com.cometapi.camel.gemini.http.GeminiHttpRequest;
import com.cometapi.camel.gemini.http.RetryingCall;
import com.cometapi.camel.gemini.response.ResponseHeaders;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What both operations share: the exchange becomes a request (bad input fails before sending), the call runs
 * asynchronously with retries, and the exchange completes exactly once, with the result or the failure.
 *
 * @param <T> what a successful call gives: a whole answer, or a stream whose first event has arrived
 */
abstract class GeminiProducer<T> extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(GeminiProducer.class);

    GeminiProducer(GeminiEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public GeminiEndpoint getEndpoint() {
        return (GeminiEndpoint) super.getEndpoint();
    }

    /** Starts one attempt; the callback hears of its outcome, an error answer as a failure. */
    abstract Future<?> attempt(GeminiHttpRequest request, FutureCallback<T> callback);

    /** Puts a successful call's result on the exchange. */
    abstract void complete(Exchange exchange, GeminiHttpRequest request, T result) throws Exception;

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
        RetryingCall.start(attempt -> attempt(request, attempt), endpoint.callSettings(),
                new RetryingCall.Listener<T>() {
                    @Override
                    public void onSuccess(T result, int attempts) {
                        try {
                            ResponseHeaders.clear(exchange.getMessage());
                            exchange.getMessage().setHeader(GeminiConstants.ATTEMPTS, attempts);
                            complete(exchange, request, result);
                        } catch (Exception e) {
                            exchange.setException(e);
                        } finally {
                            callback.done(false);
                        }
                    }

                    @Override
                    public void onFailure(Throwable failure, int attempts) {
                        LOG.debug("Gemini call to {} failed after {} attempt(s): {}", request.uri(), attempts,
                                failure.getMessage());
                        ResponseHeaders.clear(exchange.getMessage());
                        exchange.getMessage().setHeader(GeminiConstants.ATTEMPTS, attempts);
                        exchange.setException(endpoint.toExchangeFailure(failure, exchange));
                        callback.done(false);
                    }
                });
        return false;
    }
}
