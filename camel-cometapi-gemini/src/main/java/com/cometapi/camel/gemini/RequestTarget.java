package com.cometapi.camel.gemini;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.cometapi.camel.gemini.http.GeminiHttpRequest;
import com.cometapi.camel.gemini.model.GeminiJson;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Where an endpoint's requests go and how they authenticate: a model's method under {@code baseUrl} and
 * {@code apiVersion} ({@code :generateContent}, {@code :streamGenerateContent?alt=sse}, {@code :countTokens}, ...),
 * the other resources there ({@code cachedContents}, {@code files/{id}}, the upload path), and the key in
 * {@code x-goog-api-key} or {@code Authorization: Bearer}. The key goes only to the base URL's origin (scheme, host
 * and port): an upload session URL on another host gets the request without it. The default model's URI is built
 * once.
 */
final class RequestTarget {

    private final String baseUrl;
    private final String apiVersion;
    private final String defaultModel;
    private final String defaultMethod;
    private final URI defaultModelUri;
    private final String apiKey;
    private final String origin;
    private final Map<String, String> headers;
    private final Map<String, String> headersWithoutKey = Map.of("Accept", GeminiHttpRequest.JSON);

    /**
     * @param baseUrl       the checked base URL, without a trailing slash
     * @param defaultMethod the model method of most of the endpoint's requests, its query included, e.g.
     *                      {@code streamGenerateContent?alt=sse}
     * @param apiKey        the resolved key, or null (a request then fails, saying where to set one)
     */
    RequestTarget(String baseUrl, String apiVersion, String defaultModel, String defaultMethod, String apiKey,
                  GeminiAuthMode authMode) {
        this.baseUrl = baseUrl;
        this.apiVersion = apiVersion;
        this.defaultModel = defaultModel;
        this.defaultMethod = defaultMethod;
        this.apiKey = apiKey;
        this.headers = headers(authMode, apiKey);
        this.origin = origin(URI.create(baseUrl));
        this.defaultModelUri = modelUri(defaultModel, defaultMethod);
    }

    /** The HTTP request for a model and a request body's JSON; fails when no key is configured. */
    GeminiHttpRequest httpRequest(String model, byte[] json) {
        return post(uri(model), json, GeminiHttpRequest.JSON, model, Map.of());
    }

    /** A POST of {@code body} as JSON, with the auth header and {@code extraHeaders}; fails without a key. */
    GeminiHttpRequest postJson(URI uri, Object body, String model, Map<String, String> extraHeaders)
            throws JsonProcessingException {
        return post(uri, GeminiJson.MAPPER.writeValueAsBytes(body), GeminiHttpRequest.JSON, model, extraHeaders);
    }

    /** A POST of bytes of the given media type, with the auth header when the URI is the base URL's origin. */
    GeminiHttpRequest postBytes(URI uri, byte[] body, String contentType, Map<String, String> extraHeaders) {
        return post(uri, body, contentType, null, extraHeaders);
    }

    private GeminiHttpRequest post(URI uri, byte[] body, String contentType, String model,
                                   Map<String, String> extraHeaders) {
        return new GeminiHttpRequest("POST", uri, headersFor(uri, extraHeaders), body, contentType, model);
    }

    /** A GET with the auth header; fails without a key. */
    GeminiHttpRequest get(URI uri) {
        return GeminiHttpRequest.get(uri, headersFor(uri, Map.of()), null);
    }

    /** The request URI of the endpoint's default method for a model. */
    URI uri(String model) {
        return model.equals(defaultModel) ? defaultModelUri : modelUri(model, defaultMethod);
    }

    /** The URI of a model's method, e.g. {@code embedContent}; the method may carry a query. */
    URI modelUri(String model, String method) {
        try {
            return URI.create(baseUrl + "/" + apiVersion + "/" + modelName(model) + ":" + method);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("model '" + model + "' does not fit in a URL; use a name like"
                                               + " gemini-2.5-flash", e);
        }
    }

    /** The model's resource name as request bodies carry it: {@code models/...}. */
    static String modelName(String model) {
        return model.contains("/") ? model : "models/" + model;
    }

    /** A resource under the API version, e.g. {@code cachedContents} or {@code files/abc}. */
    URI apiUri(String path) {
        return URI.create(baseUrl + "/" + apiVersion + "/" + path);
    }

    /** Where a resumable upload starts: {@code {baseUrl}/upload/{apiVersion}/files}. */
    URI uploadUri() {
        return URI.create(baseUrl + "/upload/" + apiVersion + "/files");
    }

    /** Whether a URI is on the base URL's origin, where the key may go. */
    boolean isBaseOrigin(URI uri) {
        return origin.equals(origin(uri));
    }

    private Map<String, String> headersFor(URI uri, Map<String, String> extraHeaders) {
        // the default model's URI, built from the base URL, needs no look at its origin
        boolean withKey = uri == defaultModelUri || isBaseOrigin(uri);
        if (withKey && apiKey == null) {
            throw new IllegalArgumentException(ApiAccess.missingKey("the apiKey option on the gemini component or"
                                                                    + " endpoint"));
        }
        Map<String, String> base = withKey ? headers : headersWithoutKey;
        if (extraHeaders.isEmpty()) {
            return base;
        }
        Map<String, String> all = new LinkedHashMap<>(base);
        all.putAll(extraHeaders);
        return all;
    }

    private static String origin(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + ":" + port;
    }

    private static Map<String, String> headers(GeminiAuthMode authMode, String apiKey) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", GeminiHttpRequest.JSON);
        if (apiKey != null) {
            if (authMode == GeminiAuthMode.BEARER) {
                headers.put("Authorization", "Bearer " + apiKey);
            } else {
                headers.put("x-goog-api-key", apiKey);
            }
        }
        return Map.copyOf(headers);
    }
}
