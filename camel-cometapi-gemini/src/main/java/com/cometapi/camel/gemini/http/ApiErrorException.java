package com.cometapi.camel.gemini.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Gemini answered with an error: a non-2xx status, a 2xx body that is no Gemini answer, or an error object inside a
 * stream. The transport's own type: the Camel face turns it into its public {@code GeminiApiException}. Every text it
 * holds but the raw body has the API key redacted.
 */
public final class ApiErrorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String uri;
    private final int statusCode;
    private final String reason;
    private final transient Map<String, String> headers;
    private final String body;
    private final String errorStatus;
    private final String errorMessage;
    private final transient List<Map<String, Object>> details;
    private final boolean retryable;
    private final Duration retryDelay;

    /**
     * @param uri          the request URI (never holds the key)
     * @param statusCode   the HTTP status, or the error object's {@code code} inside a stream
     * @param reason       the HTTP reason phrase, may be null
     * @param headers      the response headers
     * @param body         the raw body as received
     * @param errorStatus  the error's {@code status}, e.g. RESOURCE_EXHAUSTED; null when the body was no error object
     * @param errorMessage the error's message (key redacted), or an excerpt of a body that was no error object
     * @param details      the error's {@code details}
     * @param retryable    whether another attempt may succeed
     * @param retryDelay   the delay the server asked for, null when none
     */
    ApiErrorException(String uri, int statusCode, String reason, Map<String, String> headers, String body,
                      String errorStatus, String errorMessage, List<Map<String, Object>> details, boolean retryable,
                      Duration retryDelay) {
        super("Gemini API error " + statusCode + (errorStatus != null ? " " + errorStatus : "")
              + (errorMessage != null && !errorMessage.isEmpty() ? ": " + errorMessage : "") + " (" + uri + ")", null,
              false, false);
        this.uri = uri;
        this.statusCode = statusCode;
        this.reason = reason;
        this.headers = headers == null ? Map.of() : headers;
        this.body = body;
        this.errorStatus = errorStatus;
        this.errorMessage = errorMessage;
        this.details = details == null ? List.of() : List.copyOf(details);
        this.retryable = retryable;
        this.retryDelay = retryDelay;
    }

    public String uri() {
        return uri;
    }

    public int statusCode() {
        return statusCode;
    }

    public String reason() {
        return reason;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public String body() {
        return body;
    }

    public String errorStatus() {
        return errorStatus;
    }

    public String errorMessage() {
        return errorMessage;
    }

    public List<Map<String, Object>> details() {
        return details;
    }

    public boolean retryable() {
        return retryable;
    }

    public Duration retryDelay() {
        return retryDelay;
    }
}
