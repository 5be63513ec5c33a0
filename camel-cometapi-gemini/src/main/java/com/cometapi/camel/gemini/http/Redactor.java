package com.cometapi.camel.gemini.http;

/**
 * Removes the API key from text that may be shown: exception messages, log lines.
 */
public final class Redactor {

    private static final String MASK = "xxxxxx";

    private final String secret;

    public Redactor(String secret) {
        this.secret = secret == null || secret.isEmpty() ? null : secret;
    }

    public String redact(String text) {
        if (text == null || secret == null) {
            return text;
        }
        return text.replace(secret, MASK);
    }
}
