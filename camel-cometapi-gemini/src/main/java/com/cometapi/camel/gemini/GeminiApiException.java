package com.cometapi.camel.gemini;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * Gemini answered with an error: a non-2xx HTTP status, or an error block inside a stream. Existing
 * {@code onException(HttpOperationFailedException.class)} handlers catch it.
 * <p>
 * {@link #isRetryable()} and {@link #getRetryDelay()} tell a route's own error handler what the component's retry
 * policy concluded: whether trying again may succeed, and how long the server asked to wait.
 */
public class GeminiApiException extends HttpOperationFailedException {

    private static final long serialVersionUID = 1L;

    private final String errorStatus;
    private final String errorMessage;
    private final transient List<Map<String, Object>> details;
    private final boolean retryable;
    private final Duration retryDelay;
    private final String message;

    /**
     * @param uri             the request URI (never holds the key: the key travels in a header)
     * @param statusCode      the HTTP status, or the error block's {@code code} inside a stream
     * @param statusText      the HTTP reason phrase, may be null
     * @param responseHeaders the response headers
     * @param responseBody    the raw body as received
     * @param errorStatus     the error's {@code status}, e.g. RESOURCE_EXHAUSTED; null when the body was not JSON
     * @param errorMessage    the error's message (key redacted), or an excerpt of a non-JSON body
     * @param details         the error's {@code details}, empty when absent
     * @param retryable       whether another attempt may succeed
     * @param retryDelay      the delay the server asked for (Retry-After or RetryInfo), null when none
     */
    public GeminiApiException(String uri, int statusCode, String statusText, Map<String, String> responseHeaders,
                              String responseBody, String errorStatus, String errorMessage,
                              List<Map<String, Object>> details, boolean retryable, Duration retryDelay) {
        super(uri, statusCode, statusText, null, responseHeaders, responseBody);
        this.errorStatus = errorStatus;
        this.errorMessage = errorMessage;
        this.details = details == null ? List.of() : List.copyOf(details);
        this.retryable = retryable;
        this.retryDelay = retryDelay;
        this.message = "Gemini API error " + statusCode + (errorStatus != null ? " " + errorStatus : "")
                       + (errorMessage != null && !errorMessage.isEmpty() ? ": " + errorMessage : "")
                       + " (" + uri + ")";
    }

    @Override
    public String getMessage() {
        return message;
    }

    /** The error's {@code status}, e.g. {@code RESOURCE_EXHAUSTED}, {@code INVALID_ARGUMENT}; null for non-JSON bodies. */
    public String getErrorStatus() {
        return errorStatus;
    }

    /** The error's message, with the API key redacted; an excerpt of the body when it was not a Gemini error. */
    public String getErrorMessage() {
        return errorMessage;
    }

    /** The error's {@code details} ({@code ErrorInfo}, {@code RetryInfo}, {@code QuotaFailure}, ...), each a map. */
    public List<Map<String, Object>> getDetails() {
        return details;
    }

    /**
     * Whether another attempt may succeed: 408, 429 (unless a per-day quota is exhausted), 500, 502, 503 and 504.
     */
    public boolean isRetryable() {
        return retryable;
    }

    /** The wait the server asked for ({@code Retry-After} header or {@code RetryInfo.retryDelay}), or null. */
    public Duration getRetryDelay() {
        return retryDelay;
    }
}
