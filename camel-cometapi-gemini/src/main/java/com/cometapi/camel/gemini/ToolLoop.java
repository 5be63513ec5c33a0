package com.cometapi.camel.gemini;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.cometapi.camel.gemini.http.GeminiHttpRequest;
import com.cometapi.camel.gemini.http.HttpResult;
import com.cometapi.camel.gemini.model.Content;
import com.cometapi.camel.gemini.model.FunctionCall;
import com.cometapi.camel.gemini.model.FunctionResponse;
import com.cometapi.camel.gemini.model.GeminiJson;
import com.cometapi.camel.gemini.model.GenerateContentResponse;
import com.cometapi.camel.gemini.model.Part;
import com.cometapi.camel.gemini.response.ResponseHeaders;
import com.cometapi.camel.gemini.response.ResponseMapper;
import com.cometapi.camel.gemini.tool.GeminiToolConsumer;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;

/**
 * One {@code gemini:generate} exchange: a model request, and while the model calls offered tool routes, those calls
 * run and their results go back in a further request, until the model answers or {@code maxToolIterations} requests
 * were made. Without tools it is a single request. Everything runs on callbacks: no thread waits.
 */
final class ToolLoop {

    private final GeminiGenerateProducer producer;
    private final GeminiEndpoint endpoint;
    private final Exchange exchange;
    private final PreparedCall prepared;
    private final AsyncCallback callback;
    private final Map<String, GeminiToolConsumer> toolsByName = new HashMap<>();
    private final List<Content> contents;
    private final List<Content> loopTurns = new ArrayList<>();
    private final TokenSums sums = new TokenSums();
    private int requests;
    private int attempts;

    ToolLoop(GeminiGenerateProducer producer, Exchange exchange, PreparedCall prepared, AsyncCallback callback) {
        this.producer = producer;
        this.endpoint = producer.getEndpoint();
        this.exchange = exchange;
        this.prepared = prepared;
        this.callback = callback;
        prepared.tools().forEach(tool -> toolsByName.put(tool.getEndpoint().getName(), tool));
        this.contents = new ArrayList<>(prepared.request().getContents());
    }

    void next() {
        requests++;
        prepared.request().setContents(List.copyOf(contents));
        producer.send(exchange, prepared.model(), prepared.request(), callback, this::answered);
    }

    /** @return true when the exchange is finished; false when the tools run and another request follows */
    private boolean answered(GeminiHttpRequest request, HttpResult result, CallReport report, int attemptsMade)
            throws Exception {
        attempts += attemptsMade;
        GenerateContentResponse response = parse(request, result);
        report.end(response.getUsageMetadata(), null);
        sums.add(response.getUsageMetadata());
        List<FunctionCall> calls = response.functionCalls();
        if (toolsByName.isEmpty() || calls.isEmpty() || response.firstCandidate().getContent() == null) {
            finish(response, result);
            return true;
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
        runTools(calls, 0, new ArrayList<>());
        return false;
    }

    /** Runs the calls one after the other, in call order, then sends all responses back in one user turn. */
    private void runTools(List<FunctionCall> calls, int index, List<Part> responses) {
        if (index == calls.size()) {
            Content toolTurn = Content.of(Content.ROLE_USER, responses);
            contents.add(toolTurn);
            loopTurns.add(toolTurn);
            next();
            return;
        }
        FunctionCall call = calls.get(index);
        GeminiToolConsumer tool = toolsByName.get(call.getName());
        if (tool == null) {
            responses.add(functionResponse(call, error("There is no function named " + call.getName())));
            runTools(calls, index + 1, responses);
            return;
        }
        tool.invoke(call, (result, failure) -> {
            if (failure != null && isFailPolicy()) {
                exchange.setException(failure);
                callback.done(false);
                return;
            }
            Map<String, Object> response = failure != null ? error(failure.getMessage()) : result;
            responses.add(functionResponse(call, response));
            runTools(calls, index + 1, responses);
        });
    }

    private boolean isFailPolicy() {
        return WireValue.parse(ToolErrorPolicy.class, "toolErrorPolicy",
                endpoint.getConfiguration().getToolErrorPolicy()) == ToolErrorPolicy.FAIL;
    }

    private static Map<String, Object> error(String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error", message == null ? "the tool failed" : message);
        return error;
    }

    private static Part functionResponse(FunctionCall call, Map<String, Object> response) {
        return Part.ofFunctionResponse(new FunctionResponse().setId(call.getId()).setName(call.getName())
                .setResponse(response));
    }

    private void finish(GenerateContentResponse response, HttpResult result) throws Exception {
        ResponseHeaders.clear(exchange.getMessage());
        exchange.getMessage().setHeader(GeminiConstants.ATTEMPTS, attempts);
        ResponseMapper mapper = endpoint.responseMapper();
        mapper.apply(response, mapper.needsJson() ? result.bodyAsString() : null, exchange.getMessage());
        if (!toolsByName.isEmpty()) {
            exchange.getMessage().setHeader(GeminiConstants.TOOL_ITERATIONS, requests);
            sums.apply(exchange.getMessage());
        }
        List<Content> answer = new ArrayList<>(loopTurns);
        if (response.firstCandidate() != null && response.firstCandidate().getContent() != null) {
            answer.add(response.firstCandidate().getContent());
        }
        endpoint.remember(prepared, answer);
    }

    private GenerateContentResponse parse(GeminiHttpRequest request, HttpResult result) throws GeminiApiException {
        try {
            return GeminiJson.MAPPER.readValue(result.body(), GenerateContentResponse.class);
        } catch (IOException e) {
            throw endpoint.callSettings().errorDecoder().invalidResponse(request.uri().toString(), result,
                    e.getMessage());
        }
    }
}
