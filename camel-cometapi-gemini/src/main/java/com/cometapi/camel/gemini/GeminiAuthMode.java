package com.cometapi.camel.gemini;

/**
 * How the API key travels: option {@code authMode}. The constant names are the values spelt in capitals with
 * underscores, so any enum converter (Camel's, Spring Boot's) also reads {@code x-goog-api-key}.
 */
public enum GeminiAuthMode implements WireValue {

    /** Header {@code x-goog-api-key: KEY}, as Google's own clients send it. */
    X_GOOG_API_KEY("x-goog-api-key"),
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
