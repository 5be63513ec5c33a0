package com.cometapi.camel.gemini.test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How a {@link MockGeminiServer} answers {@code POST /{apiVersion}/models/{model}:embedContent} (one
 * {@code {"embedding": {"values": [...]}}}) and {@code :batchEmbedContents} (one {@code {"values": [...]}} per request,
 * in request order, under {@code "embeddings"}). Reach it with {@link MockGeminiServer#embeddings()}.
 * <p>
 * The vector of a text (its text parts joined with a newline) is, unless {@link #vector set} for that exact text, a
 * deterministic hashed bag of its lower-cased words, {@code outputDimensionality} long (else
 * {@link #dimensionality(int) 768}) and of unit length: the same text always gets the same vector, and texts sharing
 * words are more similar (cosine) than texts sharing none, so an offline retrieval test ranks sensibly.
 * {@code taskType} and {@code title} are recorded but do not change the vector (queries and documents are comparable).
 * <p>
 * Refused as Google refuses them (400 {@code INVALID_ARGUMENT}): a batch of more than {@value #MAX_BATCH} requests
 * ({@code "* BatchEmbedContentsRequest.requests: at most 100 requests can be in one batch\n"}), a batch request whose
 * {@code model} is missing ({@code "... model is not specified"}), not of the form {@code models/...}
 * ({@code "... unexpected model name format"}) or another model than the path's; a request without
 * {@code content}; an {@code outputDimensionality} below 1.
 *
 * <pre>{@code
 * gemini.embeddings().dimensionality(8);
 * gemini.embeddings().vector("cat", 1, 0, 0, 0, 0, 0, 0, 0);
 * gemini.embeddings().rejectNext(MockReply.error(429, "RESOURCE_EXHAUSTED", "Quota exceeded"));
 * }</pre>
 * Forgotten by {@link MockGeminiServer#reset()}. Thread-safe.
 */
public final class MockEmbeddings {

    /** Vector length when the request gives no {@code outputDimensionality} (until {@link #dimensionality} says). */
    public static final int DEFAULT_DIMENSIONALITY = 768;
    /** The most requests Google takes in one {@code batchEmbedContents}. */
    public static final int MAX_BATCH = 100;

    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private final QueuedFailures failures = new QueuedFailures();
    private volatile int dimensionality = DEFAULT_DIMENSIONALITY;

    MockEmbeddings() {
    }

    /**
     * The vector length of requests that give no {@code outputDimensionality} (default {@value #DEFAULT_DIMENSIONALITY};
     * the real {@code gemini-embedding-001} gives 3072).
     *
     * @param dimensions 1 or more
     * @return this, for chaining
     */
    public MockEmbeddings dimensionality(int dimensions) {
        if (dimensions < 1) {
            throw new IllegalArgumentException("embeddings().dimensionality needs 1 or more, was " + dimensions);
        }
        dimensionality = dimensions;
        return this;
    }

    /**
     * Answers this exact text with these values, in single and batch requests. A smaller
     * {@code outputDimensionality} cuts them from the end, as Google does.
     *
     * @param text   the text to embed, exactly as sent (text parts joined with a newline)
     * @param values the vector
     * @return this, for chaining
     */
    public MockEmbeddings vector(String text, float... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("embeddings().vector needs at least one value for \"" + text + "\"");
        }
        vectors.put(text, values.clone());
        return this;
    }

    /**
     * Answers the next embedding request (single or batch) with this error instead; several calls queue several.
     *
     * @param error a {@link MockReply#error} or {@link MockReply#raw} reply
     * @return this, for chaining
     */
    public MockEmbeddings rejectNext(MockReply error) {
        failures.add(error, "embeddings().rejectNext");
        return this;
    }

    /**
     * The vector the mock gives a text when nothing was {@link #vector set} for it: handy to compute expected
     * similarities in a test.
     *
     * @param text       the text
     * @param dimensions the vector length, 1 or more
     * @return a new array of unit length
     */
    public static float[] defaultVector(String text, int dimensions) {
        if (dimensions < 1) {
            throw new IllegalArgumentException("dimensions must be 1 or more, was " + dimensions);
        }
        return EmbeddingVectors.of(text, dimensions);
    }

    void reset() {
        vectors.clear();
        failures.clear();
        dimensionality = DEFAULT_DIMENSIONALITY;
    }

    // ---------------------------------------------------------------- serving

    /** {@code POST /{apiVersion}/models/{model}:embedContent}. */
    Rendered embed(RecordedRequest request) {
        Rendered failure = failures.next(request);
        if (failure != null) {
            return failure;
        }
        JsonNode body = request.parsedBody();
        String problem = problem(body, "EmbedContentRequest");
        if (problem != null) {
            return invalid(problem);
        }
        ObjectNode answer = Json.object();
        answer.set("embedding", embedding(body));
        return ReplyRenderer.json(200, answer, List.of());
    }

    /** {@code POST /{apiVersion}/models/{model}:batchEmbedContents}. */
    Rendered batch(RecordedRequest request) {
        Rendered failure = failures.next(request);
        if (failure != null) {
            return failure;
        }
        JsonNode requests = request.parsedBody().path("requests");
        if (requests.size() > MAX_BATCH) {
            return invalid("* BatchEmbedContentsRequest.requests: at most " + MAX_BATCH
                    + " requests can be in one batch\n");
        }
        String path = "models/" + request.model();
        for (int i = 0; i < requests.size(); i++) {
            JsonNode one = requests.get(i);
            String field = "BatchEmbedContentsRequest.requests[" + i + "]";
            String model = one.path("model").asText("");
            if (model.isEmpty()) {
                return invalid("* " + field + ".model: model is not specified\n");
            }
            if (!model.startsWith("models/")) {
                return invalid("* " + field + ".model: unexpected model name format\n");
            }
            if (!model.equals(path)) {
                return invalid("* " + field + ".model: " + model + " is not the model of the batch, " + path + "\n");
            }
            String problem = problem(one, field);
            if (problem != null) {
                return invalid(problem);
            }
        }
        ObjectNode answer = Json.object();
        ArrayNode embeddings = answer.putArray("embeddings");
        requests.forEach(one -> embeddings.add(embedding(one)));
        return ReplyRenderer.json(200, answer, List.of());
    }

    private static String problem(JsonNode request, String field) {
        if (!request.path("content").isObject()) {
            return "* " + field + ".content: content is not specified\n";
        }
        JsonNode dimensions = request.path("outputDimensionality");
        if (!dimensions.isMissingNode() && !dimensions.isNull() && dimensions.asInt(0) < 1) {
            return "* " + field + ".output_dimensionality: must be 1 or more, was " + dimensions.asText() + "\n";
        }
        return null;
    }

    private ObjectNode embedding(JsonNode request) {
        String text = String.join("\n", RequestText.texts(request.path("content")));
        JsonNode requested = request.path("outputDimensionality");
        boolean given = requested.isNumber() || requested.isTextual();
        int dimensions = given ? requested.asInt() : dimensionality;
        float[] set = vectors.get(text);
        float[] vector = set == null ? EmbeddingVectors.of(text, dimensions)
                : Arrays.copyOf(set, given ? Math.min(set.length, dimensions) : set.length);
        ObjectNode embedding = Json.object();
        ArrayNode values = embedding.putArray("values");
        for (float value : vector) {
            values.add(value);
        }
        return embedding;
    }

    private static Rendered invalid(String message) {
        return ReplyRenderer.error(400, "INVALID_ARGUMENT", message);
    }
}
