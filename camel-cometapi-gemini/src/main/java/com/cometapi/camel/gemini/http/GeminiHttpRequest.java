package com.cometapi.camel.gemini.http;

import java.net.URI;
import java.util.Map;

/**
 * One HTTP request to Gemini: the method, where, which headers (the auth header among them) and the body.
 *
 * @param method      {@code POST} or {@code GET}
 * @param uri         the full request URI; never holds the key
 * @param headers     request headers
 * @param body        the body (JSON, or a file's bytes); empty for a GET
 * @param contentType the body's media type; null for a GET
 * @param model       the model it asks, as a label for logs and metrics; may be null
 */
public record GeminiHttpRequest(String method, URI uri, Map<String, String> headers, byte[] body, String contentType,
                                String model) {

    /** The media type of JSON bodies. */
    public static final String JSON = "application/json";

    /** A POST of a JSON body. */
    public GeminiHttpRequest(URI uri, Map<String, String> headers, byte[] body, String model) {
        this("POST", uri, headers, body, JSON, model);
    }

    /** A GET, without a body. */
    public static GeminiHttpRequest get(URI uri, Map<String, String> headers, String model) {
        return new GeminiHttpRequest("GET", uri, headers, new byte[0], null, model);
    }

    @Override
    public String toString() {
        return "GeminiHttpRequest[" + method + " " + shownUri() + ", " + body.length + " bytes]";
    }

    /** The URI without its query, which for an upload session holds the session's id. */
    public String shownUri() {
        String text = uri.toString();
        int query = text.indexOf('?');
        return query < 0 ? text : text.substring(0, query) + "?...";
    }
}
