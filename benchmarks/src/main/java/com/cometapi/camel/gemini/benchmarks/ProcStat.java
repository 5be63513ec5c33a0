package com.cometapi.camel.gemini.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Linux counters of this process from /proc: the system CPU ticks of the process, and per live thread its
 * context switches (voluntary and not) and, for HotSpot's JIT compiler threads ("C1 CompilerThread", "C2
 * CompilerThread"), its CPU ticks. The per-thread counters are compared thread by thread ({@link #switchesSince},
 * {@link #jitTicksSince}): a thread that ended between two readings takes its counts with it, so a difference of
 * sums over the live threads could come out negative (it did for context switches, with JMH's and the JIT's threads
 * coming and going); compared per thread, what an ended thread did after the first reading is not counted. Null
 * where /proc is not there.
 */
final class ProcStat {

    /** USER_HZ is 100 on every Linux this runs on. */
    static final long NANOS_PER_TICK = 10_000_000L;

    /**
     * One reading: the process's system ticks, and per thread id {context switches, JIT compiler ticks (0 for other
     * threads)}.
     */
    record Snapshot(long systemTicks, Map<String, long[]> threads) {

        /** Context switches of the threads alive now since {@code earlier} (all of them for threads started since). */
        long switchesSince(Snapshot earlier) {
            return since(earlier, 0);
        }

        /** CPU ticks of the JIT compiler threads alive now since {@code earlier}. */
        long jitTicksSince(Snapshot earlier) {
            return since(earlier, 1);
        }

        private long since(Snapshot earlier, int counter) {
            long total = 0;
            for (Map.Entry<String, long[]> thread : threads.entrySet()) {
                long[] before = earlier.threads.get(thread.getKey());
                total += thread.getValue()[counter] - (before == null ? 0 : before[counter]);
            }
            return total;
        }
    }

    private ProcStat() {
    }

    /** The process's counters now, or null. */
    static Snapshot read() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            Map<String, long[]> threads = new HashMap<>();
            try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
                for (Path task : tasks) {
                    try {
                        long switches = 0;
                        for (String line : Files.readAllLines(task.resolve("status"))) {
                            if (line.startsWith("voluntary_ctxt_switches") || line.startsWith("nonvoluntary_ctxt")) {
                                switches += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                            }
                        }
                        long jit = compilerTicks(Files.readString(task.resolve("stat")));
                        threads.put(task.getFileName().toString(), new long[] { switches, jit });
                    } catch (IOException threadEnded) {
                        // a thread that ended meanwhile
                    }
                }
            }
            return new Snapshot(Long.parseLong(fields[12]), threads);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** User plus system ticks of a thread's stat line when the thread is a JIT compiler thread, else 0. */
    private static long compilerTicks(String stat) {
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
            return 0;
        }
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
