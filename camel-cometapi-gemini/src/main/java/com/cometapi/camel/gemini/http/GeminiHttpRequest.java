package com.cometapi.camel.gemini.http;

import java.net.URI;
import java.util.Map;

/**
 * A POST to Gemini: where, which headers (the auth header among them) and the JSON body.
 *
 * @param uri     the full request URI; never holds the key
 * @param headers request headers
 * @param body    the JSON body
 * @param model   the model it asks, as a label for logs and metrics
 */
public record GeminiHttpRequest(URI uri, Map<String, String> headers, byte[] body, String model) {

    @Override
    public String toString() {
        return "GeminiHttpRequest[" + uri + ", " + body.length + " bytes]";
    }
}
