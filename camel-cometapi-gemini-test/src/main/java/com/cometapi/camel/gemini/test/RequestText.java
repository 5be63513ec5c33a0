package com.cometapi.camel.gemini.test;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The text a Gemini request carries: what the mock's token estimates and embeddings are computed from. */
final class RequestText {

    private RequestText() {
    }

    /**
     * The mock's deterministic token estimate for a {@code GenerateContentRequest}-shaped object: the whitespace-separated
     * words of all its text parts. Generate answers count their prompt this way too, so a test that counts tokens and
     * then generates sees the same number twice.
     */
    static int estimateTokens(JsonNode request) {
        return Text.wordCount(all(request));
    }

    /**
     * Every text part of a {@code GenerateContentRequest}-shaped object ({@code systemInstruction}, then each of
     * {@code contents}), joined with a newline.
     */
    static String all(JsonNode request) {
        List<String> all = new ArrayList<>(texts(request.path("systemInstruction")));
        for (JsonNode content : request.path("contents")) {
            all.addAll(texts(content));
        }
        return String.join("\n", all);
    }

    /** The text parts of one {@code Content}, thought summaries left out. */
    static List<String> texts(JsonNode content) {
        List<String> texts = new ArrayList<>();
        for (JsonNode part : content.path("parts")) {
            if (part.path("text").isTextual() && !part.path("thought").asBoolean(false)) {
                texts.add(part.path("text").asText());
            }
        }
        return texts;
    }
}
