package com.cometapi.camel.gemini.test;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds the JSON bodies Gemini sends: {@code GenerateContentResponse} (whole or per event) and error bodies. */
final class ResponseBodies {

    private static final String[] SAFETY_CATEGORIES = {
        "HARM_CATEGORY_SEXUALLY_EXPLICIT", "HARM_CATEGORY_HATE_SPEECH", "HARM_CATEGORY_HARASSMENT",
        "HARM_CATEGORY_DANGEROUS_CONTENT"
    };

    private ResponseBodies() {
    }

    /** The whole answer of a text / function call / image reply. */
    static ObjectNode content(MockReply reply, RecordedRequest request) {
        List<JsonNode> parts = new ArrayList<>();
        if (reply.thought != null) {
            parts.add(thoughtPart(reply.thought));
        }
        if (reply.text != null) {
            parts.add(textPart(reply.text));
        }
        if (reply.imageData != null) {
            parts.add(imagePart(reply));
        }
        reply.functionCalls.forEach(call -> parts.add(functionCallPart(call)));
        if (parts.isEmpty()) {
            parts.add(textPart(""));
        }
        MockReply.Usage usage = usage(reply, request);
        return response(finalCandidate(reply, parts), usage(usage, usage.candidates(), reply.cachedContentTokens),
                request);
    }

    /**
     * The answer as stream events: a thought event, the text in a few word-aligned events, an image event, a function
     * call event. Usage is a running total in every event; finish reason, citations and grounding come last.
     */
    static List<ObjectNode> contentEvents(MockReply reply, RecordedRequest request) {
        List<List<JsonNode>> eventParts = new ArrayList<>();
        List<Integer> wordsSoFar = new ArrayList<>();
        int words = 0;
        if (reply.thought != null) {
            eventParts.add(List.of(thoughtPart(reply.thought)));
            wordsSoFar.add(words);
        }
        if (reply.text != null) {
            for (String piece : Text.split(reply.text, reply.streamChunks)) {
                eventParts.add(List.of(textPart(piece)));
                words += Text.wordCount(piece);
                wordsSoFar.add(words);
            }
        }
        if (reply.imageData != null) {
            eventParts.add(List.of(imagePart(reply)));
            wordsSoFar.add(words);
        }
        if (!reply.functionCalls.isEmpty()) {
            List<JsonNode> calls = new ArrayList<>();
            reply.functionCalls.forEach(call -> calls.add(functionCallPart(call)));
            eventParts.add(calls);
            wordsSoFar.add(words);
        }
        if (eventParts.isEmpty()) {
            eventParts.add(List.of(textPart("")));
            wordsSoFar.add(0);
        }
        MockReply.Usage usage = usage(reply, request);
        int totalWords = Math.max(1, words);
        List<ObjectNode> events = new ArrayList<>();
        for (int i = 0; i < eventParts.size(); i++) {
            boolean last = i == eventParts.size() - 1;
            ObjectNode candidate = last ? finalCandidate(reply, eventParts.get(i)) : candidate(eventParts.get(i));
            int candidatesSoFar = last ? usage.candidates()
                    : (int) ((long) usage.candidates() * wordsSoFar.get(i) / totalWords);
            events.add(response(candidate, usage(usage, candidatesSoFar, reply.cachedContentTokens), request));
        }
        return events;
    }

    /** A blocked prompt: prompt feedback and usage, no candidates. */
    static ObjectNode blocked(MockReply reply, RecordedRequest request) {
        ObjectNode body = Json.object();
        ObjectNode feedback = body.putObject("promptFeedback").put("blockReason", reply.blockReason);
        ArrayNode ratings = feedback.putArray("safetyRatings");
        for (String category : SAFETY_CATEGORIES) {
            boolean high = "SAFETY".equals(reply.blockReason) && category.equals("HARM_CATEGORY_HATE_SPEECH");
            ratings.addObject().put("category", category).put("probability", high ? "HIGH" : "NEGLIGIBLE");
        }
        int prompt = reply.usage != null ? reply.usage.prompt()
                : Text.wordCount(request.allText()) + reply.cachedContentTokens;
        body.set("usageMetadata", usage(new MockReply.Usage(prompt, 0, 0), 0, reply.cachedContentTokens)
                .without("candidatesTokenCount"));
        return withModel(body, request);
    }

    /** {@code {"error": {"code": .., "message": .., "status": .., "details": [..]}}}. */
    static ObjectNode error(MockReply.ErrorSpec error, List<JsonNode> details) {
        ObjectNode body = Json.object();
        ObjectNode inner = body.putObject("error").put("code", error.code()).put("message", error.message())
                .put("status", error.status());
        if (!details.isEmpty()) {
            inner.putArray("details").addAll(details);
        }
        return body;
    }

    /**
     * One response from several stream events: the last event, with the candidate parts of all events (adjacent
     * plain texts joined), which is what a unary call would have answered.
     */
    static ObjectNode merge(List<String> eventJsons) {
        if (eventJsons.isEmpty()) {
            return Json.object();
        }
        List<JsonNode> parts = new ArrayList<>();
        for (String event : eventJsons) {
            for (JsonNode part : Json.parse(event, "Stream event").path("candidates").path(0).path("content")
                    .path("parts")) {
                appendMerging(parts, part.deepCopy());
            }
        }
        ObjectNode merged = (ObjectNode) Json.parse(eventJsons.get(eventJsons.size() - 1), "Stream event");
        JsonNode content = merged.path("candidates").path(0).path("content");
        if (content.isObject()) {
            ((ObjectNode) content).putArray("parts").addAll(parts);
        }
        return merged;
    }

    private static void appendMerging(List<JsonNode> parts, JsonNode part) {
        if (!parts.isEmpty() && isPlainText(part) && isPlainText(parts.get(parts.size() - 1))
                && parts.get(parts.size() - 1).path("thought").asBoolean() == part.path("thought").asBoolean()) {
            ObjectNode previous = (ObjectNode) parts.get(parts.size() - 1);
            previous.put("text", previous.path("text").asText() + part.path("text").asText());
        } else {
            parts.add(part);
        }
    }

    private static boolean isPlainText(JsonNode part) {
        int expected = part.has("thought") ? 2 : 1;
        return part.path("text").isTextual() && part.size() == expected;
    }

    private static ObjectNode response(ObjectNode candidate, ObjectNode usage, RecordedRequest request) {
        ObjectNode body = Json.object();
        body.putArray("candidates").add(candidate);
        body.set("usageMetadata", usage);
        return withModel(body, request);
    }

    private static ObjectNode withModel(ObjectNode body, RecordedRequest request) {
        if (request.model() != null) {
            body.put("modelVersion", request.model());
        }
        return body.put("responseId", "mock-" + request.sequenceNumber());
    }

    private static ObjectNode candidate(List<JsonNode> parts) {
        ObjectNode candidate = Json.object();
        ObjectNode content = candidate.putObject("content");
        content.putArray("parts").addAll(parts);
        content.put("role", "model");
        return candidate;
    }

    private static ObjectNode finalCandidate(MockReply reply, List<JsonNode> parts) {
        ObjectNode candidate = candidate(parts);
        if (reply.finishReason != null) {
            candidate.put("finishReason", reply.finishReason);
        }
        if (reply.finishMessage != null) {
            candidate.put("finishMessage", reply.finishMessage);
        }
        if (!reply.citations.isEmpty()) {
            ArrayNode sources = candidate.putObject("citationMetadata").putArray("citationSources");
            reply.citations.forEach(c -> sources.addObject().put("startIndex", c.startIndex())
                    .put("endIndex", c.endIndex()).put("uri", c.uri()));
        }
        if (reply.grounding != null) {
            candidate.set("groundingMetadata", GroundingJson.build(reply.grounding, reply.text));
        }
        return candidate.put("index", 0);
    }

    private static MockReply.Usage usage(MockReply reply, RecordedRequest request) {
        if (reply.usage != null) {
            return reply.usage;
        }
        int candidates = Text.wordCount(reply.text) + reply.functionCalls.size() + (reply.imageData != null ? 1 : 0);
        return new MockReply.Usage(Text.wordCount(request.allText()) + reply.cachedContentTokens, candidates,
                Text.wordCount(reply.thought));
    }

    private static ObjectNode usage(MockReply.Usage usage, int candidatesSoFar, int cachedTokens) {
        ObjectNode node = Json.object().put("promptTokenCount", usage.prompt())
                .put("candidatesTokenCount", candidatesSoFar)
                .put("totalTokenCount", usage.prompt() + candidatesSoFar + usage.thoughts());
        if (cachedTokens > 0) {
            node.put("cachedContentTokenCount", cachedTokens);
        }
        node.putArray("promptTokensDetails").addObject().put("modality", "TEXT").put("tokenCount", usage.prompt());
        if (cachedTokens > 0) {
            node.putArray("cacheTokensDetails").addObject().put("modality", "TEXT").put("tokenCount", cachedTokens);
        }
        if (usage.thoughts() > 0) {
            node.put("thoughtsTokenCount", usage.thoughts());
        }
        return node;
    }

    private static ObjectNode textPart(String text) {
        return Json.object().put("text", text);
    }

    private static ObjectNode thoughtPart(String summary) {
        return textPart(summary).put("thought", true);
    }

    private static ObjectNode imagePart(MockReply reply) {
        ObjectNode part = Json.object();
        part.putObject("inlineData").put("mimeType", reply.imageMimeType)
                .put("data", Base64.getEncoder().encodeToString(reply.imageData));
        return part;
    }

    private static ObjectNode functionCallPart(MockReply.FunctionCallSpec call) {
        ObjectNode part = Json.object();
        ObjectNode functionCall = part.putObject("functionCall");
        if (call.id() != null) {
            functionCall.put("id", call.id());
        }
        functionCall.put("name", call.name()).set("args", call.args().deepCopy());
        if (call.thoughtSignature() != null) {
            part.put("thoughtSignature", call.thoughtSignature());
        }
        return part;
    }
}
