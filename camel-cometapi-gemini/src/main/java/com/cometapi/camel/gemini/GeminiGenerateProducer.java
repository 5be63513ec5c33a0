package com.cometapi.camel.gemini;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Future;

import com.cometapi.camel.gemini.http.GeminiHttpRequest;
import com.cometapi.camel.gemini.http.HttpResult;
import com.cometapi.camel.gemini.http.RetryingCall;
import com.cometapi.camel.gemini.model.GeminiJson;
import com.cometapi.camel.gemini.model.GenerateContentResponse;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.hc.core5.concurrent.FutureCallback;
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
            request = endpoint.prepareRequest(exchange);
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("Sending {} bytes to {}: {}", request.body().length, request.uri(),
                    new String(request.body(), StandardCharsets.UTF_8));
        }
        RetryingCall.<HttpResult> start(attempt -> send(request, attempt), endpoint.callSettings(),
                new RetryingCall.Listener<>() {
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
                        exchange.setException(endpoint.toExchangeFailure(failure, exchange));
                        callback.done(false);
                    }
                });
        return false;
    }

    /** One attempt: a 2xx answer completes it, any other status fails it with a decoded GeminiApiException. */
    private Future<?> send(GeminiHttpRequest request, FutureCallback<HttpResult> callback) {
        return getEndpoint().httpClient().send(request, new FutureCallback<>() {
            @Override
            public void completed(HttpResult result) {
                if (result.isSuccess()) {
                    callback.completed(result);
                } else {
                    callback.failed(getEndpoint().callSettings().errorDecoder().decode(request.uri().toString(), result));
                }
            }

            @Override
            public void failed(Exception ex) {
                callback.failed(ex);
            }

            @Override
            public void cancelled() {
                callback.cancelled();
            }
        });
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
