package com.cometapi.camel.gemini.examples.pipeline;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.cometapi.camel.gemini.examples.pipeline.PipelineClient.Answer;
import com.cometapi.camel.gemini.test.MockGeminiServer;
import com.cometapi.camel.gemini.test.MockReply;

/**
 * Measures scale-out: one broker, a mock Gemini that answers every request after a fixed delay, and the same pipeline
 * run as one, then two worker JVMs ({@link WorkerProcess}) competing for the requests. Prints messages per second for
 * each. Arguments (all optional): requests per run (200), mock delay in ms (200), consumers per instance (4).
 */
public final class ScaleOutMeasurement {

    /** One run: how many instances, how long the requests took, who answered how many. */
    public record Result(int instances, int requests, Duration elapsed, Map<String, Integer> answersPerInstance) {

        public double throughput() {
            return requests / (elapsed.toNanos() / 1e9);
        }
    }

    private ScaleOutMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Duration delay = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 200);
        int consumers = args.length > 2 ? Integer.parseInt(args[2]) : Pipeline.DEFAULT_CONSUMERS;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (EmbeddedBroker broker = EmbeddedBroker.start();
             MockGeminiServer mock = new MockGeminiServer()) {
            mock.start();
            mock.setDefaultReply(MockReply.text("A canned answer, sent after a fixed delay.").withDelay(delay));
            out.printf("One embedded Artemis broker at %s; MockGeminiServer answers every request after %d ms.%n",
                    broker.url(), delay.toMillis());
            out.printf("Each instance is a separate JVM (PipelineApplication worker) with %d transacted consumers;"
                       + " %d requests per run, after a warm-up.%n", consumers, requests);
            List<Result> results = new ArrayList<>();
            for (int instances = 1; instances <= 2; instances++) {
                Result result = measure(broker, mock.baseUrl(), instances, consumers, requests);
                results.add(result);
                out.printf("  %d instance%s: %d answers in %5.2f s = %5.1f messages/s  %s%n", instances,
                        instances == 1 ? " " : "s", requests, result.elapsed().toNanos() / 1e9, result.throughput(),
                        result.answersPerInstance());
            }
            out.printf("Two instances / one: %.2fx. Ceiling per instance: %d consumers / %d ms = %.0f messages/s.%n",
                    results.get(1).throughput() / results.get(0).throughput(), consumers, delay.toMillis(),
                    consumers * 1000.0 / delay.toMillis());
        }
    }

    /** Starts {@code instances} workers, warms them up, times {@code requests} requests, stops the workers. */
    public static Result measure(EmbeddedBroker broker, String geminiBaseUrl, int instances, int consumers,
                                 int requests) throws Exception {
        Pipeline.Settings settings = new Pipeline.Settings(broker.url(), null, null, geminiBaseUrl,
                "offline-mock-key", consumers, null);
        List<WorkerProcess> workers = new ArrayList<>();
        try (PipelineClient client = new PipelineClient(Pipeline.connectionFactory(settings))) {
            for (int i = 1; i <= instances; i++) {
                workers.add(WorkerProcess.start(settings.withInstance("instance-" + i)));
            }
            awaitConsumers(broker, instances * consumers, workers);

            sendAndCollect(client, instances * consumers * 4); // warm-up: JIT, connections
            long start = System.nanoTime();
            Map<String, Answer> answers = sendAndCollect(client, requests);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            Map<String, Integer> perInstance = new TreeMap<>();
            answers.values().forEach(answer -> perInstance.merge(answer.instance(), 1, Integer::sum));
            return new Result(instances, requests, elapsed, perInstance);
        } finally {
            for (WorkerProcess worker : workers) {
                worker.close();
            }
        }
    }

    private static Map<String, Answer> sendAndCollect(PipelineClient client, int requests) throws Exception {
        String run = "measure-" + UUID.randomUUID().toString().substring(0, 8);
        for (int n = 1; n <= requests; n++) {
            client.send(run + "-" + n, "Request " + n, null, Map.of());
        }
        Map<String, Answer> answers = client.answers(client.queue(PipelineRoutes.ANSWERS), run, requests,
                Duration.ofMinutes(5));
        if (answers.size() != requests) {
            throw new IllegalStateException("Only " + answers.size() + " of " + requests + " answers came back");
        }
        return answers;
    }

    private static void awaitConsumers(EmbeddedBroker broker, int expected, List<WorkerProcess> workers)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (broker.consumerCount(PipelineRoutes.REQUESTS) < expected) {
            for (WorkerProcess worker : workers) {
                if (!worker.isAlive()) {
                    throw new IllegalStateException("Worker " + worker.instance() + " died:\n" + worker.output());
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Workers did not connect within 60 s");
            }
            Thread.sleep(100);
        }
    }
}
