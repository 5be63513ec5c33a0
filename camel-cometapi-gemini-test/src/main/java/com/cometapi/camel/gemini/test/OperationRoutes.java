package com.cometapi.camel.gemini.test;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which of the mock's endpoints beside generate and stream a request is for: {@code countTokens},
 * {@code embedContent}, {@code batchEmbedContents}, the Files API and the context caches.
 */
final class OperationRoutes {

    /** What the mock serves, for the 404 of any other request. */
    static final String SERVED = "POST /{apiVersion}/models/{model}:generateContent, :streamGenerateContent, "
            + ":countTokens, :embedContent and :batchEmbedContents; POST /upload/{apiVersion}/files and "
            + "GET /{apiVersion}/files/{id}; POST /{apiVersion}/cachedContents and GET or DELETE "
            + "/{apiVersion}/cachedContents/{id}";

    private static final Pattern UPLOAD = Pattern.compile("^/upload/([^/]+)/files$");
    private static final Pattern FILE = Pattern.compile("^/([^/]+)/files/([^/]+)$");
    private static final Pattern CACHES = Pattern.compile("^/([^/]+)/cachedContents$");
    private static final Pattern CACHE = Pattern.compile("^/([^/]+)/cachedContents/([^/]+)$");

    private final MockTokenCounts tokenCounts;
    private final MockEmbeddings embeddings;
    private final MockFiles files;
    private final MockCaches caches;
    private final Supplier<String> baseUrl;

    OperationRoutes(MockTokenCounts tokenCounts, MockEmbeddings embeddings, MockFiles files, MockCaches caches,
                    Supplier<String> baseUrl) {
        this.tokenCounts = tokenCounts;
        this.embeddings = embeddings;
        this.files = files;
        this.caches = caches;
        this.baseUrl = baseUrl;
    }

    /** What answers this request, or null when it is for none of these endpoints. */
    Supplier<Rendered> route(RecordedRequest request) {
        String method = request.method();
        String path = request.path();
        if ("POST".equals(method) && request.model() != null) {
            switch (request.operation()) {
                case "countTokens":
                    return jsonObject(request, () -> tokenCounts.serve(request));
                case "embedContent":
                    return jsonObject(request, () -> embeddings.embed(request));
                case "batchEmbedContents":
                    return jsonObject(request, () -> embeddings.batch(request));
                default:
                    return null;
            }
        }
        Matcher m = UPLOAD.matcher(path);
        if (m.matches() && ("POST".equals(method) || "PUT".equals(method) && request.queryParameter("upload_id") != null)) {
            String apiVersion = m.group(1);
            return () -> files.upload(request, apiVersion, baseUrl.get());
        }
        m = FILE.matcher(path);
        if (m.matches() && "GET".equals(method)) {
            String id = m.group(2);
            return () -> files.get(request, id, baseUrl.get());
        }
        if (CACHES.matcher(path).matches() && "POST".equals(method)) {
            return jsonObject(request, () -> caches.create(request));
        }
        m = CACHE.matcher(path);
        if (m.matches() && ("GET".equals(method) || "DELETE".equals(method))) {
            String id = m.group(2);
            return "GET".equals(method) ? () -> caches.get(request, id) : () -> caches.delete(request, id);
        }
        return null;
    }

    private static Supplier<Rendered> jsonObject(RecordedRequest request, Supplier<Rendered> serve) {
        return () -> request.parsedBody().isObject() ? serve.get()
                : ReplyRenderer.error(400, "INVALID_ARGUMENT", "Invalid JSON payload received. Expected a JSON object.");
    }
}
