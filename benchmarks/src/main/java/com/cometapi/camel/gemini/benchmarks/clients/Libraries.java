package com.cometapi.camel.gemini.benchmarks.clients;

import java.util.List;

/** The libraries under test, by the names the harnesses and the report use. */
public final class Libraries {

    /** In report order: the floor first. */
    public static final List<String> ALL = List.of("raw", "component", "genai", "langchain4j");

    private Libraries() {
    }

    /**
     * @param baseUrl     the stub server, e.g. {@code http://127.0.0.1:8080}
     * @param connections connection (or concurrent request) limit where the library has one
     */
    public static GeminiClient create(String name, String baseUrl, int connections) throws Exception {
        return switch (name) {
            case "raw" -> new RawHttpClient(baseUrl, connections);
            // the raw floor inside a Camel route: what any Camel component pays at least (unary calls only)
            case "camel-raw" -> new CamelRouteFloorClient(baseUrl, connections, false);
            // the same, the exchange completed on a pool thread: the floor of a component that keeps its I/O free
            case "camel-raw-pool" -> new CamelRouteFloorClient(baseUrl, connections, true);
            // the raw floor's stream handed to a Camel route's thread and split: what any Camel component pays per
            // event that makes each event an exchange and keeps the route off the I/O threads (streams only)
            case "camel-raw-split" -> new CamelSplitFloorClient(baseUrl, connections);
            case "component" -> new CamelComponentClient(baseUrl, connections, true, false);
            // Camel's default thread pool profile: queues of at most 1,000 tasks
            case "component-defaults" -> new CamelComponentClient(baseUrl, connections, false, false);
            // the caller's thread waits and continues the route: no hand-off to the worker or stream pool
            case "component-sync" -> new CamelComponentClient(baseUrl, connections, true, true);
            case "genai" -> new GoogleGenAiClient(baseUrl, connections);
            case "langchain4j" -> new LangChain4jClient(baseUrl);
            default -> throw new IllegalArgumentException("Unknown library '" + name + "'; use one of " + ALL);
        };
    }
}
