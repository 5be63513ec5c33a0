package com.cometapi.camel.gemini.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Process-wide readings for the harnesses: CPU time, live threads, heap (sampled, and live after a full GC). */
final class Probe {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Probe() {
    }

    static long cpuNanos() {
        return CpuTimeProfiler.clientCpu();
    }

    static int liveThreads() {
        return THREADS.getThreadCount();
    }

    static void resetPeakThreads() {
        THREADS.resetPeakThreadCount();
    }

    static int peakThreads() {
        return THREADS.getPeakThreadCount();
    }

    static long usedHeap() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** Heap still in use after a full collection: what the process really holds. */
    static long liveHeap() {
        System.gc();
        return usedHeap();
    }

    /** Bytes allocated so far by the live threads of the process. */
    static long allocatedBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) THREADS;
        long sum = 0;
        for (long allocated : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(allocated, 0);
        }
        return sum;
    }

    static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    /** Samples used heap every few milliseconds until closed, keeping the peak. */
    static final class HeapSampler implements AutoCloseable {

        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        HeapSampler(long periodMillis) {
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(usedHeap(), Math::max);
                    try {
                        TimeUnit.MILLISECONDS.sleep(periodMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long peak() {
            return Math.max(peak.get(), usedHeap());
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
        }
    }
}
