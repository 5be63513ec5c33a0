package com.cometapi.camel.gemini;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.cometapi.camel.gemini.http.Call;
import com.cometapi.camel.gemini.http.GeminiHttpRequest;
import com.cometapi.camel.gemini.model.GenerateContentRequest;
import com.cometapi.camel.gemini.response.ResponseHeaders;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What both operations share: the exchange becomes a request (bad input fails before sending), the work is a chain
 * of futures over the transport's calls, and the exchange completes exactly once, in one place, when that chain
 * does: with the result, or the failure as {@link GeminiFailures} translates it.
 */
abstract class GeminiProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(GeminiProducer.class);

    /** One model request's outcome: what the transport gave, its observer report and the HTTP attempts it took. */
    record Answer<T>(T value, CallReport report, int attempts) {
    }

    GeminiProducer(GeminiEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public GeminiEndpoint getEndpoint() {
        return (GeminiEndpoint) super.getEndpoint();
    }

    /** The work of a prepared exchange: completes when the exchange may continue. */
    abstract CompletableFuture<?> run(Exchange exchange, PreparedCall prepared) throws Exception;

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<?> work;
        try {
            work = run(exchange, getEndpoint().preparation().prepare(exchange));
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        work.whenComplete((ignored, failure) -> {
            if (failure != null) {
                exchange.setException(GeminiFailures.forExchange(failure, exchange,
                        getEndpoint().getConfiguration().getRequestTimeout()));
            }
            callback.done(false);
        });
        return false;
    }

    /**
     * Sends one model request, with retries. A failure sets the attempts header, clears the answer headers, is told
     * to the observer and fails the returned future.
     */
    <T> CompletableFuture<Answer<T>> send(Exchange exchange, String model, GenerateContentRequest body,
                                          boolean stream) throws Exception {
        GeminiEndpoint endpoint = getEndpoint();
        GeminiHttpRequest request = endpoint.target().httpRequest(model, body);
        CallReport report = endpoint.getComponent().callReport(model, stream);
        Call.RetryListener retries = (failure, attempts, delayMillis) -> {
            LOG.debug("Gemini call to {} failed ({}); attempt {} in {}ms", request.uri(), failure.getMessage(),
                    attempts + 1, delayMillis);
            report.retry(GeminiFailures.of(failure), attempts);
        };
        @SuppressWarnings("unchecked")
        Call<T> call = (Call<T>) (stream
                ? endpoint.client().open(request, endpoint.callSettings(), retries)
                : endpoint.client().call(request, endpoint.callSettings(), retries));
        return call.result().handle((value, failure) -> {
            if (failure != null) {
                Throwable translated = GeminiFailures.forExchange(failure, exchange,
                        endpoint.getConfiguration().getRequestTimeout());
                LOG.debug("Gemini call to {} failed after {} attempt(s): {}", request.uri(), call.attempts(),
                        translated.getMessage());
                ResponseHeaders.clear(exchange.getMessage());
                exchange.getMessage().setHeader(GeminiConstants.ATTEMPTS, call.attempts());
                report.end(null, translated, call.attempts());
                throw translated instanceof CompletionException completion ? completion : new CompletionException(translated);
            }
            report.attempts(call.attempts());
            return new Answer<>(value, report, call.attempts());
        });
    }
}
