package com.cometapi.camel.gemini;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import com.cometapi.camel.gemini.http.ApiErrorException;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeTimedOutException;

/**
 * The one place where the transport's failures become what an exchange carries: an error answer becomes a
 * {@link GeminiApiException} (which {@code onException(HttpOperationFailedException.class)} catches), a request
 * timeout an {@link ExchangeTimedOutException}; everything else passes unchanged. Idempotent.
 */
final class GeminiFailures {

    private GeminiFailures() {
    }

    /** The failure as an exchange carries it. */
    static Throwable forExchange(Throwable failure, Exchange exchange, long requestTimeoutMillis) {
        Throwable cause = of(failure);
        if (cause instanceof TimeoutException) {
            return new ExchangeTimedOutException(exchange, requestTimeoutMillis, cause.getMessage());
        }
        return cause;
    }

    /** The failure with a transport error answer as a {@link GeminiApiException}, unwrapped from future wrappers. */
    static Throwable of(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ApiErrorException api) {
            return new GeminiApiException(api.uri(), api.statusCode(), api.reason(), api.headers(), api.body(),
                    api.errorStatus(), api.errorMessage(), api.details(), api.retryable(), api.retryDelay());
        }
        return cause;
    }
}
