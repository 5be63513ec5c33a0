package com.cometapi.camel.gemini.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.cometapi.camel.gemini.benchmarks.clients.GeminiClient;
import com.cometapi.camel.gemini.benchmarks.clients.Libraries;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Client CPU per call, or per streamed event, of several libraries measured in turn, in short slices: one JVM per
 * library, all started and warmed up (one after the other) first, then round after round in which each JVM in turn
 * works for one slice while the others are idle. A period in which the host slows this virtual machine down (they
 * last minutes here) then falls on every library's slices alike, where JMH or a harness run one library after the
 * other puts it on whichever libraries it is measuring at the time. A slice's figure is the process CPU time of its
 * JVM over the slice, divided by its calls (or events); the report takes each library's median slice, and its ratios
 * to other libraries from the ratios of the slices measured in the same round.
 * <p>
 * Arguments: {@code baseUrl resultFile warmupSeconds rounds sliceMillis workload library...}, with {@code workload}
 * {@code calls} (each library calls with 1 and with 16 threads, each thread waiting for its answer) or
 * {@code streams} (each library streams 500-event answers, and 20,000-event answers, one after the other, every
 * chunk handed to a handler as in {@link StreamHarness}). The JVMs are started as {@code java} with this JVM's class
 * path and {@code bench.jvmArgs} (space-separated) as options.
 */
public final class InterleavedHarness {

    /** What a slice does, what its figure is per, and the variants measured: calling threads, or events per stream. */
    enum Workload {
        CALLS("cpuMicrosPerCall", "call", 1, 16),
        STREAMS("cpuMicrosPerEvent", "event", 500, 20_000);

        final String resultKey;
        final String unit;
        final int[] variants;

        Workload(String resultKey, String unit, int... variants) {
            this.resultKey = resultKey;
            this.unit = unit;
            this.variants = variants;
        }
    }

    private InterleavedHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("child")) {
            child(args[1], args[2]);
            return;
        }
        String baseUrl = args[0];
        Path resultFile = Path.of(args[1]);
        int warmupSeconds = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        int sliceMillis = Integer.parseInt(args[4]);
        Workload workload = Workload.valueOf(args[5].toUpperCase(Locale.ROOT));
        List<String> libraries = List.of(args).subList(6, args.length);

        Map<String, Child> children = new LinkedHashMap<>();
        try {
            for (String library : libraries) {
                children.put(library, new Child(baseUrl, library));
            }
            for (Child child : children.values()) {
                for (int variant : workload.variants) {
                    child.ask("warm " + warmupSeconds * 1000 + " " + workload + " " + variant);
                }
                System.out.printf("%-15s warmed up%n", child.library);
            }
            // slices[variant][library] = CPU µs per call (or event), one per round
            Map<Integer, Map<String, List<Double>>> slices = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                for (int variant : workload.variants) {
                    for (int i = 0; i < libraries.size(); i++) {
                        // each round starts with another library, so that none always follows the same one
                        Child child = children.get(libraries.get((round + i) % libraries.size()));
                        String[] answer = child.ask("measure " + sliceMillis + " " + workload + " " + variant)
                                .split(" ");
                        double cpuMicrosPerUnit = Long.parseLong(answer[0]) / 1000.0 / Long.parseLong(answer[1]);
                        slices.computeIfAbsent(variant, t -> new LinkedHashMap<>())
                                .computeIfAbsent(child.library, l -> new ArrayList<>()).add(cpuMicrosPerUnit);
                    }
                }
                System.out.printf("round %d of %d done%n", round + 1, rounds);
            }
            ObjectNode result = Results.object();
            result.put("workload", workload.name().toLowerCase(Locale.ROOT)).put("warmupSeconds", warmupSeconds)
                    .put("rounds", rounds).put("sliceMillis", sliceMillis);
            ObjectNode byVariant = result.putObject(workload.resultKey);
            slices.forEach((variant, byLibrary) -> {
                ObjectNode node = byVariant.putObject(String.valueOf(variant));
                byLibrary.forEach((library, values) -> {
                    ArrayNode array = node.putArray(library);
                    values.forEach(array::add);
                    System.out.printf("%-15s %s %6d: median %.2f µs/%s over %d slices%n", library, workload.unit,
                            variant, Results.median(values), workload.unit, values.size());
                });
            });
            Results.append(resultFile, result);
        } finally {
            for (Child child : children.values()) {
                child.close();
            }
        }
    }

    /** Marks the child's answer lines: a library may log to standard output too. */
    private static final String ANSWER = "@@ ";

    /** A library's JVM, driven over its standard input and output, one command and one answer line at a time. */
    private static final class Child implements AutoCloseable {

        private final String library;
        private final Process process;
        private final PrintWriter commands;
        private final BufferedReader answers;

        Child(String baseUrl, String library) throws IOException {
            this.library = library;
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            for (String option : System.getProperty("bench.jvmArgs", "").split(" ")) {
                if (!option.isBlank()) {
                    command.add(option);
                }
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), InterleavedHarness.class.getName(),
                    "child", baseUrl, library));
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
            answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            ask("ready");
        }

        String ask(String command) throws IOException {
            commands.println(command);
            String answer = answers.readLine();
            while (answer != null && !answer.startsWith(ANSWER)) {
                System.out.println(library + ": " + answer);
                answer = answers.readLine();
            }
            answer = answer == null ? null : answer.substring(ANSWER.length());
            if (answer == null || answer.startsWith("error")) {
                throw new IllegalStateException(library + ": '" + command + "' failed: " + answer);
            }
            return answer;
        }

        @Override
        public void close() throws InterruptedException {
            commands.println("quit");
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /**
     * The JVM of one library: answers each command line with one line starting with {@link #ANSWER}
     * ({@code error ...} when it failed).
     */
    private static void child(String baseUrl, String library) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int maxThreads = Arrays.stream(Workload.CALLS.variants).max().orElseThrow();
        ExecutorService callers = Executors.newFixedThreadPool(maxThreads);
        try (GeminiClient client = Libraries.create(library, baseUrl, 64)) {
            for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
                String[] command = line.split(" ");
                try {
                    switch (command[0]) {
                        case "ready" -> System.out.println(ANSWER + "ready");
                        case "warm" -> {
                            work(client, callers, command);
                            System.out.println(ANSWER + "ok");
                        }
                        case "measure" -> {
                            long cpu = CpuTimeProfiler.clientCpu();
                            long units = work(client, callers, command);
                            System.out.println(ANSWER + (CpuTimeProfiler.clientCpu() - cpu) + " " + units);
                        }
                        default -> System.out.println(ANSWER + "error: unknown command " + line);
                    }
                } catch (Exception e) {
                    System.out.println(ANSWER + "error: " + e);
                }
                System.out.flush();
            }
        } finally {
            callers.shutdownNow();
        }
    }

    /** Runs {@code warm|measure millis workload variant}; the calls made, or the events streamed. */
    private static long work(GeminiClient client, ExecutorService callers, String[] command) throws Exception {
        long millis = Long.parseLong(command[1]);
        int variant = Integer.parseInt(command[3]);
        return switch (Workload.valueOf(command[2])) {
            case CALLS -> calls(client, callers, millis, variant);
            case STREAMS -> events(client, millis, variant);
        };
    }

    /**
     * Streams answers of {@code events} events back to back for {@code millis} (the last stream ends after it); the
     * events streamed. Every chunk goes to a handler, as in {@link StreamHarness}.
     */
    private static long events(GeminiClient client, long millis, int events) throws Exception {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        String model = "stub-events" + events;
        long streamed = 0;
        AtomicInteger chunks = new AtomicInteger();
        while (System.nanoTime() < end) {
            chunks.set(0);
            client.stream(model, "Stream fast", chunk -> {
                if (chunk != null && !chunk.isEmpty()) {
                    chunks.incrementAndGet();
                }
            });
            if (chunks.get() != events) {
                throw new IllegalStateException(client.name() + " delivered " + chunks.get() + " of " + events);
            }
            streamed += events;
        }
        return streamed;
    }

    /** Calls from {@code threads} threads, each waiting for its answer, for {@code millis}; the calls made. */
    private static long calls(GeminiClient client, ExecutorService callers, long millis, int threads)
            throws Exception {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        List<Future<Long>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(callers.submit(() -> {
                long calls = 0;
                while (System.nanoTime() < end) {
                    client.generate("stub", UnaryBenchmark.PROMPT);
                    calls++;
                }
                return calls;
            }));
        }
        long calls = 0;
        for (Future<Long> future : done) {
            calls += future.get();
        }
        return calls;
    }
}
