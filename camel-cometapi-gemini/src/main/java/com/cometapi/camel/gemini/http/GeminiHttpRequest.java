package com.cometapi.camel.gemini.http;

import java.net.URI;
import java.util.Map;

/**
 * A POST to Gemini: where, which headers (the auth header among them) and the JSON body.
 *
 * @param uri     the full request URI; never holds the key
 * @param headers request headers
 * @param body    the JSON body
 */
public record GeminiHttpRequest(URI uri, Map<String, String> headers, byte[] body) {

    @Override
    public String toString() {
        return "GeminiHttpRequest[" + uri + ", " + body.length + " bytes]";
    }
}
