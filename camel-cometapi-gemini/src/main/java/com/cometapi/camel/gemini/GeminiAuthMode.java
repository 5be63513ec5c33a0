package com.cometapi.camel.gemini;

/**
 * How the API key travels: option {@code authMode}.
 */
public enum GeminiAuthMode implements WireValue {

    /** Header {@code x-goog-api-key: KEY}, as Google's own clients send it. */
    API_KEY_HEADER("x-goog-api-key"),
    /** Header {@code Authorization: Bearer KEY}, as OpenAI-style gateways expect it. */
    BEARER("bearer");

    private final String value;

    GeminiAuthMode(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static GeminiAuthMode fromValue(String value) {
        return WireValue.parse(GeminiAuthMode.class, "authMode", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
