package com.cometapi.camel.gemini;

import java.util.concurrent.Future;

import com.cometapi.camel.gemini.http.GeminiHttpRequest;
import com.cometapi.camel.gemini.http.RetryingCall;
import com.cometapi.camel.gemini.model.GenerateContentRequest;
import com.cometapi.camel.gemini.model.UsageMetadata;
import com.cometapi.camel.gemini.response.ResponseHeaders;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What both operations share: the exchange becomes a request (bad input fails before sending), each model request
 * runs asynchronously with retries, and the exchange completes exactly once, with the result or the failure.
 *
 * @param <T> what a successful model request gives: a whole answer, or a stream whose first event has arrived
 */
abstract class GeminiProducer<T> extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(GeminiProducer.class);

    /** Decides what follows a successful model request. */
    @FunctionalInterface
    interface Success<T> {

        /**
         * @return true when the exchange is finished, false when another request was started (it will finish it)
         */
        boolean handle(GeminiHttpRequest request, T result, CallReport report, int attempts) throws Exception;
    }

    GeminiProducer(GeminiEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public GeminiEndpoint getEndpoint() {
        return (GeminiEndpoint) super.getEndpoint();
    }

    /** Starts one attempt; the callback hears of its outcome, an error answer as a failure. */
    abstract Future<?> attempt(GeminiHttpRequest request, FutureCallback<T> callback);

    /** Starts the work of a prepared exchange; something must finish it through the callback. */
    abstract void start(Exchange exchange, PreparedCall prepared, AsyncCallback callback);

    /** Whether this producer streams. */
    abstract boolean streams();

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        PreparedCall prepared;
        try {
            prepared = getEndpoint().prepare(exchange);
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        start(exchange, prepared, callback);
        return false;
    }

    /** Sends one model request, with retries; a success goes to {@code success}, a failure fails the exchange. */
    void send(Exchange exchange, String model, GenerateContentRequest body, AsyncCallback callback, Success<T> success) {
        GeminiEndpoint endpoint = getEndpoint();
        GeminiHttpRequest request;
        try {
            request = endpoint.httpRequest(model, body);
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(false);
            return;
        }
        CallReport report = new CallReport(endpoint.getComponent().observer(), model, streams());
        RetryingCall.start(attempt -> attempt(request, attempt), endpoint.callSettings(),
                new RetryingCall.Listener<T>() {
                    @Override
                    public void onSuccess(T result, int attempts) {
                        report.attempts(attempts);
                        boolean finished = true;
                        try {
                            finished = success.handle(request, result, report, attempts);
                        } catch (Exception e) {
                            exchange.setException(e);
                            report.end(exchange.getMessage().getHeader(GeminiConstants.USAGE_METADATA,
                                    UsageMetadata.class), e);
                        }
                        if (finished) {
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
    }
}
