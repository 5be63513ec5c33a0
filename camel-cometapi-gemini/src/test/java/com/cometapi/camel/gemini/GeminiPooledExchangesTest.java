package com.cometapi.camel.gemini;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.cometapi.camel.gemini.test.MockReply;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.engine.PooledExchangeFactory;
import org.apache.camel.impl.engine.PooledProcessorExchangeFactory;
import org.apache.camel.support.DefaultPooledExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Camel's pooled exchanges ({@code camel.main.exchangeFactory=pooled}) exchanges are reset and reused, their
 * messages too: each chunk, a message whose headers are filled on first read, must still show its own headers, and
 * no exchange may show an earlier stream's chunk.
 */
class GeminiPooledExchangesTest extends MockGeminiTestSupport {

    private static final String EVENT = "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"%s\"}]}}],"
                                        + "\"usageMetadata\":{\"promptTokenCount\":5,\"totalTokenCount\":%d}}";

    private final List<List<Object>> seen = new CopyOnWriteArrayList<>();
    private final Set<Exchange> splitExchanges = Collections.newSetFromMap(new IdentityHashMap<>());

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getCamelContextExtension().setExchangeFactory(new PooledExchangeFactory());
        context.getCamelContextExtension().setProcessorExchangeFactory(new PooledProcessorExchangeFactory());
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:stream").to("gemini:stream")
                        .split(body()).streaming()
                        .process(e -> {
                            splitExchanges.add(e);
                            record(e);
                        });
                from("direct:plain").process(GeminiPooledExchangesTest.this::record);
            }
        };
    }

    /** The body, chunk index, total tokens and the route's own header, as the exchange shows them. */
    private void record(Exchange exchange) {
        seen.add(Arrays.asList(exchange.getMessage().getBody(String.class),
                exchange.getMessage().getHeader(GeminiConstants.CHUNK_INDEX),
                exchange.getMessage().getHeader(GeminiConstants.TOTAL_TOKEN_COUNT),
                exchange.getMessage().getHeader("round")));
    }

    @Test
    void everyChunkShowsItsOwnHeadersWhenExchangesAreReused() {
        for (int round = 1; round <= 3; round++) {
            gemini.enqueue(MockReply.stream(EVENT.formatted("a" + round, 10 * round),
                    EVENT.formatted("b" + round, 10 * round + 1)));
            template.sendBodyAndHeader("direct:stream", "Hi", "round", round);
            template.sendBodyAndHeader("direct:plain", "plain" + round, "round", round);
        }

        assertThat(seen).containsExactly(
                Arrays.asList("a1", 0, 10, 1), Arrays.asList("b1", 1, 11, 1), Arrays.asList("plain1", null, null, 1),
                Arrays.asList("a2", 0, 20, 2), Arrays.asList("b2", 1, 21, 2), Arrays.asList("plain2", null, null, 2),
                Arrays.asList("a3", 0, 30, 3), Arrays.asList("b3", 1, 31, 3), Arrays.asList("plain3", null, null, 3));
        // the split's exchanges came from the pooled factory, whose done() resets and reuses a message only when
        // it is of the exchange's original message class (a chunk's is not)
        assertThat(splitExchanges).isNotEmpty().allMatch(DefaultPooledExchange.class::isInstance);
    }
}
