package com.cometapi.camel.gemini;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.cometapi.camel.gemini.http.HttpResult;
import com.cometapi.camel.gemini.model.Content;
import com.cometapi.camel.gemini.model.FunctionCall;
import com.cometapi.camel.gemini.model.FunctionResponse;
import com.cometapi.camel.gemini.model.FunctionResponsePart;
import com.cometapi.camel.gemini.model.GeminiJson;
import com.cometapi.camel.gemini.model.GenerateContentResponse;
import com.cometapi.camel.gemini.model.Part;
import com.cometapi.camel.gemini.response.ResponseHeaders;
import com.cometapi.camel.gemini.response.ResponseMapper;
import com.cometapi.camel.gemini.tool.GeminiToolConsumer;
import org.apache.camel.Exchange;

/**
 * One {@code gemini:generate} exchange: a model request and, while the model calls offered tool routes, those calls
 * and a further request with their results, until the model answers or {@code maxToolIterations} requests were made.
 * Without tools it is a single request. A chain of futures: no thread waits for Gemini or a tool route.
 */
final class GenerateCall {

    private final GeminiGenerateProducer producer;
    private final GeminiEndpoint endpoint;
    private final Exchange exchange;
    private final PreparedCall prepared;
    private final Map<String, GeminiToolConsumer> toolsByName = new HashMap<>();
    private final List<Content> contents;
    private final List<Content> loopTurns = new ArrayList<>();
    private final TokenSums sums = new TokenSums();
    private final boolean failOnToolError;
    private int requests;
    private int attempts;

    GenerateCall(GeminiGenerateProducer producer, Exchange exchange, PreparedCall prepared) {
        this.producer = producer;
        this.endpoint = producer.getEndpoint();
        this.exchange = exchange;
        this.prepared = prepared;
        prepared.tools().forEach(tool -> toolsByName.put(tool.getEndpoint().getName(), tool));
        this.contents = new ArrayList<>(prepared.request().getContents());
        this.failOnToolError = endpoint.toolErrorPolicy() == ToolErrorPolicy.FAIL;
    }

    /** Sends the next model request; completes when the exchange holds the final answer. */
    CompletableFuture<Void> run() throws Exception {
        requests++;
        prepared.request().setContents(List.copyOf(contents));
        return producer.<HttpResult> send(exchange, prepared.model(), prepared.request(), false)
                .thenCompose(this::answered);
    }

    private CompletableFuture<Void> answered(GeminiProducer.Answer<HttpResult> answer) {
        attempts += answer.attempts();
        GenerateContentResponse response;
        try {
            response = parse(answer.value());
        } catch (RuntimeException e) {
            answer.report().end(null, GeminiFailures.of(e));
            throw e;
        }
        answer.report().end(response.getUsageMetadata(), blockedFailure(response));
        sums.add(response.getUsageMetadata());
        List<FunctionCall> calls = response.functionCalls();
        if (toolsByName.isEmpty() || calls.isEmpty() || response.firstCandidate().getContent() == null) {
            finish(response, answer.value());
            return CompletableFuture.completedFuture(null);
        }
        int limit = endpoint.getConfiguration().getMaxToolIterations();
        if (requests >= limit) {
            throw new IllegalStateException("The tool loop reached maxToolIterations=" + limit + " and the model still"
                                            + " calls " + calls.get(0).getName()
                                            + "; raise maxToolIterations or check the tool results");
        }
        Content modelTurn = response.firstCandidate().getContent();
        contents.add(modelTurn);
        loopTurns.add(modelTurn);
        return runTools(calls).thenCompose(responses -> {
            Content toolTurn = Content.of(Content.ROLE_USER, responses);
            contents.add(toolTurn);
            loopTurns.add(toolTurn);
            try {
                return run();
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        });
    }

    /** Runs the calls one after the other, in call order; all responses go back in one user turn. */
    private CompletableFuture<List<Part>> runTools(List<FunctionCall> calls) {
        CompletableFuture<List<Part>> responses = CompletableFuture.completedFuture(new ArrayList<>());
        for (FunctionCall call : calls) {
            responses = responses.thenCompose(parts -> runTool(call).thenApply(part -> {
                parts.add(part);
                return parts;
            }));
        }
        return responses;
    }

    private CompletableFuture<Part> runTool(FunctionCall call) {
        GeminiToolConsumer tool = toolsByName.get(call.getName());
        if (tool == null) {
            return CompletableFuture.completedFuture(
                    functionResponse(call, error("There is no function named " + call.getName()), List.of()));
        }
        CompletableFuture<Part> response = new CompletableFuture<>();
        tool.invoke(call, (result, failure) -> {
            if (failure != null && failOnToolError) {
                response.completeExceptionally(failure);
            } else {
                response.complete(failure != null ? functionResponse(call, error(failure.getMessage()), List.of())
                        : functionResponse(call, result.response(), result.parts()));
            }
        });
        return response;
    }

    private static Map<String, Object> error(String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error", message == null ? "the tool failed" : message);
        return error;
    }

    private static Part functionResponse(FunctionCall call, Map<String, Object> response,
                                         List<FunctionResponsePart> parts) {
        return Part.ofFunctionResponse(new FunctionResponse().setId(call.getId()).setName(call.getName())
                .setResponse(response).setParts(parts.isEmpty() ? null : parts));
    }

    private void finish(GenerateContentResponse response, HttpResult result) {
        ResponseHeaders.clear(exchange.getMessage());
        exchange.getMessage().setHeader(GeminiConstants.ATTEMPTS, attempts);
        ResponseMapper mapper = endpoint.responseMapper();
        try {
            mapper.apply(response, mapper.needsJson() ? result.bodyAsString() : null, exchange.getMessage());
            ResponseHeaders.serviceTier(result.headers().get(HttpResult.SERVICE_TIER_HEADER), exchange.getMessage());
            bind(response);
        } catch (GeminiBlockedException | GeminiOutputBindingException failure) {
            throw new CompletionException(failure);
        }
        if (!toolsByName.isEmpty()) {
            exchange.getMessage().setHeader(GeminiConstants.TOOL_ITERATIONS, requests);
            sums.apply(exchange.getMessage());
        }
        List<Content> answer = new ArrayList<>(loopTurns);
        if (response.firstCandidate() != null && response.firstCandidate().getContent() != null) {
            answer.add(response.firstCandidate().getContent());
        }
        endpoint.conversations().remember(prepared, answer);
    }

    /**
     * {@code outputClass}: the final answer's text becomes an instance of the class. A blocked prompt with
     * {@code failOnBlock=false} has no answer: the body is null.
     */
    private void bind(GenerateContentResponse response) throws GeminiOutputBindingException {
        OutputBinding binding = endpoint.outputBinding();
        if (binding == null) {
            return;
        }
        if (ResponseMapper.isBlocked(response)) {
            exchange.getMessage().setBody(null);
            return;
        }
        exchange.getMessage().setBody(binding.bind(exchange.getMessage().getBody(String.class),
                exchange.getMessage().getHeader(GeminiConstants.FINISH_REASON, String.class)));
    }

    /** The failure a blocked prompt ends this exchange with ({@code failOnBlock}), as the report tells it; else null. */
    private GeminiBlockedException blockedFailure(GenerateContentResponse response) {
        try {
            endpoint.responseMapper().failIfBlocked(response);
            return null;
        } catch (GeminiBlockedException blocked) {
            return blocked;
        }
    }

    private GenerateContentResponse parse(HttpResult result) {
        try {
            return GeminiJson.MAPPER.readValue(result.body(), GenerateContentResponse.class);
        } catch (IOException e) {
            throw endpoint.callSettings().errorDecoder().invalidResponse(endpoint.target().uri(prepared.model()).toString(), result,
                    e.getMessage());
        }
    }
}
