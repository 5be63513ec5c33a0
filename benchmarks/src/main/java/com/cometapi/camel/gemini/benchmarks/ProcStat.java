package com.cometapi.camel.gemini.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Linux counters of this process from /proc: user and system CPU ticks, context switches (voluntary and not)
 * summed over its live threads, and the CPU ticks of its live JIT compiler threads (HotSpot's "C1 CompilerThread"
 * and "C2 CompilerThread"; a compiler thread that ended meanwhile is not counted). Null where /proc is not there.
 */
final class ProcStat {

    /** USER_HZ is 100 on every Linux this runs on. */
    static final long NANOS_PER_TICK = 10_000_000L;

    private ProcStat() {
    }

    /** {user ticks, system ticks, context switches, JIT compiler ticks}, or null. */
    static long[] read() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long user = Long.parseLong(fields[11]);
            long system = Long.parseLong(fields[12]);
            long switches = 0;
            long jit = 0;
            try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
                for (Path task : tasks) {
                    try {
                        for (String line : Files.readAllLines(task.resolve("status"))) {
                            if (line.startsWith("voluntary_ctxt_switches") || line.startsWith("nonvoluntary_ctxt")) {
                                switches += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                            }
                        }
                        jit += compilerTicks(Files.readString(task.resolve("stat")));
                    } catch (IOException threadEnded) {
                        // a thread that ended meanwhile
                    }
                }
            }
            return new long[] { user, system, switches, jit };
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
