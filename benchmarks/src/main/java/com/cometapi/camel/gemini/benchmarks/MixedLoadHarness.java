package com.cometapi.camel.gemini.benchmarks;

import java.nio.file.Path;

import com.cometapi.camel.gemini.benchmarks.clients.GeminiClient;
import com.cometapi.camel.gemini.benchmarks.clients.Libraries;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Mixed load through the component, in a JVM of its own: does a slow consumer, or a burst of unary calls, delay the
 * other streams? Routes as a user writes them ({@code direct:} → {@code gemini:stream} →
 * {@code .split(body()).streaming()} → a processor, and {@code direct:} → {@code gemini:generate}), all started
 * through a {@code ProducerTemplate} without waiting. Two phases, alternating round by round after one unmeasured
 * round of each:
 * <ul>
 * <li><b>alone</b>: the ordinary streams ({@code streams - slowStreams}) on their own;</li>
 * <li><b>mixed</b>: the same ordinary streams, {@code slowStreams} streams whose split step sleeps
 * {@code slowChunkMillis} on every chunk (still running long after the others ended), and {@code calls} unary calls
 * answered at once, all started together.</li>
 * </ul>
 * Every stream asks the stub for {@code events} events, the first {@value #FIRST_MILLIS} ms after the request, then
 * one every {@value #GAP_MILLIS} ms. Per phase: the ordinary streams' first-chunk latency (from starting the stream to
 * the split step's processor having the first chunk, so the stub's {@value #FIRST_MILLIS} ms are included; and the
 * part from the stub writing it, from the chunk's {@code t=} stamp), how many streams and calls completed and when
 * the last one did, and the JVM's peak live threads (every thread of the process). The component may open a
 * connection per stream and call ({@code maxConnections} = streams + calls), as in the in-flight harness.
 * <p>
 * Arguments: baseUrl resultFile [streams slowStreams calls events slowChunkMillis rounds], by default
 * {@code 50 10 500 20 300 3} (what run.sh runs, about 30 s). A quick run from the repository root, in about 10 s,
 * with a stub on port 18080 in a JVM of its own:
 * <pre>{@code
 * ./mvnw -B -q -Pbench -pl benchmarks -am package -DskipTests
 * CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
 * java -cp "$CP" com.cometapi.camel.gemini.benchmarks.StubServer 18080 4 &
 * java -Xmx1g -XX:+UseG1GC -cp "$CP" com.cometapi.camel.gemini.benchmarks.MixedLoadHarness \
 *     http://127.0.0.1:18080 /tmp/mixed.jsonl 10 2 100 10 100 1
 * kill %1
 * }</pre>
 */
public final class MixedLoadHarness {

    static final long FIRST_MILLIS = 20;
    static final long GAP_MILLIS = 20;

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        Path resultFile = Path.of(args[1]);
        int streams = intArg(args, 2, 50);
        int slowStreams = intArg(args, 3, 10);
        int calls = intArg(args, 4, 500);
        int events = intArg(args, 5, 20);
        long slowChunkMillis = intArg(args, 6, 300);
        int rounds = intArg(args, 7, 3);
        if (slowStreams > streams || rounds < 1) {
            throw new IllegalArgumentException("need slowStreams <= streams and rounds >= 1");
        }
        String model = "stub-events" + events + "-gap" + GAP_MILLIS + "-first" + FIRST_MILLIS;
        int connections = streams + calls;

        ObjectNode result = Results.object();
        result.put("library", "component").put("streams", streams).put("slowStreams", slowStreams)
                .put("calls", calls).put("events", events).put("firstMillis", FIRST_MILLIS)
                .put("gapMillis", GAP_MILLIS).put("slowChunkMillis", slowChunkMillis).put("connections", connections);
        MixedLoadPhase alone = new MixedLoadPhase("alone", streams - slowStreams, 0, 0);
        MixedLoadPhase mixed = new MixedLoadPhase("mixed", streams, slowStreams, calls);
        try (GeminiClient client = Libraries.create("component", baseUrl, connections)) {
            alone.round(client, model, events, slowChunkMillis, false);
            mixed.round(client, model, events, slowChunkMillis, false);
            result.put("threadsIdle", Probe.liveThreads());
            for (int r = 0; r < rounds; r++) {
                alone.round(client, model, events, slowChunkMillis, true);
                mixed.round(client, model, events, slowChunkMillis, true);
            }
        }
        result.set("alone", alone.toJson());
        result.set("mixed", mixed.toJson());
        Results.append(resultFile, result);
        System.out.println("alone: " + result.get("alone"));
        System.out.println("mixed: " + result.get("mixed"));
    }

    private static int intArg(String[] args, int index, int defaultValue) {
        return args.length > index ? Integer.parseInt(args[index]) : defaultValue;
    }
}
