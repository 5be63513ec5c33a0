package com.cometapi.camel.gemini.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer given when nothing is queued and no default reply is set: deterministic, derived from the request, so
 * the same prompt always gets the same answer (only {@code responseId} differs). Streamed, it arrives the way a model
 * writes: one event per word (at most {@value #STREAM_MAX_EVENTS}), {@link #STREAM_EVENT_DELAY} apart, so a demo
 * visibly streams ({@code curl -N}) and a route sees several chunks.
 */
final class DefaultReplies {

    static final String PREFIX = "Mock Gemini answer to: ";
    static final int STREAM_MAX_EVENTS = 12;
    static final Duration STREAM_EVENT_DELAY = Duration.ofMillis(60);

    private static final int MAX_ECHO = 200;

    /** Sample rate of a speech answer, as Gemini's text-to-speech models send: 24 kHz, 16-bit mono PCM. */
    static final int SPEECH_SAMPLE_RATE = 24_000;
    static final int SPEECH_MAX_WORDS = 20;

    private DefaultReplies() {
    }

    static MockReply forRequest(RecordedRequest request) {
        JsonNode body = request.parsedBody();
        String prompt = request.promptText();
        String answer = answer(prompt, body);
        JsonNode config = body.path("generationConfig");
        String mimeType = config.path("responseMimeType").asText("");
        JsonNode schema = config.has("responseJsonSchema") ? config.path("responseJsonSchema")
                : config.path("responseSchema");
        String text = answer;
        if (mimeType.equalsIgnoreCase("application/json")) {
            text = Json.oneLine(SchemaSampler.sample(schema, answer, Text.wordCount(prompt)));
        } else if (mimeType.equalsIgnoreCase("text/x.enum") && schema.path("enum").size() > 0) {
            text = schema.path("enum").path(0).asText();
        }
        if (asksForSpeechOnly(config)) {
            return MockReply.audio(SPEECH_SAMPLE_RATE, speech(prompt));
        }
        MockReply reply = MockReply.text(text);
        if (hasGoogleSearch(body)) {
            Map<String, String> sources = new LinkedHashMap<>();
            sources.put("https://example.com/mock-source-1", "example.com");
            sources.put("https://example.com/mock-source-2", "example.com");
            String query = Text.abbreviate(prompt.isBlank() ? "mock search" : prompt, 80);
            reply = reply.withGrounding(List.of(query), sources);
        }
        if (request.isStream()) {
            reply = reply.withStreamChunks(Math.max(1, Math.min(STREAM_MAX_EVENTS, Text.wordCount(text))))
                    .withEventDelay(STREAM_EVENT_DELAY);
        }
        return reply;
    }

    private static String answer(String prompt, JsonNode body) {
        if (!prompt.isBlank()) {
            return PREFIX + Text.abbreviate(prompt, MAX_ECHO);
        }
        List<String> results = functionResults(body);
        if (!results.isEmpty()) {
            return "Mock Gemini answer using " + String.join(", ", results);
        }
        return PREFIX + "(no text)";
    }

    /** The {@code functionResponse} parts of the last turn, as {@code name -> response} text. */
    private static List<String> functionResults(JsonNode body) {
        List<String> results = new ArrayList<>();
        JsonNode contents = body.path("contents");
        for (JsonNode part : contents.path(contents.size() - 1).path("parts")) {
            JsonNode response = part.path("functionResponse");
            if (response.isObject()) {
                results.add(response.path("name").asText() + " -> "
                        + Text.abbreviate(Json.oneLine(response.path("response")), MAX_ECHO));
            }
        }
        return results;
    }

    private static boolean hasGoogleSearch(JsonNode body) {
        for (JsonNode tool : body.path("tools")) {
            if (tool.has("googleSearch") || tool.has("google_search") || tool.has("googleSearchRetrieval")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code responseModalities} asks for audio and nothing else, as a text-to-speech request does. */
    private static boolean asksForSpeechOnly(JsonNode config) {
        JsonNode modalities = config.path("responseModalities");
        if (!modalities.isArray() || modalities.isEmpty()) {
            return false;
        }
        for (JsonNode modality : modalities) {
            if (!modality.asText().equalsIgnoreCase("AUDIO")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Deterministic "speech": a quiet 440 Hz tone, a fifth of a second per word of the prompt (1 to
     * {@value #SPEECH_MAX_WORDS} words), as 16-bit little-endian mono PCM at {@value #SPEECH_SAMPLE_RATE} Hz.
     */
    static byte[] speech(String prompt) {
        int words = Math.max(1, Math.min(SPEECH_MAX_WORDS, Text.wordCount(prompt)));
        int samples = words * SPEECH_SAMPLE_RATE / 5;
        byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            short value = (short) Math.round(4000 * Math.sin(2 * Math.PI * 440 * i / SPEECH_SAMPLE_RATE));
            pcm[2 * i] = (byte) value;
            pcm[2 * i + 1] = (byte) (value >> 8);
        }
        return pcm;
    }
}
