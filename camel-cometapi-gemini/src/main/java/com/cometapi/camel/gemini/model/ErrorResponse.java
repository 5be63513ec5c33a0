package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An error body: {@code {"error": {...}}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ErrorResponse extends GeminiObject {

    private ApiError error;

    public ApiError getError() {
        return error;
    }

    public ErrorResponse setError(ApiError error) {
        this.error = error;
        return this;
    }
}
