package com.cometapi.camel.gemini.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One scripted answer of {@link MockGeminiServer}: built with a static factory, refined with {@code with...} methods.
 * <p>
 * Immutable: every {@code with...} method returns a new instance, so a reply can be kept in a constant and enqueued
 * many times. The same reply answers both endpoints: on {@code generateContent} it is one JSON body, on
 * {@code streamGenerateContent} it is split into SSE events the way Gemini streams ({@code data: {json}\r\n\r\n},
 * usage totals in every event, finish reason and grounding only in the last).
 *
 * <pre>{@code
 * gemini.enqueue(MockReply.text("Paris").withUsage(7, 1, 0));
 * gemini.enqueue(MockReply.functionCall("get_weather", Map.of("city", "Paris")).withCallId("c1"));
 * gemini.enqueue(MockReply.error(429, "RESOURCE_EXHAUSTED", "Quota exceeded").withRetryDelay("2s"));
 * gemini.enqueue(MockReply.text("one two three four").withEventDelay(Duration.ofMillis(50)));
 * }</pre>
 */
public final class MockReply {

    enum Kind {
        CONTENT("text/functionCall/image"), BLOCKED("blocked"), ERROR("error"), RAW("raw"), JSON("json"),
        EVENTS("stream"), RAW_SSE("rawSse");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    record FunctionCallSpec(String name, JsonNode args, String id, String thoughtSignature) {
    }

    record Citation(String uri, int startIndex, int endIndex) {
    }

    record Grounding(List<String> webSearchQueries, Map<String, String> sources) {
    }

    record Usage(int prompt, int candidates, int thoughts) {
    }

    record ErrorSpec(int code, String status, String message) {
    }

    final Kind kind;

    // CONTENT
    String text;
    String thought;
    List<FunctionCallSpec> functionCalls = List.of();
    String imageMimeType;
    byte[] imageData;
    String finishReason = "STOP";
    String finishMessage;
    Grounding grounding;
    List<Citation> citations = List.of();
    int streamChunks = 3;

    // CONTENT and BLOCKED
    Usage usage;
    int cachedContentTokens;

    // BLOCKED
    String blockReason;

    // ERROR, and the trailing error block of EVENTS
    ErrorSpec error;
    List<JsonNode> errorDetails = List.of();

    // RAW, JSON, RAW_SSE
    int rawStatus = 200;
    String rawContentType;
    byte[] rawBody;

    // EVENTS
    List<String> events = List.of();

    // all kinds
    List<Map.Entry<String, String>> headers = List.of();
    Duration delay = Duration.ZERO;
    Duration eventDelay = Duration.ZERO;
    Map<Integer, CountDownLatch> eventGates = Map.of();

    private MockReply(Kind kind) {
        this.kind = kind;
    }

    private MockReply(MockReply other) {
        this.kind = other.kind;
        this.text = other.text;
        this.thought = other.thought;
        this.functionCalls = other.functionCalls;
        this.imageMimeType = other.imageMimeType;
        this.imageData = other.imageData;
        this.finishReason = other.finishReason;
        this.finishMessage = other.finishMessage;
        this.grounding = other.grounding;
        this.citations = other.citations;
        this.streamChunks = other.streamChunks;
        this.usage = other.usage;
        this.cachedContentTokens = other.cachedContentTokens;
        this.blockReason = other.blockReason;
        this.error = other.error;
        this.errorDetails = other.errorDetails;
        this.rawStatus = other.rawStatus;
        this.rawContentType = other.rawContentType;
        this.rawBody = other.rawBody;
        this.events = other.events;
        this.headers = other.headers;
        this.delay = other.delay;
        this.eventDelay = other.eventDelay;
        this.eventGates = other.eventGates;
    }

    // ---------------------------------------------------------------- factories

    /**
     * A model answer: one candidate, role {@code model}, one text part, finish reason {@code STOP}, usage counted
     * from the words of the request and of the answer, {@code modelVersion} = the requested model.
     */
    public static MockReply text(String text) {
        MockReply reply = new MockReply(Kind.CONTENT);
        reply.text = Objects.requireNonNull(text, "text");
        return reply;
    }

    /**
     * A function call part ({@code {"functionCall":{"name":..,"args":{..}}}}), finish reason {@code STOP}. Add
     * parallel calls with {@link #andFunctionCall(String, Map)}.
     *
     * @param args the call's arguments (any Jackson-serialisable values); null or empty gives {@code "args": {}}
     */
    public static MockReply functionCall(String name, Map<String, ?> args) {
        return new MockReply(Kind.CONTENT).andFunctionCall(name, args);
    }

    /** An image answer: one {@code inlineData} part (base64 on the wire). Add a caption with {@link #withText}. */
    public static MockReply image(String mimeType, byte[] data) {
        MockReply reply = new MockReply(Kind.CONTENT);
        reply.imageMimeType = Objects.requireNonNull(mimeType, "mimeType");
        reply.imageData = data.clone();
        return reply;
    }

    /**
     * A speech answer as Gemini's text-to-speech models give it: one {@code inlineData} part of raw 16-bit
     * little-endian mono PCM, MIME type {@code audio/L16;codec=pcm;rate=<sampleRate>}.
     */
    public static MockReply audio(int sampleRate, byte[] pcm) {
        return image("audio/L16;codec=pcm;rate=" + sampleRate, pcm);
    }

    /**
     * A blocked prompt: HTTP 200 with {@code promptFeedback {blockReason, safetyRatings}} and usage, no candidates.
     *
     * @param blockReason e.g. {@code SAFETY}, {@code PROHIBITED_CONTENT}, {@code OTHER}
     */
    public static MockReply blocked(String blockReason) {
        MockReply reply = new MockReply(Kind.BLOCKED);
        reply.blockReason = Objects.requireNonNull(blockReason, "blockReason");
        return reply;
    }

    /**
     * An HTTP error with Google's body {@code {"error":{"code":..,"message":..,"status":..}}}, on either endpoint.
     *
     * @param httpStatus the HTTP status, also the body's {@code code}, e.g. 429
     * @param status     the {@code google.rpc.Code} name, e.g. {@code RESOURCE_EXHAUSTED}
     */
    public static MockReply error(int httpStatus, String status, String message) {
        MockReply reply = new MockReply(Kind.ERROR);
        reply.error = new ErrorSpec(httpStatus, Objects.requireNonNull(status, "status"),
                Objects.requireNonNull(message, "message"));
        return reply;
    }

    /** Any status, content type and body, sent as is (an HTML 404 page, malformed JSON, ...). */
    public static MockReply raw(int httpStatus, String contentType, String body) {
        MockReply reply = new MockReply(Kind.RAW);
        reply.rawStatus = httpStatus;
        reply.rawContentType = contentType;
        reply.rawBody = body.getBytes(StandardCharsets.UTF_8);
        return reply;
    }

    /**
     * HTTP 200 with exactly this {@code GenerateContentResponse} body. On the stream endpoint it is sent as one SSE
     * event (re-written on one line if it spans several).
     */
    public static MockReply json(String responseJson) {
        Json.parse(responseJson, "MockReply.json body");
        MockReply reply = new MockReply(Kind.JSON);
        reply.rawContentType = MockGeminiServer.JSON_CONTENT_TYPE;
        reply.rawBody = responseJson.getBytes(StandardCharsets.UTF_8);
        return reply;
    }

    /**
     * A stream of these events, each sent verbatim as {@code data: <json>\r\n\r\n}. On {@code generateContent} the
     * events are merged into one response: the last event with the parts of all events (adjacent texts joined).
     *
     * @param eventJsons one {@code GenerateContentResponse} JSON per event, each on one line
     */
    public static MockReply stream(String... eventJsons) {
        return streamThenError(Arrays.asList(eventJsons), null);
    }

    /**
     * These events, then a bare multi-line {@code {"error": {...}}} block with no {@code data:} prefix, the way Gemini
     * reports a failure after the HTTP 200 has gone out. On {@code generateContent}: a plain HTTP error.
     */
    public static MockReply streamThenError(List<String> eventJsons, int code, String status, String message) {
        return streamThenError(eventJsons, new ErrorSpec(code, status, message));
    }

    private static MockReply streamThenError(List<String> eventJsons, ErrorSpec error) {
        for (String event : eventJsons) {
            if (Json.parse(event, "Stream event").isMissingNode() || event.contains("\n") || event.contains("\r")) {
                throw new IllegalArgumentException("A stream event must be one line of JSON: " + event);
            }
        }
        MockReply reply = new MockReply(Kind.EVENTS);
        reply.events = List.copyOf(eventJsons);
        reply.error = error;
        return reply;
    }

    /** Replays a raw SSE body byte for byte (e.g. a recorded stream), one write per event. */
    public static MockReply rawSse(String rawBody) {
        return rawSse(rawBody.getBytes(StandardCharsets.UTF_8));
    }

    /** Replays a raw SSE body byte for byte (e.g. a recorded stream file), one write per event. */
    public static MockReply rawSse(byte[] rawBody) {
        MockReply reply = new MockReply(Kind.RAW_SSE);
        reply.rawContentType = MockGeminiServer.SSE_CONTENT_TYPE;
        reply.rawBody = rawBody.clone();
        return reply;
    }

    // ---------------------------------------------------------------- content refinements

    /** Fixed token counts instead of the word-count estimate; {@code totalTokenCount} is their sum. */
    public MockReply withUsage(int promptTokens, int candidatesTokens, int thoughtsTokens) {
        require("withUsage", Kind.CONTENT, Kind.BLOCKED);
        MockReply copy = new MockReply(this);
        copy.usage = new Usage(promptTokens, candidatesTokens, thoughtsTokens);
        return copy;
    }

    /**
     * Reports this many prompt tokens as read from a context cache: {@code usageMetadata.cachedContentTokenCount} and
     * {@code cacheTokensDetails}. With the estimated usage they are also added to {@code promptTokenCount} (Google
     * counts cached tokens in the prompt); with {@link #withUsage fixed usage} the prompt count stays as given. A generate
     * request naming a cache made on the mock gets this automatically (see {@link MockCaches}).
     */
    public MockReply withCachedContentTokens(int cachedTokens) {
        require("withCachedContentTokens", Kind.CONTENT, Kind.BLOCKED);
        if (cachedTokens < 0) {
            throw new IllegalArgumentException("withCachedContentTokens needs 0 or more tokens, was " + cachedTokens);
        }
        MockReply copy = new MockReply(this);
        copy.cachedContentTokens = cachedTokens;
        return copy;
    }

    /** The candidate's finish reason (default {@code STOP}); any string, e.g. {@code MAX_TOKENS}, {@code SAFETY}. */
    public MockReply withFinishReason(String finishReason) {
        require("withFinishReason", Kind.CONTENT);
        MockReply copy = new MockReply(this);
        copy.finishReason = finishReason;
        return copy;
    }

    /** The candidate's {@code finishMessage}, e.g. {@code "Model generated function call(s)."}. */
    public MockReply withFinishMessage(String finishMessage) {
        require("withFinishMessage", Kind.CONTENT);
        MockReply copy = new MockReply(this);
        copy.finishMessage = finishMessage;
        return copy;
    }

    /** A thought summary: a {@code {"text": summary, "thought": true}} part before the answer (its own first event). */
    public MockReply withThought(String summary) {
        require("withThought", Kind.CONTENT);
        MockReply copy = new MockReply(this);
        copy.thought = Objects.requireNonNull(summary, "summary");
        return copy;
    }

    /** A text part: the caption of an {@link #image} or the text before {@link #functionCall function calls}. */
    public MockReply withText(String text) {
        require("withText", Kind.CONTENT);
        MockReply copy = new MockReply(this);
        copy.text = Objects.requireNonNull(text, "text");
        return copy;
    }

    /**
     * Google Search grounding: {@code groundingMetadata} with {@code webSearchQueries}, one
     * {@code groundingChunks[].web{uri,title}} per source, a {@code searchEntryPoint.renderedContent} and
     * {@code groundingSupports} whose segments (UTF-8 byte offsets into the answer) point at the chunks. When
     * streamed, it comes in the last event only.
     *
     * @param sourcesUriToTitle sources in iteration order (use a {@code LinkedHashMap} or {@code Map.of} for one)
     */
    public MockReply withGrounding(List<String> webSearchQueries, Map<String, String> sourcesUriToTitle) {
        require("withGrounding", Kind.CONTENT);
        MockReply copy = new MockReply(this);
        copy.grounding = new Grounding(List.copyOf(webSearchQueries), new LinkedHashMap<>(sourcesUriToTitle));
        return copy;
    }

    /** Adds a {@code citationMetadata.citationSources} entry (UTF-8 byte offsets into the answer). */
    public MockReply withCitation(String uri, int startIndex, int endIndex) {
        require("withCitation", Kind.CONTENT);
        MockReply copy = new MockReply(this);
        copy.citations = append(citations, new Citation(uri, startIndex, endIndex));
        return copy;
    }

    /** Adds a parallel function call after the existing parts. */
    public MockReply andFunctionCall(String name, Map<String, ?> args) {
        require("andFunctionCall", Kind.CONTENT);
        MockReply copy = new MockReply(this);
        JsonNode argsNode = args == null ? Json.object() : Json.toTree(args);
        copy.functionCalls = append(functionCalls, new FunctionCallSpec(Objects.requireNonNull(name, "name"),
                argsNode, null, null));
        return copy;
    }

    /** Sets the {@code id} of the most recently added function call (Gemini 3 returns ids). */
    public MockReply withCallId(String id) {
        return withLastCall("withCallId", last -> new FunctionCallSpec(last.name(), last.args(), id,
                last.thoughtSignature()));
    }

    /** Sets the {@code thoughtSignature} (base64) of the most recently added function call part. */
    public MockReply withThoughtSignature(String base64) {
        return withLastCall("withThoughtSignature", last -> new FunctionCallSpec(last.name(), last.args(), last.id(),
                base64));
    }

    /** Into how many events (at most) a text answer is split on the stream endpoint; default 3. */
    public MockReply withStreamChunks(int chunks) {
        require("withStreamChunks", Kind.CONTENT);
        if (chunks < 1) {
            throw new IllegalArgumentException("withStreamChunks needs at least 1 chunk, was " + chunks);
        }
        MockReply copy = new MockReply(this);
        copy.streamChunks = chunks;
        return copy;
    }

    // ---------------------------------------------------------------- error refinements

    /** Adds a {@code google.rpc.RetryInfo} detail, e.g. {@code withRetryDelay("34.4s")}. */
    public MockReply withRetryDelay(String retryDelay) {
        ObjectNode detail = Json.object().put("@type", "type.googleapis.com/google.rpc.RetryInfo")
                .put("retryDelay", retryDelay);
        return withErrorDetail("withRetryDelay", detail);
    }

    /**
     * Adds a {@code google.rpc.QuotaFailure} detail with one violation, e.g.
     * {@code GenerateRequestsPerDayPerProjectPerModel-FreeTier}.
     */
    public MockReply withQuotaFailure(String quotaId) {
        ObjectNode violation = Json.object()
                .put("quotaMetric", "generativelanguage.googleapis.com/generate_content_free_tier_requests")
                .put("quotaId", quotaId);
        ObjectNode detail = Json.object().put("@type", "type.googleapis.com/google.rpc.QuotaFailure");
        detail.putArray("violations").add(violation);
        return withErrorDetail("withQuotaFailure", detail);
    }

    /** Adds any detail object (JSON with an {@code @type}) to the error's {@code details}. */
    public MockReply withErrorDetail(String detailJson) {
        return withErrorDetail("withErrorDetail", Json.parse(detailJson, "Error detail"));
    }

    // ---------------------------------------------------------------- transport refinements

    /** Adds an HTTP response header, e.g. {@code withHeader("Retry-After", "3")}. */
    public MockReply withHeader(String name, String value) {
        MockReply copy = new MockReply(this);
        copy.headers = append(headers, Map.entry(name, value));
        return copy;
    }

    /** Waits this long before sending the response status and headers. */
    public MockReply withDelay(Duration delay) {
        MockReply copy = new MockReply(this);
        copy.delay = requireNonNegative(delay, "withDelay");
        return copy;
    }

    /** Waits this long between two SSE events (stream endpoint only). */
    public MockReply withEventDelay(Duration delay) {
        MockReply copy = new MockReply(this);
        copy.eventDelay = requireNonNegative(delay, "withEventDelay");
        return copy;
    }

    /**
     * Holds the stream before event {@code eventIndex} (0-based; a trailing error block counts as an event) until
     * {@code gate} is counted down, the server stops, or a minute passes. Lets a test prove a client handled event
     * {@code k} before event {@code k+1} was even sent, without timing assumptions.
     */
    public MockReply withEventGate(int eventIndex, CountDownLatch gate) {
        MockReply copy = new MockReply(this);
        Map<Integer, CountDownLatch> gates = new LinkedHashMap<>(eventGates);
        gates.put(eventIndex, Objects.requireNonNull(gate, "gate"));
        copy.eventGates = Map.copyOf(gates);
        return copy;
    }

    // ---------------------------------------------------------------- helpers

    private MockReply withErrorDetail(String method, JsonNode detail) {
        if (error == null) {
            throw new IllegalStateException(method + " applies to error replies (MockReply.error or streamThenError), "
                    + "not to a " + kind.label + " reply");
        }
        MockReply copy = new MockReply(this);
        copy.errorDetails = append(errorDetails, detail);
        return copy;
    }

    private MockReply withLastCall(String method, UnaryOperator<FunctionCallSpec> change) {
        if (functionCalls.isEmpty()) {
            throw new IllegalStateException(method + " applies to the last function call: start with "
                    + "MockReply.functionCall(name, args) or add one with andFunctionCall(name, args)");
        }
        MockReply copy = new MockReply(this);
        List<FunctionCallSpec> calls = new ArrayList<>(functionCalls);
        calls.set(calls.size() - 1, change.apply(calls.get(calls.size() - 1)));
        copy.functionCalls = List.copyOf(calls);
        return copy;
    }

    private void require(String method, Kind... allowed) {
        for (Kind k : allowed) {
            if (k == kind) {
                return;
            }
        }
        StringJoiner labels = new StringJoiner(" or ");
        for (Kind k : allowed) {
            labels.add(k.label);
        }
        throw new IllegalStateException(method + " applies to " + labels + " replies, not to a " + kind.label
                + " reply");
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return List.copyOf(copy);
    }

    private static Duration requireNonNegative(Duration duration, String method) {
        if (duration == null || duration.isNegative()) {
            throw new IllegalArgumentException(method + " needs a duration of zero or more, was " + duration);
        }
        return duration;
    }

    @Override
    public String toString() {
        return "MockReply[" + kind.label + "]";
    }
}
