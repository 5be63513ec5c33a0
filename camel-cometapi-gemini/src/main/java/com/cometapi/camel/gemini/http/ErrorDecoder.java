package com.cometapi.camel.gemini.http;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.cometapi.camel.gemini.model.ApiError;
import com.cometapi.camel.gemini.model.ErrorResponse;
import com.cometapi.camel.gemini.model.GeminiJson;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Turns an error answer (a non-2xx response, or an error block inside a stream) into a {@link ApiErrorException}
 * that says whether to retry and how long to wait, with the API key redacted from everything but the raw body.
 */
public final class ErrorDecoder {

    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);
    private static final int EXCERPT_LENGTH = 300;

    private final Redactor redactor;

    public ErrorDecoder(Redactor redactor) {
        this.redactor = redactor;
    }

    /** Decodes a non-2xx HTTP answer. */
    public ApiErrorException decode(String uri, HttpResult result) {
        String body = result.bodyAsString();
        ApiError error = parse(body);
        if (error == null) {
            return new ApiErrorException(uri, result.status(), result.reason(), result.headers(), body, null,
                    redactor.redact(excerpt(body)), List.of(), isRetryableStatus(result.status()),
                    retryAfter(result.headers().get("Retry-After")));
        }
        return fromError(uri, result.status(), result.reason(), result.headers(), body, error);
    }

    /** A 2xx answer whose body is not a Gemini response. Not retried. */
    public ApiErrorException invalidResponse(String uri, HttpResult result, String problem) {
        String body = result.bodyAsString();
        return new ApiErrorException(uri, result.status(), result.reason(), result.headers(), body, null,
                "the response is not a valid Gemini answer (" + redactor.redact(problem) + "): "
                                                                                       + redactor.redact(excerpt(body)),
                List.of(), false, null);
    }

    /** Decodes an error block received in place of an event, inside a 200 stream. */
    public ApiErrorException decodeStreamError(String uri, Map<String, String> headers, String block, ApiError error) {
        int code = error.getCode() != null ? error.getCode() : statusCodeOf(error.getStatus());
        return fromError(uri, code, null, headers, block, error);
    }

    private ApiErrorException fromError(String uri, int status, String reason, Map<String, String> headers,
                                         String body, ApiError error) {
        Duration headerDelay = retryAfter(headers.get("Retry-After"));
        Duration bodyDelay = parseProtoDuration(error.retryDelay());
        Duration delay = headerDelay == null ? bodyDelay
                : bodyDelay == null ? headerDelay : headerDelay.compareTo(bodyDelay) >= 0 ? headerDelay : bodyDelay;
        boolean retryable = isRetryableStatus(status) && !isPerDayQuota(error);
        return new ApiErrorException(uri, status, reason, headers, body, error.getStatus(),
                redactor.redact(error.getMessage()), error.getDetails(), retryable, delay);
    }

    /** The HTTP status Google's APIs give a {@code google.rpc.Code} name, for an error object whose code is text. */
    static int statusCodeOf(String status) {
        if (status == null) {
            return 500;
        }
        return switch (status) {
            case "INVALID_ARGUMENT", "FAILED_PRECONDITION", "OUT_OF_RANGE" -> 400;
            case "UNAUTHENTICATED" -> 401;
            case "PERMISSION_DENIED" -> 403;
            case "NOT_FOUND" -> 404;
            case "ABORTED", "ALREADY_EXISTS" -> 409;
            case "RESOURCE_EXHAUSTED" -> 429;
            case "CANCELLED" -> 499;
            case "UNIMPLEMENTED" -> 501;
            case "UNAVAILABLE" -> 503;
            case "DEADLINE_EXCEEDED" -> 504;
            default -> 500;
        };
    }

    static boolean isRetryableStatus(int status) {
        return RETRYABLE_STATUSES.contains(status);
    }

    /** A 429 whose QuotaFailure names a per-day quota will not clear by retrying today. */
    static boolean isPerDayQuota(ApiError error) {
        for (Map<String, Object> violation : error.quotaViolations()) {
            String id = String.valueOf(violation.get("quotaId")) + " " + violation.get("quotaMetric");
            String normalized = id.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
            if (normalized.contains("perday")) {
                return true;
            }
        }
        return false;
    }

    private static ApiError parse(String body) {
        String trimmed = body.trim();
        if (!trimmed.startsWith("{")) {
            return null;
        }
        try {
            ErrorResponse response = GeminiJson.MAPPER.readValue(trimmed, ErrorResponse.class);
            return response.getError();
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String excerpt(String body) {
        String text = body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
        return text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH) + "...";
    }

    /** {@code Retry-After}: delay-seconds or an HTTP date. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(trimmed) * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration until = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    /** A protobuf Duration as JSON: {@code "34.4s"}. */
    static Duration parseProtoDuration(String value) {
        if (value == null || !value.endsWith("s")) {
            return null;
        }
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
