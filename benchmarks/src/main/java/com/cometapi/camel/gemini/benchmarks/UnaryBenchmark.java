package com.cometapi.camel.gemini.benchmarks;

import java.util.concurrent.TimeUnit;

import com.cometapi.camel.gemini.benchmarks.clients.GeminiClient;
import com.cometapi.camel.gemini.benchmarks.clients.Libraries;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * One {@code generateContent} call (a ~1 KB answer, no server delay) through each library, the caller waiting for
 * the answer, from 1 and from 16 threads. Sample mode gives the latency distribution; {@link CpuTimeProfiler} the
 * CPU time per call. The stub server's URL comes from system property {@code bench.baseUrl}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class UnaryBenchmark {

    static final String PROMPT = "Explain in one paragraph what Apache Camel is.";

    @Param({ "raw", "camel-raw", "camel-raw-pool", "component", "component-sync", "genai", "langchain4j" })
    public String library;

    private GeminiClient client;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        client = Libraries.create(library, System.getProperty("bench.baseUrl"), 64);
        String answer = client.generate("stub", PROMPT);
        if (!answer.startsWith("Apache Camel is")) {
            throw new IllegalStateException(library + " got an unexpected answer: " + answer);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        client.close();
    }

    @Benchmark
    @Threads(1)
    public String concurrency01() throws Exception {
        return client.generate("stub", PROMPT);
    }

    @Benchmark
    @Threads(16)
    public String concurrency16() throws Exception {
        return client.generate("stub", PROMPT);
    }
}
