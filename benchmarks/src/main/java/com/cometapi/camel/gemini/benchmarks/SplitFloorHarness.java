package com.cometapi.camel.gemini.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultMessage;

/**
 * What one exchange per chunk costs in Camel by itself: an in-memory iterator of messages with a short text body
 * and no headers, split by the route the streaming benchmark uses ({@code .split(body()).streaming()} and a
 * processor that takes the text), with no network, no parsing and no component. The process's CPU time per item is
 * the least any route that gives each streamed event its own exchange pays on top of reading the stream.
 * <p>
 * Arguments: resultFile [items per round, default 200,000]
 */
public final class SplitFloorHarness {

    private static final int WARMUP_ROUNDS = 5;
    private static final int ROUNDS = 5;

    public static void main(String[] args) throws Exception {
        Path resultFile = Path.of(args[0]);
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        CamelContext context = new DefaultCamelContext();
        long[] taken = new long[1];
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:split").split(body()).streaming()
                        .process(exchange -> {
                            if (exchange.getMessage().getBody(String.class) != null) {
                                taken[0]++;
                            }
                        });
            }
        });
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        List<Double> perItem = new ArrayList<>();
        for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
            taken[0] = 0;
            long cpu0 = Probe.cpuNanos();
            template.sendBody("direct:split", messages(context, items));
            long cpu = Probe.cpuNanos() - cpu0;
            if (taken[0] != items) {
                throw new IllegalStateException("the split handed out " + taken[0] + " of " + items + " items");
            }
            if (round >= WARMUP_ROUNDS) {
                perItem.add(cpu / 1000.0 / items);
            }
        }
        template.stop();
        context.close();
        ObjectNode result = Results.object().put("splitCpuPerItemMicros", Results.median(perItem))
                .put("items", items).put("rounds", ROUNDS).put("warmupRounds", WARMUP_ROUNDS);
        System.out.printf("Camel split alone: %.2f us per item (median of %d rounds of %,d items)%n",
                Results.median(perItem), ROUNDS, items);
        Results.append(resultFile, result);
    }

    /** {@code count} messages made as the iterator is read, as a stream's chunks are. */
    private static Iterator<Message> messages(CamelContext context, int count) {
        return new Iterator<>() {
            private int made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public Message next() {
                Message message = new DefaultMessage(context);
                message.setBody("token " + made++ + " of the streamed answer. ");
                return message;
            }
        };
    }
}
