package com.cometapi.camel.gemini.test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

/** Plain JDK HTTP calls to any path of {@link MockGeminiServer}: the endpoints beside generate and stream. */
final class EndpointHttp {

    private final MockGeminiServer server;

    EndpointHttp(MockGeminiServer server) {
        this.server = server;
    }

    /** POSTs a JSON body to a path (or an absolute URL) with {@code name, value} header pairs. */
    HttpResponse<String> post(String pathOrUrl, String json, String... headers) {
        return send(builder(pathOrUrl, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** POSTs bytes to a path or an absolute URL with {@code name, value} header pairs. */
    HttpResponse<String> postBytes(String pathOrUrl, byte[] bytes, String... headers) {
        return send(builder(pathOrUrl, headers).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    HttpResponse<String> get(String pathOrUrl, String... headers) {
        return send(builder(pathOrUrl, headers).GET().build());
    }

    HttpResponse<String> delete(String pathOrUrl, String... headers) {
        return send(builder(pathOrUrl, headers).DELETE().build());
    }

    /** The body as JSON. */
    static JsonNode json(HttpResponse<String> response) {
        return GeminiHttp.json(response.body());
    }

    private HttpRequest.Builder builder(String pathOrUrl, String... headers) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : server.baseUrl() + pathOrUrl;
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return GeminiHttp.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
