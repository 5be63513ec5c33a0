package com.cometapi.camel.gemini;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import com.cometapi.camel.gemini.http.GeminiHttpRequest;
import com.cometapi.camel.gemini.model.GeminiJson;
import com.cometapi.camel.gemini.model.GenerateContentRequest;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Where an endpoint's requests go and how they authenticate: the model's URI under {@code baseUrl} and
 * {@code apiVersion}, the operation's method ({@code :generateContent}, {@code :streamGenerateContent?alt=sse}), and
 * the key in {@code x-goog-api-key} or {@code Authorization: Bearer}. The default model's URI is built once.
 */
final class RequestTarget {

    private final String baseUrl;
    private final String apiVersion;
    private final GeminiOperation operation;
    private final String defaultModel;
    private final URI defaultModelUri;
    private final String apiKey;
    private final Map<String, String> headers;

    /**
     * @param baseUrl the checked base URL, without a trailing slash
     * @param apiKey  the resolved key, or null (a request then fails, saying where to set one)
     */
    RequestTarget(String baseUrl, String apiVersion, GeminiOperation operation, String defaultModel, String apiKey,
                  GeminiAuthMode authMode) {
        this.baseUrl = baseUrl;
        this.apiVersion = apiVersion;
        this.operation = operation;
        this.defaultModel = defaultModel;
        this.apiKey = apiKey;
        this.headers = headers(authMode, apiKey);
        this.defaultModelUri = modelUri(defaultModel);
    }

    /** The HTTP request for a model and a request body; fails when no key is configured. */
    GeminiHttpRequest httpRequest(String model, GenerateContentRequest request) throws JsonProcessingException {
        if (apiKey == null) {
            throw new IllegalArgumentException(ApiAccess.missingKey("the apiKey option on the gemini component or"
                                                                    + " endpoint"));
        }
        return new GeminiHttpRequest(uri(model), headers, GeminiJson.MAPPER.writeValueAsBytes(request), model);
    }

    /** The request URI for a model. */
    URI uri(String model) {
        return model.equals(defaultModel) ? defaultModelUri : modelUri(model);
    }

    private URI modelUri(String model) {
        String path = model.contains("/") ? model : "models/" + model;
        String query = operation == GeminiOperation.STREAM ? "?alt=sse" : "";
        try {
            return URI.create(baseUrl + "/" + apiVersion + "/" + path + ":" + operation.method() + query);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("model '" + model + "' does not fit in a URL; use a name like"
                                               + " gemini-2.5-flash", e);
        }
    }

    private static Map<String, String> headers(GeminiAuthMode authMode, String apiKey) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
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
