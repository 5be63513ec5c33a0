package com.cometapi.camel.gemini;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Future;

import com.cometapi.camel.gemini.http.GeminiHttpRequest;
import com.cometapi.camel.gemini.http.HttpResult;
import com.cometapi.camel.gemini.model.GeminiJson;
import com.cometapi.camel.gemini.model.GenerateContentResponse;
import org.apache.camel.Exchange;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code gemini:generate}: one {@code generateContent} call per exchange, asynchronously: no Camel thread waits
 * while Gemini thinks.
 */
public class GeminiGenerateProducer extends GeminiProducer<HttpResult> {

    private static final Logger LOG = LoggerFactory.getLogger(GeminiGenerateProducer.class);

    public GeminiGenerateProducer(GeminiEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    Future<?> attempt(GeminiHttpRequest request, FutureCallback<HttpResult> callback) {
        if (LOG.isTraceEnabled()) {
            LOG.trace("Sending {} bytes to {}: {}", request.body().length, request.uri(),
                    new String(request.body(), StandardCharsets.UTF_8));
        }
        return getEndpoint().httpClient().send(request, getEndpoint().callSettings().errorDecoder(), callback);
    }

    @Override
    boolean streams() {
        return false;
    }

    @Override
    void complete(Exchange exchange, GeminiHttpRequest request, HttpResult result, CallReport report)
            throws Exception {
        String json = result.bodyAsString();
        if (LOG.isTraceEnabled()) {
            LOG.trace("Gemini answered {}: {}", result.status(), json);
        }
        GenerateContentResponse response;
        try {
            response = GeminiJson.MAPPER.readValue(json, GenerateContentResponse.class);
        } catch (IOException e) {
            throw getEndpoint().callSettings().errorDecoder().invalidResponse(request.uri().toString(), result,
                    e.getMessage());
        }
        getEndpoint().responseMapper().apply(response, json, exchange.getMessage());
        report.end(response.getUsageMetadata(), null);
    }
}
