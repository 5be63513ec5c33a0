package com.cometapi.camel.gemini;

import java.util.concurrent.Future;

import com.cometapi.camel.gemini.http.GeminiHttpRequest;
import com.cometapi.camel.gemini.http.RetryingCall;
import com.cometapi.camel.gemini.model.UsageMetadata;
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

    /**
     * Puts a successful call's result on the exchange, and ends the report when the request is over (a stream ends
     * later).
     */
    abstract void complete(Exchange exchange, GeminiHttpRequest request, T result, CallReport report)
            throws Exception;

    /** Whether this producer streams. */
    abstract boolean streams();

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
        CallReport report = new CallReport(endpoint.getComponent().observer(), request.model(), streams());
        RetryingCall.start(attempt -> attempt(request, attempt), endpoint.callSettings(),
                new RetryingCall.Listener<T>() {
                    @Override
                    public void onSuccess(T result, int attempts) {
                        report.attempts(attempts);
                        try {
                            ResponseHeaders.clear(exchange.getMessage());
                            exchange.getMessage().setHeader(GeminiConstants.ATTEMPTS, attempts);
                            complete(exchange, request, result, report);
                        } catch (Exception e) {
                            exchange.setException(e);
                            report.end(exchange.getMessage().getHeader(GeminiConstants.USAGE_METADATA,
                                    UsageMetadata.class), e);
                        } finally {
                            callback.done(false);
                        }
                    }

                    @Override
                    public void onRetry(Throwable failure, int attempts, long delayMillis) {
                        LOG.debug("Gemini call to {} failed ({}); attempt {} in {}ms", request.uri(),
                                failure.getMessage(), attempts + 1, delayMillis);
                        report.retry(failure, attempts);
                    }

                    @Override
                    public void onFailure(Throwable failure, int attempts) {
                        LOG.debug("Gemini call to {} failed after {} attempt(s): {}", request.uri(), attempts,
                                failure.getMessage());
                        ResponseHeaders.clear(exchange.getMessage());
                        exchange.getMessage().setHeader(GeminiConstants.ATTEMPTS, attempts);
                        Throwable translated = endpoint.toExchangeFailure(failure, exchange);
                        report.end(null, translated, attempts);
                        exchange.setException(translated);
                        callback.done(false);
                    }
                });
        return false;
    }
}
