package com.cometapi.camel.gemini.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Turns a {@link MockReply} into what goes on the wire for one request, unary or streamed. */
final class ReplyRenderer {

    private ReplyRenderer() {
    }

    static Rendered render(MockReply reply, RecordedRequest request) {
        boolean stream = request.isStream();
        switch (reply.kind) {
            case CONTENT:
                return stream ? sse(reply, Json.array().addAll(ResponseBodies.contentEvents(reply, request)))
                        : unary(reply, 200, Json.pretty(ResponseBodies.content(reply, request)));
            case BLOCKED:
                JsonNode blocked = ResponseBodies.blocked(reply, request);
                return stream ? sse(reply, Json.array().add(blocked)) : unary(reply, 200, Json.pretty(blocked));
            case ERROR:
                return errorReply(reply);
            case JSON:
                return stream ? sse(reply, Json.array().add(Json.parse(utf8(reply.rawBody), "Reply body")))
                        : bytes(reply, 200, MockGeminiServer.JSON_CONTENT_TYPE, List.of(reply.rawBody), false);
            case EVENTS:
                return stream ? events(reply) : reply.error != null ? errorReply(reply)
                        : unary(reply, 200, Json.pretty(ResponseBodies.merge(reply.events)));
            case RAW_SSE:
                return bytes(reply, 200, MockGeminiServer.SSE_CONTENT_TYPE, SseFrames.split(reply.rawBody), true);
            case RAW:
            default:
                return bytes(reply, reply.rawStatus, reply.rawContentType, List.of(reply.rawBody), false);
        }
    }

    /** The answer Google gives to a missing or wrong API key. */
    static Rendered apiKeyInvalid(String suppliedKey) {
        List<JsonNode> details = new ArrayList<>();
        details.add(Json.object().put("@type", "type.googleapis.com/google.rpc.ErrorInfo")
                .put("reason", "API_KEY_INVALID").put("domain", "googleapis.com")
                .set("metadata", Json.object().put("service", "generativelanguage.googleapis.com")));
        details.add(Json.object().put("@type", "type.googleapis.com/google.rpc.LocalizedMessage")
                .put("locale", "en-US").put("message", MockGeminiServer.API_KEY_INVALID_MESSAGE));
        if (suppliedKey != null) {
            // Google echoes the key it got: lets a client prove it redacts keys from its messages
            details.add(Json.object().put("@type", "type.googleapis.com/google.rpc.DebugInfo")
                    .put("detail", "Invalid API key: " + suppliedKey));
        }
        MockReply.ErrorSpec error = new MockReply.ErrorSpec(400, "INVALID_ARGUMENT",
                MockGeminiServer.API_KEY_INVALID_MESSAGE);
        return plainError(error, details);
    }

    /** A Google error body for requests that are not Gemini calls or not JSON. */
    static Rendered plainError(MockReply.ErrorSpec error, List<JsonNode> details) {
        return json(error.code(), ResponseBodies.error(error, details), List.of());
    }

    /** A Google error body with no details: {@code error(400, "INVALID_ARGUMENT", "...")}. */
    static Rendered error(int code, String status, String message) {
        return plainError(new MockReply.ErrorSpec(code, status, message), List.of());
    }

    /** A JSON body, pretty-printed as Google's front end writes it, with Google's headers and these extra ones. */
    static Rendered json(int status, JsonNode body, List<Map.Entry<String, String>> extraHeaders) {
        byte[] bytes = (Json.pretty(body) + "\n").getBytes(StandardCharsets.UTF_8);
        return new Rendered(status, MockGeminiServer.JSON_CONTENT_TYPE, googleHeadersAnd(extraHeaders),
                List.of(bytes), false, Duration.ZERO, Duration.ZERO, Map.of());
    }

    /** No body, only a status and headers (what the start of a resumable upload answers). */
    static Rendered empty(int status, List<Map.Entry<String, String>> extraHeaders) {
        return new Rendered(status, null, googleHeadersAnd(extraHeaders), List.of(new byte[0]), false, Duration.ZERO,
                Duration.ZERO, Map.of());
    }

    private static List<Map.Entry<String, String>> googleHeadersAnd(List<Map.Entry<String, String>> extraHeaders) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(MockGeminiServer.GOOGLE_HEADERS);
        headers.addAll(extraHeaders);
        return headers;
    }

    private static Rendered errorReply(MockReply reply) {
        String body = Json.pretty(ResponseBodies.error(reply.error, reply.errorDetails)) + "\n";
        return unary(reply, reply.error.code(), body);
    }

    private static Rendered unary(MockReply reply, int status, String body) {
        return bytes(reply, status, MockGeminiServer.JSON_CONTENT_TYPE, List.of(body.getBytes(StandardCharsets.UTF_8)),
                false);
    }

    private static Rendered sse(MockReply reply, Iterable<JsonNode> events) {
        List<byte[]> frames = new ArrayList<>();
        events.forEach(event -> frames.add(SseFrames.event(Json.oneLine(event))));
        return bytes(reply, 200, MockGeminiServer.SSE_CONTENT_TYPE, frames, true);
    }

    private static Rendered events(MockReply reply) {
        List<byte[]> frames = new ArrayList<>();
        reply.events.forEach(event -> frames.add(SseFrames.event(event)));
        if (reply.error != null) {
            String block = Json.pretty(ResponseBodies.error(reply.error, reply.errorDetails)) + "\n";
            frames.add(block.getBytes(StandardCharsets.UTF_8));
        }
        return bytes(reply, 200, MockGeminiServer.SSE_CONTENT_TYPE, frames, true);
    }

    private static Rendered bytes(MockReply reply, int status, String contentType, List<byte[]> frames,
                                  boolean streamed) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(MockGeminiServer.GOOGLE_HEADERS);
        if (streamed) {
            headers.add(Map.entry("Content-Disposition", "attachment"));
        }
        headers.addAll(reply.headers);
        return new Rendered(status, contentType, headers, frames, streamed, reply.delay, reply.eventDelay,
                reply.eventGates);
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
