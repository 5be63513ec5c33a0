package com.cometapi.camel.gemini;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.cometapi.camel.gemini.http.GeminiHttpRequest;
import com.cometapi.camel.gemini.model.GeminiJson;
import com.cometapi.camel.gemini.model.GenerateContentRequest;
import com.cometapi.camel.gemini.model.UsageMetadata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code gemini:cache}: creates cached content ({@code POST cachedContents}) from the request {@code gemini:generate}
 * would send for this exchange: its turns, system instruction and tools, for the model, living {@code cacheTtl}.
 * Generation settings are no part of a cache and stay out. The body becomes the cache's name
 * ({@code cachedContents/...}), also set in header {@code CamelGeminiCachedContent}, so a following
 * {@code gemini:generate} uses it.
 */
public class GeminiCacheProducer extends GeminiProducer {

    public GeminiCacheProducer(GeminiEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    CompletableFuture<?> run(Exchange exchange) throws Exception {
        return then(prepare(exchange), prepared -> create(exchange, prepared));
    }

    private CompletableFuture<Void> create(Exchange exchange, PreparedCall prepared) throws Exception {
        GeminiEndpoint endpoint = getEndpoint();
        String model = prepared.model();
        GeminiHttpRequest request = endpoint.target().postJson(endpoint.target().apiUri("cachedContents"),
                body(model, prepared.request(), endpoint.getConfiguration().getCacheTtl()), model, Map.of());
        CallReport report = endpoint.getComponent().callReport(GeminiCallEvent.CREATE_CACHE, model, false);
        return call(exchange, request, report).thenAccept(answer -> {
            JsonNode json = json(answer, request);
            String name = json.path("name").asText(null);
            if (name == null || name.isBlank()) {
                throw invalidAnswer(answer, request, "no name");
            }
            UsageMetadata usage = usage(json);
            answer.report().end(usage, null);
            answerHeaders(exchange, answer.attempts());
            Message message = exchange.getMessage();
            message.setHeader(GeminiConstants.CACHED_CONTENT, name);
            if (json.hasNonNull("expireTime")) {
                message.setHeader(GeminiConstants.CACHE_EXPIRE_TIME, json.get("expireTime").asText());
            }
            if (usage != null && usage.getTotalTokenCount() != null) {
                message.setHeader(GeminiConstants.TOTAL_TOKEN_COUNT, usage.getTotalTokenCount());
            }
            message.setBody(name);
        });
    }

    /** The CachedContent to create: model, turns, system instruction, tools and tool config, and the ttl. */
    static ObjectNode body(String model, GenerateContentRequest request, long ttlMillis) {
        ObjectNode body = GeminiJson.MAPPER.createObjectNode();
        body.put("model", RequestTarget.modelName(model));
        body.set("contents", GeminiJson.MAPPER.valueToTree(request.getContents()));
        if (request.getSystemInstruction() != null) {
            body.set("systemInstruction", GeminiJson.MAPPER.valueToTree(request.getSystemInstruction()));
        }
        if (request.getTools() != null) {
            body.set("tools", GeminiJson.MAPPER.valueToTree(request.getTools()));
        }
        if (request.getToolConfig() != null) {
            body.set("toolConfig", GeminiJson.MAPPER.valueToTree(request.getToolConfig()));
        }
        body.put("ttl", seconds(ttlMillis));
        return body;
    }

    /** A duration as protobuf JSON writes it: seconds with an {@code s}, e.g. {@code 3600s} or {@code 1.5s}. */
    static String seconds(long millis) {
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + "s";
    }
}
