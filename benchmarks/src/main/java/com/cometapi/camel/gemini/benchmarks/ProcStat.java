package com.cometapi.camel.gemini.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Linux counters of this process from /proc: user and system CPU ticks, and context switches (voluntary and not)
 * summed over its live threads. Null where /proc is not there.
 */
final class ProcStat {

    /** USER_HZ is 100 on every Linux this runs on. */
    static final long NANOS_PER_TICK = 10_000_000L;

    private ProcStat() {
    }

    /** {user ticks, system ticks, context switches}, or null. */
    static long[] read() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long user = Long.parseLong(fields[11]);
            long system = Long.parseLong(fields[12]);
            long switches = 0;
            try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
                for (Path task : tasks) {
                    try {
                        for (String line : Files.readAllLines(task.resolve("status"))) {
                            if (line.startsWith("voluntary_ctxt_switches") || line.startsWith("nonvoluntary_ctxt")) {
                                switches += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                            }
                        }
                    } catch (IOException threadEnded) {
                        // a thread that ended meanwhile
                    }
                }
            }
            return new long[] { user, system, switches };
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
