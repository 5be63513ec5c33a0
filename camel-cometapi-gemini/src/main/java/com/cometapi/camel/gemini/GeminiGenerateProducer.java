package com.cometapi.camel.gemini;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Future;

import com.cometapi.camel.gemini.http.GeminiHttpRequest;
import com.cometapi.camel.gemini.http.HttpResult;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code gemini:generate}: one {@code generateContent} call per exchange (several with the tool loop),
 * asynchronously: no Camel thread waits while Gemini thinks or a tool route works.
 */
public class GeminiGenerateProducer extends GeminiProducer<HttpResult> {

    private static final Logger LOG = LoggerFactory.getLogger(GeminiGenerateProducer.class);

    public GeminiGenerateProducer(GeminiEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    boolean streams() {
        return false;
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
    void start(Exchange exchange, PreparedCall prepared, AsyncCallback callback) {
        new ToolLoop(this, exchange, prepared, callback).next();
    }
}
