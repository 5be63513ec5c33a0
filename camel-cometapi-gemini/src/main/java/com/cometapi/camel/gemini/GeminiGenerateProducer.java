package com.cometapi.camel.gemini;

import java.util.concurrent.CompletableFuture;

import org.apache.camel.Exchange;

/**
 * {@code gemini:generate}: one {@code generateContent} call per exchange (several with the tool loop),
 * asynchronously: no Camel thread waits while Gemini thinks or a tool route works.
 */
public class GeminiGenerateProducer extends GeminiProducer {

    public GeminiGenerateProducer(GeminiEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    CompletableFuture<?> run(Exchange exchange) throws Exception {
        return then(prepare(exchange), prepared -> new GenerateCall(this, exchange, prepared).run());
    }
}
