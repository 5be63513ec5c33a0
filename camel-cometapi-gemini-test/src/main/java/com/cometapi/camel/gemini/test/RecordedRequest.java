package com.cometapi.camel.gemini.test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * One HTTP request as {@link MockGeminiServer} received it. Immutable; safe to read from any thread.
 */
public final class RecordedRequest {

    /** {@code /{apiVersion}/models/{model}:{operation}}. */
    private static final Pattern GEMINI_PATH = Pattern.compile("^/([^/]+)/models/([^/:]+):([A-Za-z]+)$");

    private final int sequenceNumber;
    private final String method;
    private final String path;
    private final String query;
    private final String apiVersion;
    private final String model;
    private final String operation;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private volatile String bodyText;
    private volatile JsonNode bodyJson;

    /**
     * @param body the bytes as received, kept as they are (not copied: an uploaded file may be large) and decoded only
     *             when {@link #body()} or {@link #bodyJson()} is asked for
     */
    RecordedRequest(int sequenceNumber, String method, String path, String query, Map<String, List<String>> headers,
                    byte[] body) {
        this.sequenceNumber = sequenceNumber;
        this.method = method;
        this.path = path;
        this.query = query;
        this.body = body;
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = Collections.unmodifiableMap(copy);
        Matcher m = GEMINI_PATH.matcher(path);
        boolean matches = m.matches();
        this.apiVersion = matches ? m.group(1) : null;
        this.model = matches ? URLDecoder.decode(m.group(2), StandardCharsets.UTF_8) : null;
        this.operation = matches ? m.group(3) : null;
    }

    /** Position of this request since the server started or was last {@link MockGeminiServer#reset() reset}, from 1. */
    public int sequenceNumber() {
        return sequenceNumber;
    }

    /** HTTP method, e.g. {@code POST}. */
    public String method() {
        return method;
    }

    /** Request path without the query string, e.g. {@code /v1beta/models/gemini-2.5-flash:generateContent}. */
    public String path() {
        return path;
    }

    /** Raw query string (e.g. {@code alt=sse}), or null when the URI had none. */
    public String query() {
        return query;
    }

    /** First value of one query parameter (decoded), or null when absent. */
    public String queryParameter(String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The {@code {apiVersion}} segment of a Gemini path (e.g. {@code v1beta}), or null for other paths. */
    public String apiVersion() {
        return apiVersion;
    }

    /** The {@code {model}} of a Gemini path (e.g. {@code gemini-2.5-flash}), or null for other paths. */
    public String model() {
        return model;
    }

    /**
     * Whatever followed the colon of a Gemini path: {@code generateContent}, {@code streamGenerateContent},
     * {@code countTokens}, {@code embedContent}, {@code batchEmbedContents}; null for other paths.
     */
    public String operation() {
        return operation;
    }

    /** True when this request asked for {@code streamGenerateContent}. */
    public boolean isStream() {
        return "streamGenerateContent".equals(operation);
    }

    /** First value of a request header, name matched case-insensitively; null when absent. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** All request headers; keys are case-insensitive. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** Request body decoded as UTF-8 (empty string when there was none). */
    public String body() {
        String text = bodyText;
        if (text == null) {
            text = new String(body, StandardCharsets.UTF_8);
            bodyText = text;
        }
        return text;
    }

    /** Request body as received, e.g. the bytes of a file upload (a copy). */
    public byte[] bodyBytes() {
        return body.clone();
    }

    /** Length of the request body in bytes. */
    public int bodySize() {
        return body.length;
    }

    /** The body array itself, not a copy, for the mock's own use (hashing an upload); never modified. */
    byte[] bodyBuffer() {
        return body;
    }

    /**
     * Request body parsed as JSON.
     *
     * @throws IllegalStateException when the body is not JSON
     */
    public JsonNode bodyJson() {
        JsonNode node = bodyJson;
        if (node == null) {
            try {
                node = Json.parse(body(), "Request body");
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            bodyJson = node;
        }
        return node;
    }

    /**
     * The text parts of the last entry of {@code contents}, joined with a newline: what the user just asked.
     * Empty when the body has no text there (or is not JSON).
     */
    public String promptText() {
        JsonNode contents = parsedBody().path("contents");
        if (!contents.isArray() || contents.isEmpty()) {
            return "";
        }
        return String.join("\n", RequestText.texts(contents.get(contents.size() - 1)));
    }

    /** Every text part of the request ({@code systemInstruction} and all turns), for token estimates. */
    String allText() {
        return RequestText.all(parsedBody());
    }

    /** The parsed body, or a {@code MissingNode} when it is not JSON (never null). */
    JsonNode parsedBody() {
        try {
            return bodyJson();
        } catch (IllegalStateException e) {
            return MissingNode.getInstance();
        }
    }

    @Override
    public String toString() {
        return "#" + sequenceNumber + " " + method + " " + path;
    }
}
