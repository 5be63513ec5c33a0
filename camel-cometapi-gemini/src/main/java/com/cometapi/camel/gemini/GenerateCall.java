package com.cometapi.camel.gemini;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.cometapi.camel.gemini.http.HttpResult;
import com.cometapi.camel.gemini.model.FunctionCall;
import com.cometapi.camel.gemini.model.GeminiJson;
import com.cometapi.camel.gemini.model.GenerateContentResponse;
import com.cometapi.camel.gemini.response.ResponseHeaders;
import com.cometapi.camel.gemini.response.ResponseMapper;
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
    private final ToolLoop loop;
    private int attempts;

    GenerateCall(GeminiGenerateProducer producer, Exchange exchange, PreparedCall prepared) {
        this.producer = producer;
        this.endpoint = producer.getEndpoint();
        this.exchange = exchange;
        this.prepared = prepared;
        this.loop = endpoint.toolLoop(prepared);
    }

    /** Sends the next model request; completes when the exchange holds the final answer. */
    CompletableFuture<Void> run() throws Exception {
        return producer.<HttpResult> send(exchange, prepared.model(), loop.nextRequest(), false)
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
        loop.addUsage(response.getUsageMetadata());
        List<FunctionCall> calls = response.functionCalls();
        if (response.firstCandidate() == null || response.firstCandidate().getContent() == null
            || !loop.continuesAfter(calls)) {
            finish(response, answer.value());
            return CompletableFuture.completedFuture(null);
        }
        return loop.answerCalls(response.firstCandidate().getContent(), calls).thenCompose(ignored -> {
            try {
                return run();
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        });
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
        loop.applyTo(exchange.getMessage());
        endpoint.conversations().remember(prepared, loop.answerTurns(
                response.firstCandidate() == null ? null : response.firstCandidate().getContent()));
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
            return GeminiJson.readResponse(result.body());
        } catch (IOException e) {
            throw endpoint.callSettings().errorDecoder().invalidResponse(endpoint.target().uri(prepared.model()).toString(), result,
                    e.getMessage());
        }
    }
}
