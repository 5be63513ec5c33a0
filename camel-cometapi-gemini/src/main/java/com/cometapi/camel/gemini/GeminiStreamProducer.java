package com.cometapi.camel.gemini;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.cometapi.camel.gemini.http.EventSource;
import com.cometapi.camel.gemini.model.GenerateContentResponse;
import com.cometapi.camel.gemini.response.ResponseHeaders;
import com.cometapi.camel.gemini.response.StreamChunkMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * {@code gemini:stream}: calls {@code streamGenerateContent?alt=sse} and completes the exchange as soon as the first
 * event has arrived, with a {@link GeminiStreamIterator} body that yields one message per event. Failures before
 * the first event (an error status, a blocked prompt, a broken connection) fail the exchange here, with retries.
 */
public class GeminiStreamProducer extends GeminiProducer {

    public GeminiStreamProducer(GeminiEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    CompletableFuture<?> run(Exchange exchange) throws Exception {
        return then(prepare(exchange), prepared -> open(exchange, prepared));
    }

    private CompletableFuture<Void> open(Exchange exchange, PreparedCall prepared) throws Exception {
        return this.<EventSource> send(exchange, prepared.model(), prepared.request(), true).thenAccept(answer -> {
            ResponseHeaders.clear(exchange.getMessage());
            exchange.getMessage().setHeader(GeminiConstants.ATTEMPTS, answer.attempts());
            ResponseHeaders.serviceTier(answer.value().serviceTier(), exchange.getMessage());
            try {
                complete(exchange, prepared, answer.value(), answer.report());
            } catch (Exception e) {
                answer.report().end(null, e);
                throw e instanceof RuntimeException runtime ? runtime : new CompletionException(e);
            }
        });
    }

    /**
     * The body: the first event (already arrived) checked for a blocked prompt, then the iterator, closed when the
     * exchange is done.
     */
    private void complete(Exchange exchange, PreparedCall prepared, EventSource stream, CallReport report)
            throws Exception {
        GeminiEndpoint endpoint = getEndpoint();
        StreamChunkMapper mapper = new StreamChunkMapper(exchange.getContext(), exchange.getMessage().getHeaders(),
                endpoint.responseMapper(), prepared.conversationId() != null);
        GeminiStreamIterator body = new GeminiStreamIterator(stream, exchange, mapper,
                endpoint.getConfiguration().getStreamIdleTimeout(), report,
                answer -> endpoint.conversations().remember(prepared, List.of(answer)));
        try {
            Message first = body.readFirst();
            if (first != null) {
                endpoint.responseMapper().failIfBlocked(
                        first.getHeader(GeminiConstants.RESPONSE, GenerateContentResponse.class));
            }
        } catch (Exception e) {
            stream.close();
            throw e;
        }
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                body.closeWithExchange();
            }
        });
        exchange.getMessage().setBody(body);
    }
}
