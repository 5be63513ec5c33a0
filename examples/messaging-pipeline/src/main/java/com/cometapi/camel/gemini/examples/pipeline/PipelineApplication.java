package com.cometapi.camel.gemini.examples.pipeline;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cometapi.camel.gemini.examples.pipeline.PipelineClient.Answer;
import com.cometapi.camel.gemini.examples.pipeline.PipelineClient.DeadLetter;
import com.cometapi.camel.gemini.test.MockGeminiServer;
import com.cometapi.camel.gemini.test.MockReply;
import org.apache.camel.CamelContext;

/**
 * The messaging pipeline, three ways ({@code exec.args}):
 * <ul>
 * <li>(none): the demo. Starts an embedded Artemis broker (unless {@code BROKER_URL} names one) and the offline
 * {@link MockGeminiServer} (unless {@code COMETAPI_KEY} is set), one pipeline instance with
 * {@value Pipeline#DEFAULT_CONSUMERS} consumers, sends a request that fails and {@value #REQUESTS} that do not,
 * collects the correlated answers and the dead letter, prints them and the throughput, stops.</li>
 * <li>{@code worker}: one more pipeline instance for the broker at {@code BROKER_URL}, until stopped (Ctrl+C) or
 * killed. Start it on as many machines as you like: see {@link Pipeline.Settings#fromEnvironment()}.</li>
 * <li>{@code measure}: {@link ScaleOutMeasurement}, one instance against two.</li>
 * </ul>
 */
public final class PipelineApplication {

    static final int REQUESTS = 20;
    /** Attempts the component makes before giving up on a retryable error: 1 + maxRetries (default 2). */
    static final int ATTEMPTS = 3;
    /** What the failing request asks for: no such model (the real API refuses it; the mock is scripted to). */
    static final String MISSING_MODEL = "gemini-0.0-no-such-model";
    static final String FAILING_PROMPT = "This request is meant to fail.";
    static final String[] TOPICS = {
        "the printer on floor 3 prints blank pages",
        "a customer was charged twice for one order",
        "the VPN drops every ten minutes",
        "a delivery arrived with a broken seal",
        "the password reset email never arrives" };

    /** What a run did. */
    public record Report(Map<String, String> prompts, Map<String, Answer> answers, List<DeadLetter> deadLetters,
                         Duration elapsed) {

        /** Answers per second, from the first request sent to the last answer received. */
        public double throughput() {
            return answers.size() / (elapsed.toNanos() / 1e9);
        }
    }

    private PipelineApplication() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "demo";
        switch (mode) {
            case "worker" -> worker();
            case "measure" -> ScaleOutMeasurement.main(new String[0]);
            case "demo" -> demo();
            default -> throw new IllegalArgumentException("Unknown mode '" + mode + "': use none, worker or measure");
        }
    }

    private static void demo() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String brokerUrl = System.getenv("BROKER_URL");
        EmbeddedBroker broker = null;
        MockGeminiServer mock = null;
        try {
            if (brokerUrl == null || brokerUrl.isBlank()) {
                broker = EmbeddedBroker.start();
                brokerUrl = broker.url();
                out.println("BROKER_URL is not set: started an embedded Apache Artemis broker at " + brokerUrl + ".");
            } else {
                out.println("BROKER_URL is set: using the broker at " + brokerUrl + ".");
            }
            String key = System.getenv("COMETAPI_KEY");
            if (key != null && !key.isBlank()) {
                out.println("COMETAPI_KEY is set: calling the real Gemini API through https://api.cometapi.com");
                run(brokerUrl, null, null, out); // the component reads COMETAPI_KEY itself
            } else {
                mock = new MockGeminiServer();
                mock.start();
                scriptFailure(mock);
                out.println("COMETAPI_KEY is not set: using the offline MockGeminiServer at " + mock.baseUrl()
                            + " (canned answers; the failing request is answered 503 UNAVAILABLE " + ATTEMPTS
                            + " times).");
                run(brokerUrl, mock.baseUrl(), "offline-mock-key", out);
            }
        } finally {
            if (mock != null) {
                mock.close();
            }
            if (broker != null) {
                broker.close();
            }
        }
    }

    /** The mock's answers to the failing request: an overloaded model, as often as the component tries. */
    public static void scriptFailure(MockGeminiServer mock) {
        for (int i = 0; i < ATTEMPTS; i++) {
            mock.enqueue(MockReply.error(503, "UNAVAILABLE", "The model is overloaded. Please try again later."));
        }
    }

    /**
     * Starts one pipeline instance, sends the failing request and waits for its dead letter (alone, so that the
     * mock's scripted errors answer it and nothing else), then sends {@value #REQUESTS} requests and collects their
     * answers; prints all of it; stops the instance.
     *
     * @param brokerUrl the broker
     * @param baseUrl   where Gemini is, or null for the component's default (CometAPI)
     * @param apiKey    the key, or null to let the component read COMETAPI_KEY / GEMINI_API_KEY
     */
    public static Report run(String brokerUrl, String baseUrl, String apiKey, PrintStream out) throws Exception {
        Pipeline.Settings settings = new Pipeline.Settings(brokerUrl, System.getenv("BROKER_USER"),
                System.getenv("BROKER_PASSWORD"), baseUrl, apiKey, Pipeline.DEFAULT_CONSUMERS, "demo");
        String run = "run-" + UUID.randomUUID().toString().substring(0, 8);
        try (CamelContext camel = Pipeline.start(settings);
             PipelineClient client = new PipelineClient(Pipeline.connectionFactory(settings))) {
            out.println("Pipeline: " + PipelineRoutes.REQUESTS + " -> " + settings.consumers()
                        + " transacted consumers -> gemini:generate -> JMSReplyTo (" + PipelineRoutes.ANSWERS
                        + "), failures -> " + PipelineRoutes.DEAD_LETTERS);

            out.println();
            client.send(run + "-fail", FAILING_PROMPT, client.queue(PipelineRoutes.ANSWERS),
                    Map.of(PipelineRoutes.MODEL, MISSING_MODEL));
            List<DeadLetter> deadLetters = client.deadLetters(run, 1, Duration.ofSeconds(120));
            for (DeadLetter dead : deadLetters) {
                out.println("Dead letter " + dead.correlationId() + ": " + dead.statusCode() + " " + dead.status()
                            + " \"" + dead.errorMessage() + "\" (" + dead.errorType() + "), prompt \""
                            + dead.prompt() + "\"");
            }

            Map<String, String> prompts = new LinkedHashMap<>();
            for (int n = 1; n <= REQUESTS; n++) {
                prompts.put(String.format("%s-%02d", run, n), String.format("Ticket %d: %s. Suggest a first step.", n,
                        TOPICS[(n - 1) % TOPICS.length]));
            }
            long start = System.nanoTime();
            for (Map.Entry<String, String> request : prompts.entrySet()) {
                client.send(request.getKey(), request.getValue(), client.queue(PipelineRoutes.ANSWERS), Map.of());
            }
            Map<String, Answer> answers = client.answers(client.queue(PipelineRoutes.ANSWERS), run, REQUESTS,
                    Duration.ofSeconds(300));
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            Report report = new Report(prompts, answers, deadLetters, elapsed);
            print(report, out);
            return report;
        }
    }

    private static void print(Report report, PrintStream out) {
        out.println();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> request : report.prompts().entrySet()) {
            Answer answer = report.answers().get(request.getKey());
            if (answer == null) {
                missing.add(request.getKey());
            } else {
                out.println(request.getKey() + " <- " + oneLine(answer.text(), 100));
            }
        }
        out.println();
        out.printf("Answers   : %d of %d correlated by JMSCorrelationID in %.2f s (%.1f messages/s, %d consumers)%n",
                report.answers().size(), report.prompts().size(), report.elapsed().toNanos() / 1e9,
                report.throughput(), Pipeline.DEFAULT_CONSUMERS);
        if (!missing.isEmpty()) {
            out.println("Missing   : " + String.join(", ", missing));
        }
        out.println("Dead      : " + report.deadLetters().size() + " in " + PipelineRoutes.DEAD_LETTERS);
    }

    private static String oneLine(String text, int max) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }

    private static void worker() throws Exception {
        Pipeline.Settings settings = Pipeline.Settings.fromEnvironment();
        CamelContext camel = Pipeline.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(camel::stop, "pipeline-shutdown"));
        System.out.println("Worker " + settings.instance() + ": " + settings.consumers() + " consumers on "
                           + PipelineRoutes.REQUESTS + " at " + settings.brokerUrl() + ". Ctrl+C stops it"
                           + " (requests in flight go back to the queue).");
        Thread.currentThread().join();
    }
}
