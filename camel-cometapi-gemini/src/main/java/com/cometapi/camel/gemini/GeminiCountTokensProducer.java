package com.cometapi.camel.gemini;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.cometapi.camel.gemini.http.GeminiHttpRequest;
import com.cometapi.camel.gemini.model.GeminiJson;
import com.cometapi.camel.gemini.model.GenerateContentRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code gemini:countTokens}: how many tokens the request {@code gemini:generate} would send for this exchange takes.
 * The body is mapped as for generate; only its {@code contents} are sent, or the whole request as
 * {@code generateContentRequest} when the endpoint adds more than turns (a system instruction, tools, cached content),
 * since those count too. The body becomes the total, an {@code Integer}.
 */
public class GeminiCountTokensProducer extends GeminiProducer {

    public GeminiCountTokensProducer(GeminiEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    CompletableFuture<?> run(Exchange exchange) throws Exception {
        return then(prepare(exchange), prepared -> count(exchange, prepared));
    }

    private CompletableFuture<Void> count(Exchange exchange, PreparedCall prepared) throws Exception {
        GeminiEndpoint endpoint = getEndpoint();
        String model = prepared.model();
        GeminiHttpRequest request = endpoint.target().postJson(endpoint.target().uri(model),
                body(model, prepared.request()), model, Map.of());
        CallReport report = endpoint.getComponent().callReport(GeminiCallEvent.COUNT_TOKENS, model, false);
        return call(exchange, request, report).thenAccept(answer -> {
            JsonNode json = json(answer, request);
            answer.report().end(null, null);
            answerHeaders(exchange, answer.attempts());
            Message message = exchange.getMessage();
            Integer total = json.hasNonNull("totalTokens") ? json.get("totalTokens").asInt() : 0;
            message.setHeader(GeminiConstants.TOTAL_TOKEN_COUNT, total);
            if (json.hasNonNull("cachedContentTokenCount")) {
                message.setHeader(GeminiConstants.CACHED_CONTENT_TOKEN_COUNT,
                        json.get("cachedContentTokenCount").asInt());
            }
            message.setBody(total);
        });
    }

    /** {@code {"contents":[...]}}, or {@code {"generateContentRequest":{"model":...}}} when more than turns count. */
    static ObjectNode body(String model, GenerateContentRequest request) {
        ObjectNode body = GeminiJson.MAPPER.createObjectNode();
        if (request.getSystemInstruction() == null && request.getTools() == null && request.getToolConfig() == null
            && request.getCachedContent() == null) {
            body.set("contents", GeminiJson.MAPPER.valueToTree(request.getContents()));
        } else {
            ObjectNode whole = body.putObject("generateContentRequest");
            whole.put("model", RequestTarget.modelName(model));
            whole.setAll((ObjectNode) GeminiJson.MAPPER.valueToTree(request));
        }
        return body;
    }
}
