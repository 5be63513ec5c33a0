package com.cometapi.camel.gemini.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.cometapi.camel.gemini.benchmarks.clients.GeminiClient;
import com.cometapi.camel.gemini.benchmarks.clients.Libraries;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * In-flight capacity of one library, in a JVM of its own: {@code calls} calls started at once with the library's
 * asynchronous API (or a thread per call where it has none), the server answering each after {@code delay} ms.
 * Per run: wall time from the first start to the last answer, peak live threads, peak used heap (sampled every 5 ms,
 * garbage included) and process CPU. One more run takes the live heap (after a full GC) 800 ms in, while the calls
 * are waiting on the server.
 * <p>
 * Arguments: baseUrl library calls delayMillis runs connections resultFile [label]
 */
public final class InFlightHarness {

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String library = args[1];
        int calls = Integer.parseInt(args[2]);
        long delay = Long.parseLong(args[3]);
        int runs = Integer.parseInt(args[4]);
        int connections = Integer.parseInt(args[5]);
        Path resultFile = Path.of(args[6]);
        String label = args.length > 7 ? args[7] : library;
        String model = "stub-delay" + delay;

        ObjectNode result = Results.object();
        result.put("library", library).put("label", label).put("calls", calls).put("delayMillis", delay)
                .put("connections", connections);
        int threadsAtStart = Probe.liveThreads();
        try (GeminiClient client = Libraries.create(library, baseUrl, connections)) {
            result.put("asyncStyle", client.asyncStyle());
            // warm-up: JIT, connection pool, thread pools; then one full-size run that is not counted
            for (int i = 0; i < 5; i++) {
                run(client, "stub", 200);
            }
            result.put("threadsIdle", Probe.liveThreads());
            result.put("threadsBeforeClient", threadsAtStart);
            Run warm = run(client, model, calls);
            result.put("warmupRunMillis", warm.wallMillis);
            ArrayNode measured = result.putArray("runs");
            for (int r = 0; r < runs; r++) {
                Run run = run(client, model, calls);
                measured.addObject().put("wallMillis", run.wallMillis).put("submitMillis", run.submitMillis)
                        .put("peakThreads", run.peakThreads).put("peakHeapMb", Probe.mb(run.peakHeap))
                        .put("cpuMillis", run.cpuNanos / 1e6).put("errors", run.errors)
                        .put("firstError", run.firstError);
                System.out.printf("%-12s run %d: %d calls in %d ms (started in %d ms), peak threads %d, peak heap %.0f"
                                  + " MB, CPU %.0f ms, errors %d%n", label, r + 1, calls, run.wallMillis,
                        run.submitMillis, run.peakThreads, Probe.mb(run.peakHeap), run.cpuNanos / 1e6, run.errors);
            }
            long baseline = Probe.liveHeap();
            LiveHeap live = liveHeapRun(client, model, calls);
            result.put("liveHeapBaselineMb", Probe.mb(baseline)).put("liveHeapInFlightMb", Probe.mb(live.bytes))
                    .put("inFlightAtGc", live.inFlight);
            System.out.printf("%-12s live heap %.1f MB with %d calls in flight (%.1f MB idle)%n", label,
                    Probe.mb(live.bytes), live.inFlight, Probe.mb(baseline));
        }
        Results.append(resultFile, result);
    }

    /** The exception and its causes, one line. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }

    record Run(long wallMillis, long submitMillis, int peakThreads, long peakHeap, long cpuNanos, int errors,
               String firstError) {
    }

    record LiveHeap(long bytes, int inFlight) {
    }

    static Run run(GeminiClient client, String model, int calls) throws Exception {
        Probe.resetPeakThreads();
        try (Probe.HeapSampler heap = new Probe.HeapSampler(5)) {
            long cpu = Probe.cpuNanos();
            long start = System.nanoTime();
            CallBurst burst = new CallBurst(client, model);
            for (int i = 0; i < calls; i++) {
                burst.start();
            }
            long submitted = System.nanoTime();
            burst.await();
            long end = System.nanoTime();
            long cpuUsed = Probe.cpuNanos() - cpu;
            return new Run(TimeUnit.NANOSECONDS.toMillis(end - start), TimeUnit.NANOSECONDS.toMillis(submitted - start),
                    Probe.peakThreads(), heap.peak(), cpuUsed, burst.errors(), burst.firstError());
        }
    }

    static LiveHeap liveHeapRun(GeminiClient client, String model, int calls) throws Exception {
        long start = System.nanoTime();
        CallBurst burst = new CallBurst(client, model);
        for (int i = 0; i < calls; i++) {
            burst.start();
        }
        long wait = TimeUnit.MILLISECONDS.toNanos(800) - (System.nanoTime() - start);
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
        int inFlight = burst.pending();
        long live = Probe.liveHeap();
        burst.await();
        return new LiveHeap(live, inFlight);
    }
}
