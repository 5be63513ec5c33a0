package com.cometapi.camel.gemini;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.cometapi.camel.gemini.http.EventSource;
import com.cometapi.camel.gemini.model.GenerateContentRequest;
import com.cometapi.camel.gemini.response.ResponseHeaders;
import com.cometapi.camel.gemini.response.StreamChunkMapper;
import org.apache.camel.Exchange;
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
        ToolLoop loop = getEndpoint().toolLoop(prepared);
        return this.<EventSource> send(exchange, prepared.model(), loop.nextRequest(), true).thenAccept(answer -> {
            ResponseHeaders.clear(exchange.getMessage());
            exchange.getMessage().setHeader(GeminiConstants.ATTEMPTS, answer.attempts());
            ResponseHeaders.serviceTier(answer.value().serviceTier(), exchange.getMessage());
            try {
                complete(exchange, prepared, loop, answer.value(), answer.report());
            } catch (Exception e) {
                answer.report().end(null, e);
                throw e instanceof RuntimeException runtime ? runtime : new CompletionException(e);
            }
        });
    }

    /**
     * The body: the first event (already arrived) checked for a blocked prompt, then the iterator, closed when the
     * exchange is done. With tool routes offered, the iterator runs the tool loop, sending each next turn from here.
     */
    private void complete(Exchange exchange, PreparedCall prepared, ToolLoop loop, EventSource stream,
                          CallReport report) throws Exception {
        GeminiEndpoint endpoint = getEndpoint();
        // every chunk carries the class the aggregated answer binds to (GeminiStreamAggregationStrategy)
        if (endpoint.outputBinding() != null) {
            exchange.getMessage().setHeader(GeminiConstants.OUTPUT_CLASS, endpoint.outputBinding().type());
        } else {
            exchange.getMessage().removeHeader(GeminiConstants.OUTPUT_CLASS);
        }
        StreamToolLoop toolLoop = loop.offersTools()
                ? new StreamToolLoop(loop, request -> sendTurn(exchange, prepared, request)) : null;
        StreamChunkMapper mapper = new StreamChunkMapper(exchange.getContext(), exchange.getMessage().getHeaders(),
                endpoint.responseMapper(), prepared.conversationId() != null && toolLoop == null);
        GeminiStreamIterator body = new GeminiStreamIterator(stream, exchange, mapper,
                endpoint.getConfiguration().getStreamIdleTimeout(), report, toolLoop,
                endpoint.responseMapper()::failIfBlocked,
                answer -> endpoint.conversations().remember(prepared, answer));
        try {
            body.readFirst();
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

    /** A tool loop's next turn, streamed; the reader thread waits for its first event. */
    private CompletableFuture<Answer<EventSource>> sendTurn(Exchange exchange, PreparedCall prepared,
                                                            GenerateContentRequest request) {
        try {
            return send(exchange, prepared.model(), request, true, getEndpoint().turnSettings());
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
