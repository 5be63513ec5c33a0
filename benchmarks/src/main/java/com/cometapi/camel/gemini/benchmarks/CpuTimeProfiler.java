package com.cometapi.camel.gemini.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler for CPU time per operation: the benchmark process's CPU time (all its threads: callers, I/O
 * reactors, completion pools, GC and JIT) as the OS counts it, over each iteration, divided by the operations of
 * that iteration. With {@code bench.baseUrl} set it also reports the stub server's CPU time per operation (its
 * {@code /stats}), which shows the server did the same work for every library.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private long clientCpuBefore;
    private ProcStat.Snapshot procBefore;
    private long serverCpuBefore = -1;

    @Override
    public String getDescription() {
        return "process CPU time per operation (client) and stub server CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        serverCpuBefore = serverCpu();
        procBefore = ProcStat.read();
        clientCpuBefore = clientCpu();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
                                                       IterationParams iterationParams, IterationResult result) {
        long clientCpu = clientCpu() - clientCpuBefore;
        ProcStat.Snapshot proc = ProcStat.read();
        long serverCpu = serverCpu();
        long ops = result.getMetadata().getAllOps();
        List<Result> results = new ArrayList<>();
        if (ops > 0) {
            results.add(new ScalarResult("cpu.client", clientCpu / 1000.0 / ops, "us/op", AggregationPolicy.AVG));
            if (serverCpuBefore >= 0 && serverCpu >= 0) {
                results.add(new ScalarResult("cpu.server", (serverCpu - serverCpuBefore) / 1000.0 / ops, "us/op",
                        AggregationPolicy.AVG));
            }
            if (proc != null && procBefore != null) {
                results.add(new ScalarResult("cpu.client.sys", (proc.systemTicks() - procBefore.systemTicks())
                        * ProcStat.NANOS_PER_TICK / 1000.0 / ops, "us/op", AggregationPolicy.AVG));
                results.add(new ScalarResult("cpu.client.jit", proc.jitTicksSince(procBefore)
                        * ProcStat.NANOS_PER_TICK / 1000.0 / ops, "us/op", AggregationPolicy.AVG));
                results.add(new ScalarResult("ctxsw", (double) proc.switchesSince(procBefore) / ops, "#/op",
                        AggregationPolicy.AVG));
            }
            results.add(new ScalarResult("ops", ops, "ops", AggregationPolicy.SUM));
        }
        return results;
    }

    static long clientCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long serverCpu() {
        String baseUrl = System.getProperty("bench.baseUrl");
        return baseUrl == null ? -1 : Stats.fetch(baseUrl).cpuNanos();
    }
}
