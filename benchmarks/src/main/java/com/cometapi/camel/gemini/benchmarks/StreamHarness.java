package com.cometapi.camel.gemini.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import com.cometapi.camel.gemini.benchmarks.clients.GeminiClient;
import com.cometapi.camel.gemini.benchmarks.clients.Libraries;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Streaming through one library, in a JVM of its own. Three measurements:
 * <ol>
 * <li>Delivery latency: streams of 5 events, 5 ms apart; each event's text carries the server's send time, so the
 * time from the server writing event k to the chunk reaching the route (the handler) is measured directly. First,
 * streams of 5 events sent at once, for {@value #LATENCY_WARMUP_SECONDS} s: the code that runs once per stream (for
 * the component: its producer, Camel's split set-up) runs only once per 5 events, and a few dozen streams leave it
 * interpreted or half-compiled, so without them the first chunk measured the JIT compiler's progress.</li>
 * <li>CPU per event: streams of 500 and of 20,000 events sent as fast as the server can, once the JIT compiler has
 * gone quiet ({@link #warmUpUntilJitIdle}); process CPU time and allocated bytes divided by the events.</li>
 * <li>Slow consumer: a 100,000-event stream read by a consumer that pauses 1 ms every 25 events (far slower than
 * the server); the live heap (after a full GC) is sampled every 250 ms. A library that buffers what it has not
 * handed out yet holds it here.</li>
 * </ol>
 * Arguments: baseUrl library resultFile [quick]
 */
public final class StreamHarness {

    /** How long each library streams back-to-back 5-event answers before its delivery latency is measured. */
    static final int LATENCY_WARMUP_SECONDS = 8;

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String library = args[1];
        Path resultFile = Path.of(args[2]);
        boolean quick = args.length > 3 && args[3].equals("quick");
        ObjectNode result = Results.object();
        result.put("library", library);
        try (GeminiClient client = Libraries.create(library, baseUrl, 64)) {
            latency(client, result, quick ? 1 : LATENCY_WARMUP_SECONDS, quick ? 5 : 30, quick ? 10 : 60);
            int warmupCap = quick ? 2 : WARMUP_MAX_SECONDS;
            // process CPU is counted in 10 ms ticks: 200 streams of 500 events and 10 of 20,000 take about a second
            // each (40 and 3 took 120 to 250 ms: a dozen ticks, and two runs of the same library put the 500-event
            // figure at 3.5 and 13.5 us)
            cpuPerEvent(client, result, "short", quick ? 3 : 20, warmupCap, quick ? 3 : 200, 500);
            cpuPerEvent(client, result, "long", quick ? 1 : 2, warmupCap, quick ? 2 : 10, 20_000);
            slowConsumer(baseUrl, client, result, quick ? 20_000 : 100_000);
        }
        Results.append(resultFile, result);
    }

    /**
     * @param warmupSeconds how long to stream back-to-back 5-event answers first
     * @param warmups       paced streams then, not measured
     */
    static void latency(GeminiClient client, ObjectNode result, int warmupSeconds, int warmups, int streams)
            throws Exception {
        result.put("latencyWarmupStreams", warmUpPerStreamCode(client, warmupSeconds))
                .put("latencyWarmupSeconds", warmupSeconds);
        String model = "stub-events5-gap5-first20";
        List<Long> first = new ArrayList<>();
        List<Long> later = new ArrayList<>();
        for (int s = 0; s < warmups + streams; s++) {
            boolean measured = s >= warmups;
            AtomicInteger index = new AtomicInteger();
            client.stream(model, "Count to five", chunk -> {
                long now = System.nanoTime();
                if (chunk == null || !chunk.startsWith("t=")) {
                    return;
                }
                long sent = Long.parseLong(chunk.substring(2, chunk.indexOf(' ')));
                if (measured) {
                    (index.getAndIncrement() == 0 ? first : later).add(now - sent);
                }
            });
        }
        result.put("firstChunkP50Micros", Results.percentile(first, 50) / 1000)
                .put("firstChunkP90Micros", Results.percentile(first, 90) / 1000)
                .put("firstChunkMaxMicros", Results.percentile(first, 100) / 1000)
                .put("laterChunkP50Micros", Results.percentile(later, 50) / 1000)
                .put("laterChunkP90Micros", Results.percentile(later, 90) / 1000)
                .put("latencyStreams", streams);
        System.out.printf("%-12s first chunk p50 %.0f us, p90 %.0f us; later chunks p50 %.0f us (%d streams)%n",
                client.name(), Results.percentile(first, 50) / 1000, Results.percentile(first, 90) / 1000,
                Results.percentile(later, 50) / 1000, streams);
    }

    /** Streams back-to-back 5-event answers for {@code seconds}; returns how many. */
    private static int warmUpPerStreamCode(GeminiClient client, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int streams = 0;
        while (System.nanoTime() < end) {
            client.stream("stub-events5-gap0-first0", "Warm up", chunk -> {
            });
            streams++;
        }
        return streams;
    }

    /**
     * One stream measured: its non-empty chunks, the process's CPU time, wall time and allocation during it, and the
     * /proc readings around it. Warm-up and measurement both stream through here, so the JIT compiler has compiled
     * the same code, the readings' included, before the measured streams: with a handler of its own and the readings
     * only in the measured streams, C2 recompiled the library's inlined handler call and compiled the readings in the
     * middle of the measurement.
     */
    private record Sample(int chunks, long cpuNanos, long wallNanos, long allocatedBytes, ProcStat.Snapshot proc0,
                          ProcStat.Snapshot proc1) {

        static Sample of(GeminiClient client, String model) throws Exception {
            AtomicInteger chunks = new AtomicInteger();
            ProcStat.Snapshot proc0 = ProcStat.read();
            long cpu0 = Probe.cpuNanos();
            long alloc0 = Probe.allocatedBytes();
            long start = System.nanoTime();
            client.stream(model, "Stream fast", chunk -> {
                if (chunk != null && !chunk.isEmpty()) {
                    chunks.incrementAndGet();
                }
            });
            long wall = System.nanoTime() - start;
            long used = Probe.cpuNanos() - cpu0;
            long allocated = Probe.allocatedBytes() - alloc0;
            ProcStat.Snapshot proc1 = ProcStat.read();
            return new Sample(chunks.get(), used, wall, allocated, proc0, proc1);
        }
    }

    /** How a warm-up ended: the streams it took, and whether the JIT compiler was idle at its end. */
    record WarmUp(int streams, boolean jitIdle) {
    }

    /** Longest warm-up per stream length, and the span of streaming in which the JIT compiler must stay idle. */
    static final int WARMUP_MAX_SECONDS = 40;
    static final int JIT_IDLE_MILLIS = 300;

    /**
     * Streams {@code model} at least {@code minStreams} times, then on until the JIT compiler threads (HotSpot's C1
     * and C2) used no CPU during {@value #JIT_IDLE_MILLIS} ms of streaming, or for {@code maxSeconds} at most
     * ({@value #WARMUP_MAX_SECONDS} s in a full run). A fixed count left the compiler busy in the measured streams: in
     * a full run at 56f8f99 it was 4 to 14 µs of the CPU per event on 500-event streams, for every library, and
     * changed the order between them. The JIT is read per window, not per stream: the OS counts its CPU in 10 ms
     * ticks.
     */
    private static WarmUp warmUpUntilJitIdle(GeminiClient client, String model, int minStreams, int maxSeconds)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        int streams = 0;
        long windowStart = System.nanoTime();
        ProcStat.Snapshot windowProc = ProcStat.read();
        while (true) {
            Sample.of(client, model);
            streams++;
            long now = System.nanoTime();
            if (now - windowStart < TimeUnit.MILLISECONDS.toNanos(JIT_IDLE_MILLIS)) {
                continue;
            }
            ProcStat.Snapshot proc = ProcStat.read();
            boolean idle = windowProc == null || proc == null || proc.jitTicksSince(windowProc) == 0;
            if (streams >= minStreams && idle) {
                return new WarmUp(streams, windowProc != null && proc != null);
            }
            if (now > deadline) {
                return new WarmUp(streams, false);
            }
            windowStart = now;
            windowProc = proc;
        }
    }

    /**
     * CPU per event over {@code runs} streams of {@code events} events, measured once {@link #warmUpUntilJitIdle}
     * found the JIT compiler idle (after at least {@code warmups} streams, for {@code maxWarmupSeconds} at most).
     */
    static void cpuPerEvent(GeminiClient client, ObjectNode result, String key, int warmups, int maxWarmupSeconds,
                            int runs, int events) throws Exception {
        String model = "stub-events" + events;
        WarmUp warmUp = warmUpUntilJitIdle(client, model, warmups, maxWarmupSeconds);
        // the OS counts process CPU in 10 ms ticks: add up all measured streams, then divide
        long cpuTotal = 0;
        long sysTicks = 0;
        long jitTicks = 0;
        long switches = 0;
        List<Double> alloc = new ArrayList<>();
        List<Double> rate = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            Sample sample = Sample.of(client, model);
            if (sample.chunks() != events) {
                throw new IllegalStateException(client.name() + " delivered " + sample.chunks() + " of " + events);
            }
            cpuTotal += sample.cpuNanos();
            if (sample.proc0() != null && sample.proc1() != null) {
                sysTicks += sample.proc1().systemTicks() - sample.proc0().systemTicks();
                switches += sample.proc1().switchesSince(sample.proc0());
                jitTicks += sample.proc1().jitTicksSince(sample.proc0());
            }
            alloc.add((double) sample.allocatedBytes() / events);
            rate.add(events / (sample.wallNanos() / 1e9));
        }
        ObjectNode measured = result.putObject("cpu_" + key);
        long totalEvents = (long) events * runs;
        double cpuPerEvent = cpuTotal / 1000.0 / totalEvents;
        double sysPerEvent = sysTicks * ProcStat.NANOS_PER_TICK / 1000.0 / totalEvents;
        double jitPerEvent = jitTicks * ProcStat.NANOS_PER_TICK / 1000.0 / totalEvents;
        measured.put("cpuPerEventMicros", cpuPerEvent).put("allocPerEventBytes", Results.median(alloc))
                .put("sysPerEventMicros", sysPerEvent)
                .put("jitPerEventMicros", jitPerEvent)
                .put("contextSwitchesPerEvent", (double) switches / totalEvents)
                .put("eventsPerSecond", Results.median(rate)).put("events", events).put("runs", runs)
                .put("warmupStreams", warmUp.streams()).put("jitIdle", warmUp.jitIdle());
        System.out.printf("%-12s %d events: CPU %.2f us/event (sys %.2f, JIT %.2f), %.2f context switches/event, %.0f"
                          + " B/event allocated, %.0f events/s (%d streams)%n", client.name(), events, cpuPerEvent,
                sysPerEvent, jitPerEvent, (double) switches / totalEvents,
                Results.median(alloc), Results.median(rate), runs);
    }

    static void slowConsumer(String baseUrl, GeminiClient client, ObjectNode result, int events) throws Exception {
        String model = "stub-events" + events;
        long baseline = Probe.liveHeap();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicInteger samples = new AtomicInteger();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    TimeUnit.MILLISECONDS.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
                peak.accumulateAndGet(Probe.liveHeap(), Math::max);
                samples.incrementAndGet();
            }
        }, "bench-live-heap");
        sampler.setDaemon(true);
        AtomicInteger chunks = new AtomicInteger();
        long start = System.nanoTime();
        sampler.start();
        try {
            client.stream(model, "Stream slowly", chunk -> {
                if (chunk != null && !chunk.isEmpty() && chunks.incrementAndGet() % 25 == 0) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
                }
            });
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        long wall = System.nanoTime() - start;
        long serverMillis = Stats.fetch(baseUrl).lastStreamWriteMillis();
        result.put("slowEvents", events).put("slowChunks", chunks.get())
                .put("slowLiveHeapBaselineMb", Probe.mb(baseline))
                .put("slowLiveHeapPeakMb", Probe.mb(peak.get()))
                .put("slowLiveHeapAboveBaselineMb", Probe.mb(peak.get() - baseline))
                .put("slowConsumerMillis", TimeUnit.NANOSECONDS.toMillis(wall))
                .put("slowServerWriteMillis", serverMillis)
                .put("slowHeapSamples", samples.get());
        System.out.printf("%-12s slow consumer: %d/%d chunks in %d ms (server done writing after %d ms); live heap peak"
                          + " %.1f MB, %.1f MB above idle (%d samples)%n", client.name(), chunks.get(), events,
                TimeUnit.NANOSECONDS.toMillis(wall), serverMillis, Probe.mb(peak.get()),
                Probe.mb(peak.get() - baseline), samples.get());
        if (chunks.get() != events) {
            throw new IllegalStateException(client.name() + " delivered " + chunks.get() + " of " + events);
        }
    }
}
