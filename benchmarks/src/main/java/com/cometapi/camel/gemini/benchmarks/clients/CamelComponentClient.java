package com.cometapi.camel.gemini.benchmarks.clients;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.cometapi.camel.gemini.GeminiComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The component as a Camel user runs it: options on the component, the model on the endpoint, a route from
 * {@code direct:} to {@code gemini:generate} called through a {@link ProducerTemplate}; streams split with
 * {@code .split(body()).streaming()}, each chunk handled by a processor in the route.
 */
final class CamelComponentClient implements GeminiClient {

    static final String ON_CHUNK = "benchOnChunk";
    private static final AtomicInteger ROUTE_IDS = new AtomicInteger();

    private final CamelContext context;
    private final ProducerTemplate template;
    private final Map<String, String> routes = new ConcurrentHashMap<>();

    private final boolean unboundedQueues;
    private final boolean synchronous;

    /**
     * @param unboundedQueues lift the 1,000-task queue limit of Camel's default thread pool profile
     *                        ({@code camel.threadpool.max-queue-size=-1} in Camel Main / Spring Boot terms), which
     *                        bounds the ProducerTemplate's async executor and the component's timer and reply pools
     * @param synchronous     the endpoints' option {@code synchronous=true}: the caller's thread waits for the answer
     *                        and continues the route itself
     */
    CamelComponentClient(String baseUrl, int connections, boolean unboundedQueues, boolean synchronous)
            throws Exception {
        this.unboundedQueues = unboundedQueues;
        this.synchronous = synchronous;
        context = new DefaultCamelContext();
        if (unboundedQueues) {
            context.getExecutorServiceManager().getDefaultThreadPoolProfile().setMaxQueueSize(-1);
        }
        GeminiComponent gemini = new GeminiComponent();
        gemini.getConfiguration().setBaseUrl(baseUrl);
        gemini.getConfiguration().setApiKey("bench-key");
        gemini.getConfiguration().setMaxConnections(connections);
        context.addComponent("gemini", gemini);
        context.start();
        template = context.createProducerTemplate();
    }

    @Override
    public String name() {
        return synchronous ? "component-sync" : "component";
    }

    @Override
    public String asyncStyle() {
        return synchronous
                ? "ProducerTemplate.asyncRequestBody; synchronous=true: a ProducerTemplate thread waits per call"
                : unboundedQueues
                ? "ProducerTemplate.asyncRequestBody; asynchronous producer; Camel thread pool profile maxQueueSize=-1"
                : "ProducerTemplate.asyncRequestBody; asynchronous producer; Camel's default thread pool profile"
                  + " (queues of 1,000)";
    }

    @Override
    public String generate(String model, String prompt) {
        return template.requestBody(route("generate", model), prompt, String.class);
    }

    @Override
    public CompletableFuture<String> generateAsync(String model, String prompt) {
        return template.asyncRequestBody(route("generate", model), prompt, String.class);
    }

    @Override
    public void stream(String model, String prompt, Consumer<String> onChunk) {
        failIfFailed(template.request(route("stream", model), streamRequest(prompt, onChunk)));
    }

    /** The same route, sent with {@link ProducerTemplate#asyncSend}: no thread waits for the stream to end. */
    @Override
    public CompletableFuture<Void> streamAsync(String model, String prompt, Consumer<String> onChunk) {
        return template.asyncSend(route("stream", model), streamRequest(prompt, onChunk))
                .thenAccept(CamelComponentClient::failIfFailed);
    }

    /** Sets up a stream's exchange: the prompt, and the handler the route's split step hands each chunk to. */
    private static Processor streamRequest(String prompt, Consumer<String> onChunk) {
        return exchange -> {
            exchange.setPattern(ExchangePattern.InOut);
            exchange.getMessage().setBody(prompt);
            exchange.setProperty(ON_CHUNK, onChunk);
        };
    }

    private static void failIfFailed(Exchange done) {
        if (done.getException() != null) {
            throw new IllegalStateException("stream failed", done.getException());
        }
    }

    /** The direct: endpoint of the route for an operation and model, created on first use. */
    private String route(String operation, String model) {
        return routes.computeIfAbsent(operation + "/" + model, key -> {
            String from = "direct:" + operation + "-" + ROUTE_IDS.incrementAndGet();
            try {
                context.addRoutes(new RouteBuilder() {
                    @Override
                    @SuppressWarnings("unchecked")
                    public void configure() {
                        String options = "?model=" + model + (synchronous ? "&synchronous=true" : "");
                        if (operation.equals("generate")) {
                            from(from).to("gemini:generate" + options);
                        } else {
                            from(from).to("gemini:stream" + options)
                                    .split(body()).streaming()
                                    .process(exchange -> exchange.getProperty(ON_CHUNK, Consumer.class)
                                            .accept(exchange.getMessage().getBody(String.class)));
                        }
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return from;
        });
    }

    @Override
    public void close() throws Exception {
        template.stop();
        context.close();
    }
}
