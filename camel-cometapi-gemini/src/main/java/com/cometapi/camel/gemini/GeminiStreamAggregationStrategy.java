package com.cometapi.camel.gemini;

import com.cometapi.camel.gemini.model.GenerateContentResponse;
import com.cometapi.camel.gemini.response.ResponseMapper;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Rebuilds one answer from the chunks of a split {@code gemini:stream}:
 * {@code .split(body(), new GeminiStreamAggregationStrategy()).streaming()}. The result's body is the text of all
 * chunks joined (thoughts left out), its headers those of the last chunk: final usage, finish reason, and the
 * grounding accumulated over the events. A failure inside the split (a chunk step that throws) is kept on the
 * result, so the route sees it even without {@code stopOnException()}.
 * <p>
 * When the stream's endpoint has {@code outputClass}, each chunk carries that class in header
 * {@code CamelGeminiOutputClass}, and the joined text binds to it: the result's body is an instance of the class
 * (null for a prompt blocked with {@code failOnBlock=false}), or the result fails with
 * {@link GeminiOutputBindingException} (holding the text) when the text does not bind. The result no longer carries
 * that header.
 */
public class GeminiStreamAggregationStrategy implements AggregationStrategy {

    private static final String TEXT = "CamelGeminiAggregatedText";

    public GeminiStreamAggregationStrategy() {
    }

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        if (newExchange == null) {
            return oldExchange;
        }
        Exchange result = oldExchange == null ? newExchange : oldExchange;
        if (newExchange.getException() != null && result != newExchange) {
            // a step inside the split failed: the answer is incomplete, the failure travels on
            result.setException(newExchange.getException());
        }
        StringBuilder text = result.getProperty(TEXT, StringBuilder.class);
        if (text == null) {
            text = new StringBuilder();
            result.setProperty(TEXT, text);
        }
        GenerateContentResponse event = newExchange.getMessage().getHeader(GeminiConstants.RESPONSE,
                GenerateContentResponse.class);
        String part = event == null ? newExchange.getMessage().getBody(String.class) : event.text();
        if (part != null) {
            text.append(part);
        }
        if (result != newExchange) {
            result.getMessage().setHeaders(newExchange.getMessage().getHeaders());
        }
        result.getMessage().setBody(text);
        return result;
    }

    @Override
    public void onCompletion(Exchange exchange, Exchange inputExchange) {
        if (exchange != null) {
            StringBuilder text = exchange.getProperty(TEXT, StringBuilder.class);
            exchange.removeProperty(TEXT);
            String answer = text == null ? "" : text.toString();
            exchange.getMessage().setBody(answer);
            Class<?> type = exchange.getMessage().getHeader(GeminiConstants.OUTPUT_CLASS, Class.class);
            exchange.getMessage().removeHeader(GeminiConstants.OUTPUT_CLASS);
            if (type != null && exchange.getException() == null) {
                bind(exchange.getMessage(), OutputBinding.of(type), answer, exchange);
            }
        }
    }

    /** {@code outputClass}: the joined text becomes an instance; a blocked prompt (failOnBlock=false) gives null. */
    private static void bind(Message message, OutputBinding binding, String answer, Exchange exchange) {
        GenerateContentResponse last = message.getHeader(GeminiConstants.RESPONSE, GenerateContentResponse.class);
        if (last != null && ResponseMapper.isBlocked(last)) {
            message.setBody(null);
            return;
        }
        try {
            message.setBody(binding.bind(answer, message.getHeader(GeminiConstants.FINISH_REASON, String.class)));
        } catch (GeminiOutputBindingException e) {
            exchange.setException(e);
        }
    }
}
