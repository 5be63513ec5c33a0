package com.cometapi.camel.gemini;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import org.apache.camel.ExchangeTimedOutException;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * Why a model request failed, as the dev console and JMX count failures: an error answer by HTTP status class, a
 * timeout, a connection that failed, a blocked prompt, or anything else.
 */
enum FailureKind {

    /** An error answer with a 4xx status (or an error block with such a code inside a stream). */
    HTTP_4XX("4xx"),
    /** An error answer with a 5xx status (or an error block with such a code inside a stream). */
    HTTP_5XX("5xx"),
    /** {@code requestTimeout} or {@code streamIdleTimeout} passed. */
    TIMEOUT("timeout"),
    /** The connection could not be made or broke (I/O, TLS, connect timeout). */
    CONNECTION("connection"),
    /** The prompt was blocked and {@code failOnBlock} failed the exchange. */
    BLOCKED("blocked"),
    /** Anything else: an answer that is not valid, the component stopping, ... */
    OTHER("other");

    private final String label;

    FailureKind(String label) {
        this.label = label;
    }

    /** The name the console and JMX show, e.g. 4xx. */
    String label() {
        return label;
    }

    /** The kind of a failure as the component reports it, looking through the causes it wraps. */
    static FailureKind of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof GeminiBlockedException) {
                return BLOCKED;
            }
            if (cause instanceof HttpOperationFailedException http) {
                int status = http.getStatusCode();
                return status >= 400 && status < 500 ? HTTP_4XX : status >= 500 && status < 600 ? HTTP_5XX : OTHER;
            }
            if (cause instanceof ExchangeTimedOutException || cause instanceof TimeoutException) {
                return TIMEOUT;
            }
            if (cause instanceof IOException) {
                return CONNECTION;
            }
        }
        return OTHER;
    }
}
