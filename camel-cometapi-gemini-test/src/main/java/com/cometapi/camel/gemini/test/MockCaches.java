package com.cometapi.camel.gemini.test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The context caches of a {@link MockGeminiServer} ({@code POST /{apiVersion}/cachedContents}, {@code GET} and
 * {@code DELETE /{apiVersion}/cachedContents/{id}}), and what a {@code generateContent} or
 * {@code streamGenerateContent} naming one of them in {@code cachedContent} gets. Reach it with
 * {@link MockGeminiServer#caches()}.
 * <p>
 * A created cache is named {@code cachedContents/mock-1}, {@code mock-2}, ... (counted since the last reset), holds
 * as many tokens as its text has words (the mock's estimate, see {@link MockTokenCounts}) and lives for its
 * {@code ttl} (default one hour) or until its {@code expireTime}. A generate request that names it answers as usual
 * with {@code usageMetadata.cachedContentTokenCount} (and {@code cacheTokensDetails}) set to those tokens, counted in
 * {@code promptTokenCount} as Google counts them. Generate requests are refused as Google refuses them:
 * <ul>
 *   <li>a name that does not start with {@code cachedContents/}: 400 {@code INVALID_ARGUMENT}
 *       {@code "Invalid CachedContent name: <name>."};</li>
 *   <li>an unknown, deleted or expired cache: 403 {@code PERMISSION_DENIED}
 *       {@value #NOT_FOUND_MESSAGE};</li>
 *   <li>{@code systemInstruction}, {@code tools} or {@code toolConfig} beside {@code cachedContent}: 400
 *       {@code INVALID_ARGUMENT} (those belong in the cache);</li>
 *   <li>another model than the cache's: 400 {@code INVALID_ARGUMENT}.</li>
 * </ul>
 * A refused request consumes no queued reply.
 *
 * <pre>{@code
 * gemini.caches().expire("cachedContents/mock-1");
 * gemini.caches().rejectNext(MockReply.error(429, "RESOURCE_EXHAUSTED", "Quota exceeded"));
 * }</pre>
 * Everything here is forgotten by {@link MockGeminiServer#reset()}. Thread-safe.
 */
public final class MockCaches {

    /** Message of the 403 answer to an unknown, deleted or expired cache, word for word Google's. */
    public static final String NOT_FOUND_MESSAGE = "CachedContent not found (or permission denied)";

    static final String CONFLICT_MESSAGE = "CachedContent can not be used with GenerateContent request setting "
            + "system_instruction, tools or tool_config.\n\nProposed fix: move those values to CachedContent from "
            + "GenerateContent request.";

    private static final Duration DEFAULT_TTL = Duration.ofHours(1);
    private static final Pattern TTL = Pattern.compile("^(\\d+(\\.\\d{1,9})?)s$");

    private record Entry(int number, String name, String model, String displayName, int tokens, Instant createTime,
                         Instant expireTime) {
    }

    private final Map<String, Entry> caches = new ConcurrentHashMap<>();
    private final AtomicInteger created = new AtomicInteger();
    private final QueuedFailures failures = new QueuedFailures();

    MockCaches() {
    }

    // ---------------------------------------------------------------- scripting

    /**
     * Makes a cache unknown from now on, as when its TTL has passed: generate requests naming it get Google's 403
     * {@value #NOT_FOUND_MESSAGE}.
     *
     * @param name the cache's name, {@code cachedContents/...}
     * @return this, for chaining
     */
    public MockCaches expire(String name) {
        caches.remove(name);
        return this;
    }

    /**
     * Answers the next request to the cache endpoints (create, get or delete) with this error instead, e.g.
     * {@code MockReply.error(429, "RESOURCE_EXHAUSTED", "Quota exceeded")}; several calls queue several failures.
     *
     * @param error a {@link MockReply#error} or {@link MockReply#raw} reply
     * @return this, for chaining
     */
    public MockCaches rejectNext(MockReply error) {
        failures.add(error, "caches().rejectNext");
        return this;
    }

    /** The names of the caches that exist now ({@code cachedContents/...}), oldest first. */
    public List<String> names() {
        return caches.values().stream().filter(entry -> !expired(entry))
                .sorted(Comparator.comparingInt(Entry::number)).map(Entry::name).toList();
    }

    void reset() {
        caches.clear();
        created.set(0);
        failures.clear();
    }

    // ---------------------------------------------------------------- serving

    /** {@code POST /{apiVersion}/cachedContents}. */
    Rendered create(RecordedRequest request) {
        Rendered failure = failures.next(request);
        if (failure != null) {
            return failure;
        }
        JsonNode body = request.parsedBody();
        String model = body.path("model").asText("");
        if (model.isEmpty()) {
            return invalid("* CreateCachedContentRequest.cached_content.model: model is not specified\n");
        }
        if (!model.startsWith("models/")) {
            return invalid("* CreateCachedContentRequest.cached_content.model: unexpected model name format\n");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant expireTime;
        try {
            expireTime = expireTime(body, now);
        } catch (IllegalArgumentException e) {
            return invalid(e.getMessage());
        }
        int number = created.incrementAndGet();
        Entry entry = new Entry(number, "cachedContents/mock-" + number, model,
                body.path("displayName").asText(null), RequestText.estimateTokens(body), now, expireTime);
        caches.put(entry.name(), entry);
        return ReplyRenderer.json(200, json(entry), List.of());
    }

    /** {@code GET /{apiVersion}/cachedContents/{id}}. */
    Rendered get(RecordedRequest request, String id) {
        Rendered failure = failures.next(request);
        if (failure != null) {
            return failure;
        }
        Entry entry = live("cachedContents/" + id);
        return entry == null ? notFound() : ReplyRenderer.json(200, json(entry), List.of());
    }

    /** {@code DELETE /{apiVersion}/cachedContents/{id}}: Google answers an empty object. */
    Rendered delete(RecordedRequest request, String id) {
        Rendered failure = failures.next(request);
        if (failure != null) {
            return failure;
        }
        Entry entry = caches.remove("cachedContents/" + id);
        return entry == null || expired(entry) ? notFound() : ReplyRenderer.json(200, Json.object(), List.of());
    }

    /**
     * Google's refusal of a generate (or count) request whose {@code cachedContent} cannot be used, or null when it
     * names none or a usable one.
     *
     * @param model           the model of the request path, e.g. {@code gemini-2.5-flash}
     * @param generateRequest the {@code GenerateContentRequest} object
     */
    Rendered refuse(String model, JsonNode generateRequest) {
        JsonNode named = generateRequest.path("cachedContent");
        if (named.isMissingNode() || named.isNull()) {
            return null;
        }
        String name = named.asText("");
        if (!name.startsWith("cachedContents/") || name.length() == "cachedContents/".length()
                || name.indexOf('/', "cachedContents/".length()) >= 0) {
            return invalid("Invalid CachedContent name: " + name + ".");
        }
        Entry entry = live(name);
        if (entry == null) {
            return notFound();
        }
        if (generateRequest.has("systemInstruction") || generateRequest.has("tools")
                || generateRequest.has("toolConfig")) {
            return invalid(CONFLICT_MESSAGE);
        }
        String requested = "models/" + model;
        if (!entry.model().equals(requested)) {
            return invalid("Model used by GenerateContent request (" + requested + ") and CachedContent ("
                    + entry.model() + ") has to be the same.");
        }
        return null;
    }

    /** Tokens of the cache a usable generate request names; 0 when it names none. */
    int cachedTokens(JsonNode generateRequest) {
        Entry entry = live(generateRequest.path("cachedContent").asText(""));
        return entry == null ? 0 : entry.tokens();
    }

    /** The reply with the named cache's tokens as {@code cachedContentTokenCount}, unless the reply has its own. */
    MockReply applyTo(MockReply reply, RecordedRequest request) {
        int tokens = cachedTokens(request.parsedBody());
        boolean counts = reply.kind == MockReply.Kind.CONTENT || reply.kind == MockReply.Kind.BLOCKED;
        return tokens > 0 && counts && reply.cachedContentTokens == 0 ? reply.withCachedContentTokens(tokens) : reply;
    }

    // ---------------------------------------------------------------- helpers

    private Entry live(String name) {
        Entry entry = caches.get(name);
        return entry == null || expired(entry) ? null : entry;
    }

    private static boolean expired(Entry entry) {
        return !entry.expireTime().isAfter(Instant.now());
    }

    private static Instant expireTime(JsonNode body, Instant now) {
        JsonNode expireTime = body.path("expireTime");
        if (expireTime.isTextual()) {
            try {
                return Instant.parse(expireTime.asText());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Invalid value at 'cached_content.expire_time' "
                        + "(type.googleapis.com/google.protobuf.Timestamp), \"" + expireTime.asText() + "\"", e);
            }
        }
        JsonNode ttl = body.path("ttl");
        if (ttl.isMissingNode() || ttl.isNull()) {
            return now.plus(DEFAULT_TTL);
        }
        if (!TTL.matcher(ttl.asText()).matches()) {
            throw new IllegalArgumentException("Invalid value at 'cached_content.ttl' "
                    + "(type.googleapis.com/google.protobuf.Duration), \"" + ttl.asText() + "\"");
        }
        BigDecimal seconds = new BigDecimal(ttl.asText().substring(0, ttl.asText().length() - 1));
        return now.plusNanos(seconds.movePointRight(9).longValueExact());
    }

    private static ObjectNode json(Entry entry) {
        ObjectNode node = Json.object().put("name", entry.name()).put("model", entry.model());
        if (entry.displayName() != null) {
            node.put("displayName", entry.displayName());
        }
        node.put("createTime", entry.createTime().toString()).put("updateTime", entry.createTime().toString())
                .put("expireTime", entry.expireTime().toString());
        node.putObject("usageMetadata").put("totalTokenCount", entry.tokens());
        return node;
    }

    private static Rendered invalid(String message) {
        return ReplyRenderer.error(400, "INVALID_ARGUMENT", message);
    }

    private static Rendered notFound() {
        return ReplyRenderer.error(403, "PERMISSION_DENIED", NOT_FOUND_MESSAGE);
    }
}
