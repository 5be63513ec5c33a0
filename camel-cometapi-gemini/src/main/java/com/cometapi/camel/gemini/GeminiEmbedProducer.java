package com.cometapi.camel.gemini;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.cometapi.camel.gemini.http.GeminiHttpRequest;
import com.cometapi.camel.gemini.model.UsageMetadata;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code gemini:embed}: a String body becomes one {@code embedContent} call and a {@code float[]}; a List of Strings
 * becomes {@code batchEmbedContents} calls of at most 100 texts, one after the other,
 * and a {@code List<float[]>} in the order of the texts. The model is {@code embeddingModel}, or header
 * {@code CamelGeminiModel}.
 */
public class GeminiEmbedProducer extends GeminiProducer {

    private final EmbedRequests requests;

    public GeminiEmbedProducer(GeminiEndpoint endpoint) {
        super(endpoint);
        this.requests = new EmbedRequests(endpoint.getConfiguration());
    }

    @Override
    CompletableFuture<?> run(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        String model = CallPreparation.modelFor(message, getEndpoint().defaultModel());
        Object body = message.getBody();
        List<String> texts = EmbedRequests.texts(body);
        return body instanceof CharSequence ? single(exchange, model, texts.get(0)) : batches(exchange, model, texts);
    }

    private CompletableFuture<Void> single(Exchange exchange, String model, String text) throws Exception {
        GeminiEndpoint endpoint = getEndpoint();
        GeminiHttpRequest request = endpoint.target().postJson(endpoint.target().modelUri(model, "embedContent"),
                requests.single(text), model, Map.of());
        return call(exchange, request, report(model)).thenAccept(answer -> {
            JsonNode json = json(answer, request);
            float[] vector = EmbedRequests.vector(json);
            UsageMetadata usage = usage(json);
            if (vector == null) {
                throw invalidAnswer(answer, request, "no embedding.values");
            }
            answer.report().end(usage, null);
            finish(exchange, answer.attempts(), usage == null ? null : usage.getPromptTokenCount());
            exchange.getMessage().setBody(vector);
        });
    }

    /** The texts in batches, one request after the other; the vectors in the texts' order. */
    private CompletableFuture<Void> batches(Exchange exchange, String model, List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        int[] attempts = new int[1];
        Integer[] promptTokens = new Integer[1];
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (int from = 0; from < texts.size(); from += EmbedRequests.MAX_BATCH) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + EmbedRequests.MAX_BATCH));
            chain = chain.thenCompose(ignored -> batch(exchange, model, batch).thenAccept(result -> {
                vectors.addAll(result.vectors());
                attempts[0] += result.attempts();
                if (result.promptTokens() != null) {
                    promptTokens[0] = (promptTokens[0] == null ? 0 : promptTokens[0]) + result.promptTokens();
                }
            }));
        }
        return chain.thenRun(() -> {
            finish(exchange, attempts[0], promptTokens[0]);
            exchange.getMessage().setBody(vectors);
        });
    }

    /** The vectors of one batch, the attempts it took and its prompt tokens (null when the answer tells none). */
    private record BatchResult(List<float[]> vectors, int attempts, Integer promptTokens) {
    }

    private CompletableFuture<BatchResult> batch(Exchange exchange, String model, List<String> texts) {
        GeminiEndpoint endpoint = getEndpoint();
        GeminiHttpRequest request;
        try {
            request = endpoint.target().postJson(endpoint.target().modelUri(model, "batchEmbedContents"),
                    requests.batch(model, texts), model, Map.of());
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
        return call(exchange, request, report(model)).thenApply(answer -> {
            JsonNode json = json(answer, request);
            List<float[]> vectors = EmbedRequests.vectors(json, texts.size());
            if (vectors == null) {
                throw invalidAnswer(answer, request, "not " + texts.size() + " embeddings with values");
            }
            UsageMetadata usage = usage(json);
            answer.report().end(usage, null);
            return new BatchResult(vectors, answer.attempts(), usage == null ? null : usage.getPromptTokenCount());
        });
    }

    private CallReport report(String model) {
        return getEndpoint().getComponent().callReport(GeminiCallEvent.EMBEDDINGS, model, false);
    }

    /**
     * The attempts and prompt tokens. Header CamelGeminiModel is left as it was: set to the embedding model, it would
     * send a following gemini:generate to that model.
     */
    private static void finish(Exchange exchange, int attempts, Integer promptTokens) {
        answerHeaders(exchange, attempts);
        if (promptTokens != null) {
            exchange.getMessage().setHeader(GeminiConstants.PROMPT_TOKEN_COUNT, promptTokens);
        }
    }
}
