package com.cometapi.camel.gemini;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import com.cometapi.camel.gemini.http.GeminiHttpRequest;
import com.cometapi.camel.gemini.http.HttpResult;
import com.cometapi.camel.gemini.http.UnaryCall;
import com.cometapi.camel.gemini.model.GeminiJson;
import com.cometapi.camel.gemini.model.GenerateContentRequest;
import com.cometapi.camel.gemini.model.GenerateContentResponse;
import com.cometapi.camel.gemini.request.ThinkingRule;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeTimedOutException;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code gemini:generate}: one {@code generateContent} call per exchange, asynchronously: no Camel thread waits
 * while Gemini thinks.
 */
public class GeminiGenerateProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(GeminiGenerateProducer.class);

    public GeminiGenerateProducer(GeminiEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public GeminiEndpoint getEndpoint() {
        return (GeminiEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        GeminiEndpoint endpoint = getEndpoint();
        GeminiHttpRequest request;
        try {
            String model = endpoint.modelFor(exchange);
            GenerateContentRequest body = endpoint.bodyMapper().toRequest(exchange);
            ThinkingRule.check(model, body);
            request = endpoint.httpRequest(model, body);
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("Sending {} bytes to {}: {}", request.body().length, request.uri(),
                    new String(request.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        UnaryCall.start(endpoint.httpClient(), request, endpoint.callSettings(), new UnaryCall.Listener() {
            @Override
            public void onSuccess(HttpResult result, int attempts) {
                try {
                    exchange.getMessage().setHeader(GeminiConstants.ATTEMPTS, attempts);
                    String json = result.bodyAsString();
                    if (LOG.isTraceEnabled()) {
                        LOG.trace("Gemini answered {} after {} attempt(s): {}", result.status(), attempts, json);
                    }
                    GenerateContentResponse response = parse(request, result, json);
                    endpoint.responseMapper().apply(response, json, exchange.getMessage());
                } catch (Exception e) {
                    exchange.setException(e);
                } finally {
                    callback.done(false);
                }
            }

            @Override
            public void onFailure(Throwable failure, int attempts) {
                LOG.debug("Gemini call to {} failed after {} attempt(s): {}", request.uri(), attempts,
                        failure.getMessage());
                exchange.getMessage().setHeader(GeminiConstants.ATTEMPTS, attempts);
                exchange.setException(failure instanceof TimeoutException
                        ? new ExchangeTimedOutException(exchange, endpoint.getConfiguration().getRequestTimeout(),
                                failure.getMessage())
                        : failure);
                callback.done(false);
            }
        });
        return false;
    }

    private GenerateContentResponse parse(GeminiHttpRequest request, HttpResult result, String json)
            throws GeminiApiException {
        try {
            return GeminiJson.MAPPER.readValue(json, GenerateContentResponse.class);
        } catch (IOException e) {
            throw getEndpoint().callSettings().errorDecoder().invalidResponse(request.uri().toString(), result,
                    e.getMessage());
        }
    }
}
