package com.cometapi.camel.gemini.http;

/**
 * Removes the API key from text that may be shown: exception messages, log lines.
 */
public final class Redactor {

    private static final String MASK = "xxxxxx";
    /** Shorter secrets are no real API key, and masking them would mangle every message. */
    private static final int MIN_SECRET_LENGTH = 8;

    private final String secret;

    public Redactor(String secret) {
        this.secret = secret == null || secret.length() < MIN_SECRET_LENGTH ? null : secret;
    }

    public String redact(String text) {
        if (text == null || secret == null) {
            return text;
        }
        return text.replace(secret, MASK);
    }
}
