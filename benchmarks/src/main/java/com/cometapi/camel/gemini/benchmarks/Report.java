package com.cometapi.camel.gemini.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes docs/performance.md from the result files of one run.sh run. Arguments: resultsDir findingsFile output.
 * <p>
 * <b>Placeholders.</b> The findings text quotes the run's figures as placeholders {@code {{key}}}, each replaced by
 * the figure exactly as the tables print it (same rounding, thousands separators, {@code –} for a figure the run
 * could not measure), so the prose always quotes the run it is published with. The key of every printed figure is
 * recorded when its table is written ({@link #v}); the keys are:
 * <ul>
 * <li>{@code unary.cN.LIB.F}, per call at concurrency {@code N} = {@code 1} or {@code 16} (JMH threads), with
 * {@code F}: {@code cpu} (client CPU µs/call), {@code cpuRatio} (vs raw), {@code sys}, {@code jit} (µs/call),
 * {@code switches} (context switches per call, of all the client's threads),
 * {@code allocKb} (KB/call), {@code p50}, {@code p50Ratio}, {@code p99}, {@code p99Ratio} (latency µs and vs raw; the p99 ratio is
 * not a table column, it is computed from the p99 column and printed like the other ratios), {@code callsPerSecond},
 * {@code stubCpu} (stub CPU µs/call), {@code cpuSpread} and {@code p50Spread} (the "fork spread" column: how far
 * apart the forks put {@code cpu} and {@code p50}, e.g. {@code 14.4%}, see {@link ForkSpread}), {@code forks} (forks
 * measured: the JMH line's count, one more where run.sh ran one more). {@code cpu}, {@code p50} and their ratios end
 * in {@link ForkSpread#MARK} when their forks (or raw's, for a ratio) are more than {@link ForkSpread#UNSTABLE}
 * apart, in the findings too.
 * Example: {@code {{unary.c1.component.cpuRatio}}}.</li>
 * <li>{@code inturn.cN.LIB.F}, the per-call CPU measured in turn ({@link InterleavedHarness}), with {@code F}:
 * {@code cpu} (median slice, µs/call), {@code cpuRatio} and {@code genaiRatio} (median of the same-round ratios to
 * raw and to google-genai), {@code q1} and {@code q3} (the slices' quartiles); also {@code inturn.rounds},
 * {@code inturn.sliceMillis} and {@code inturn.warmupSeconds}. The CPU per streamed event measured in turn likewise:
 * {@code inturn.e500.LIB.F} and {@code inturn.e20k.LIB.F} (500- and 20,000-event streams), with {@code F}
 * {@code cpu}, {@code cpuRatio}, {@code langchain4jRatio} (to langchain4j), {@code q1}, {@code q3}; also
 * {@code inturnStreams.rounds}. In that table {@code LIB} also {@code camel-raw-split}: the raw floor's stream
 * handed to a Camel route and split.</li>
 * <li>{@code inflight.LIB.F}, the in-flight table, with {@code F}: {@code wall} (ms, median), {@code wallRatio},
 * {@code peakThreads}, {@code idleThreads}, {@code liveHeapMb} and {@code liveHeapIdleMb} (the figure in brackets),
 * {@code peakHeapMb}, {@code cpuMs} (CPU ms per burst), {@code failed} and {@code calls} (the "failed calls" cell:
 * {@code failed} of {@code calls}), {@code connections}. Also {@code inflight.callsPerBurst} and
 * {@code inflight.delayMs} (the section's title) and {@code inflight.bursts} (measured bursts per library), and
 * {@code inflight.component.threadsTarget}: whether the component's peak meets the target of 2,000 calls in flight
 * on at most 64 live threads ({@code met}, {@code not met}, or why it was not judged).</li>
 * <li>{@code stream.LIB.F}, the three streaming tables, with {@code F}: delivery {@code firstP50}, {@code firstP90},
 * {@code firstMax}, {@code firstRatio}, {@code laterP50}, {@code laterP90} (µs); CPU per event on 500-event streams
 * {@code cpu500}, {@code cpu500Ratio}, {@code sys500}, {@code jit500}, {@code switches500} (context switches/event),
 * {@code alloc500} (B/event), {@code eventsPerSecond500}, and the same with {@code 20k} for 20,000-event streams
 * ({@code cpu20k}, {@code cpu20kRatio}, {@code sys20k}, {@code jit20k}, {@code switches20k}, {@code alloc20k},
 * {@code eventsPerSecond20k}); slow consumer {@code slowChunks}, {@code slowConsumerMs}, {@code slowServerMs},
 * {@code slowPeakMb}, {@code slowAboveIdleMb}. Also {@code stream.slowEvents} (events of the slow stream) and
 * {@code stream.splitFloor} (Camel's splitter alone, µs of CPU per item).</li>
 * <li>{@code mixed.PHASE.F}, the mixed-load table (the component only), {@code PHASE} {@code alone} or
 * {@code mixed}, with {@code F}: {@code streamsCompleted}, {@code streamsStarted} (ordinary streams, all rounds),
 * {@code firstP50}, {@code firstP99} (first chunk, ms), {@code deliveryP99} (its part from the stub's write, ms),
 * {@code streamsDoneMs}, {@code peakThreads}; for {@code mixed} also {@code slowCompleted}, {@code slowStarted},
 * {@code slowDoneMs}, {@code callsCompleted}, {@code callsStarted}, {@code callsDoneMs}. Also {@code mixed.streams},
 * {@code mixed.slowStreams}, {@code mixed.calls} (the title), {@code mixed.ordinaryStreams}, {@code mixed.rounds},
 * {@code mixed.samples} (first chunks per phase), {@code mixed.events}, {@code mixed.slowChunkMs}, and the targets:
 * {@code mixed.firstP99Ratio} (mixed p99 / alone p99) and {@code mixed.firstP99Target} ({@code met} or
 * {@code not met}).</li>
 * <li>{@code profile.MODE.LIB.ROW}, JFR samples per 1,000 calls ({@code MODE} {@code unary}) or per 1,000 500-event
 * streams ({@code MODE} {@code stream}) charged to a row of the "samples charged to" table; {@code ROW} is the row's
 * name in lower case with every run of other characters as one {@code -} and no {@code -} at either end, e.g.
 * {@code profile.unary.raw.httpclient-5-httpcore-5}, {@code profile.unary.component.camel-core},
 * {@code profile.unary.component.component-http}, {@code profile.stream.component.jdk-only-i-o-selector-threads}.
 * {@code ROW} {@code total} is the bold total row; {@code samples} and {@code calls} are the raw counts under the
 * table (calls counts streams in stream mode).</li>
 * </ul>
 * {@code LIB} is {@code raw}, {@code component}, {@code genai} or {@code langchain4j}, and in the in-flight table
 * also {@code component-defaults} (the component with Camel's default thread pool profile). A key that depends on a
 * row the run did not produce (a library, a profile row with no samples) is unknown.
 * <p>
 * A placeholder whose key no table of this run printed fails the report with a message naming it (and listing the
 * run's keys), and so does any <code>&#123;&#123;</code> or <code>&#125;&#125;</code> that is not part of a
 * well-formed placeholder, or an unclosed comment: the output is then not written, and never shows a blank or a raw
 * placeholder. HTML comments ({@code <!-- -->}, e.g. the key list at the top of findings.md) are dropped from the
 * findings before the placeholders are replaced.
 */
public final class Report {

    private static final List<String> ORDER = List.of("raw", "camel-raw", "camel-raw-pool", "camel-raw-split",
            "component",
            "component-sync", "component-defaults", "genai", "langchain4j");
    private static final Map<String, String> NAMES = Map.of(
            "raw", "raw HttpClient 5 + Jackson (floor)",
            "camel-raw", "the floor inside a Camel route (no component)",
            "camel-raw-pool", "the same, answer handed to a pool thread",
            "camel-raw-split", "the floor's stream split in a Camel route, each event handed over (no component)",
            "component", "**gemini component** (Camel route)",
            "component-sync", "gemini component, `synchronous=true`",
            "component-defaults", "gemini component, Camel's default pool queues (1,000)",
            "genai", "google-genai",
            "langchain4j", "langchain4j");

    private static final String INFLIGHT_TARGET = "2,000 unary calls in flight on ≤ 64 live threads";
    private static final double FIRST_CHUNK_TARGET = 2.0;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z0-9_.-]+)}}");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->\\s*", Pattern.DOTALL);
    /** <code>&#123;&#123;</code> or <code>&#125;&#125;</code>, well-formed placeholders' included. */
    private static final Pattern BRACES = Pattern.compile("\\{\\{|}}");

    private final StringBuilder out = new StringBuilder();
    /** Every figure printed in a table, by placeholder key. */
    private final Map<String, String> figures = new TreeMap<>();

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args[0]);
        String findings = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        Path output = Path.of(args[2]);
        Report report = new Report();
        try {
            report.write(results, findings);
        } catch (FindingsException e) {
            System.err.println("Report: " + args[1] + ": " + e.getMessage() + " " + output + " was not written.");
            System.exit(1);
        }
        Files.writeString(output, report.out.toString(), StandardCharsets.UTF_8);
    }

    /** The findings text cannot be filled from this run's figures. */
    static final class FindingsException extends RuntimeException {
        FindingsException(String message) {
            super(message);
        }
    }

    private void write(Path results, String findings) throws IOException {
        Properties env = new Properties();
        try (var reader = Files.newBufferedReader(results.resolve("env.properties"))) {
            env.load(reader);
        }
        line("# Performance: the gemini component side by side");
        line("");
        line("Generated by `benchmarks/run.sh` on " + env.getProperty("date") + "; every number below comes from"
             + " that run. Do not edit by hand: change `benchmarks/` and run the script again.");
        line("");
        line("All four clients call the same stub Gemini server (its own JVM, on 127.0.0.1, see"
             + " `StubServer`) through their normal public API: the component through a Camel route"
             + " (`direct:` → `gemini:generate`, `ProducerTemplate`), the raw floor with Apache HttpClient 5 async"
             + " and a Jackson tree (the transport the component itself uses, with nothing around it),"
             + " `com.google.genai:google-genai` and `dev.langchain4j:langchain4j-google-ai-gemini`. Ratios are"
             + " to the raw floor (1.00 = as cheap as raw HttpClient; lower is better for every figure here). Four"
             + " more rows show what Camel costs by itself, with no component: the raw floor called from a Camel"
             + " route the way the component is (per call), the same with the answer handed to a pool thread as"
             + " the component's default mode must (per call), the raw floor's stream handed to a Camel route's"
             + " thread and split into one exchange per event (per streamed event), and Camel's splitter over"
             + " in-memory messages (per streamed chunk).");
        line("");
        line("**Machine and load.** " + env.getProperty("machine") + ". Load average before the run: "
             + env.getProperty("loadBefore") + "; after: " + env.getProperty("loadAfter") + ". Other builds"
             + " may have been running on this machine during the run (it is shared by the team's sessions): the"
             + " client and the stub server also share the 2 cores. Treat small differences (under ~15%) as"
             + " noise; the large ones are reproducible.");
        line("");
        line("**Versions.** " + env.getProperty("versions"));
        line("");
        line("**Command.** `" + env.getProperty("command") + "` (run from the repository root; took "
             + env.getProperty("duration") + "). Component jar measured: " + env.getProperty("componentJar") + ".");
        line("");
        unary(results);
        inTurn(results.resolve("interleaved.jsonl"));
        inflight(results.resolve("inflight.jsonl"));
        streaming(results.resolve("stream.jsonl"), results.resolve("interleaved-streams.jsonl"),
                results.resolve("split.jsonl"));
        mixedLoad(results.resolve("mixed.jsonl"), results.resolve("inflight.jsonl"));
        profile(results.resolve("profile.jsonl"));
        line(fill(findings).strip());
        line("");
        line("## How it was measured");
        line("");
        line("- **Per call** (`UnaryBenchmark`, JMH " + env.getProperty("jmh") + "): `generateContent` returning a"
             + " 946-byte answer at once; the calling thread waits for each answer (1 or 16 JMH threads)."
             + " Sample mode for the latency percentiles (all forks together). CPU per call: the benchmark"
             + " process's CPU time as the OS counts it (all threads: callers, I/O reactor, pools, GC, JIT), over each"
             + " measured iteration, divided by its calls (`CpuTimeProfiler`). The forks of a library run minutes"
             + " apart, one per round of every library in turn, because this virtual machine's host slows it down"
             + " for minutes at a time; a fork's figure is the mean of its iterations, a library's the median of its"
             + " forks (of two, their mean), and where the client CPU of raw, a route floor, the component or"
             + " google-genai differs by more than " + f0(ForkSpread.UNSTABLE * 100) + "% between forks, run.sh"
             + " gives each of them one fork more, once, in a third round, so that the median leaves a slowed fork"
             + " out;"
             + " *sys* is the kernel part of it and *JIT* the part spent by HotSpot's compiler threads (both from"
             + " /proc; a library with more code to compile pays more JIT in the first seconds). Context switches per"
             + " call: voluntary and involuntary, of all the client's threads, compared thread by thread from /proc:"
             + " a thread that waits for another's work and is woken for it counts one. Allocation per call"
             + " from JMH's gc profiler. The stub's own CPU per call is shown to prove the server did the same work for every client.");
        line("- **In flight** (`InFlightHarness`, one JVM per library, `-Xmx1g`): 2,000 calls started at once,"
             + " each answered after 1 s. Five warm-up bursts of 200 fast calls and one unmeasured 2,000-call run,"
             + " then measured runs: wall time (median), peak live threads (max), peak used heap sampled every 5 ms"
             + " (garbage included, so it mostly reflects allocation rate and GC timing), and one more run in which"
             + " a full GC 800 ms in gives the live heap while the calls wait. Connection limits raised to 2,000"
             + " where a library has one (component `maxConnections`, HttpClient pool, OkHttp dispatcher).");
        line("- **Streaming** (`StreamHarness`, two JVMs per library one after the other, `-Xmx1g`): (1) streams of"
             + " 5 events 5 ms apart, after 8 s of back-to-back 5-event streams; the server writes"
             + " `t=<System.nanoTime()>` into each event's text just before sending it, and the route's processor (the"
             + " handler, for the others) subtracts it on arrival; (2) streams of 500 and 20,000 events sent back to"
             + " back, once the JIT compiler is idle: process CPU over all measured streams divided by their events;"
             + " (3) 100,000 events to a consumer that parks 1 ms every 25 chunks, with the live heap after a full GC"
             + " sampled every 250 ms. The component is read as a route would: `.split(body()).streaming()` then a"
             + " processor. `SplitFloorHarness` (its own JVM) runs that route over in-memory messages."
             + " `InterleavedHarness` measures (2) once more with the libraries in turn, 1 s slices of back-to-back"
             + " streams of each length, one JVM per library, with one more row, `CamelSplitFloorClient`: the raw"
             + " floor's stream, its events handed over from the I/O thread a network read at a time to a Camel"
             + " route's thread and split there by the same route.");
        line("- **Mixed load** (`MixedLoadHarness`, one JVM, `-Xmx1g`, the component only): every stream and"
             + " call started without waiting (`ProducerTemplate.asyncSend` into a `gemini:stream` route split with"
             + " `.split(body()).streaming()`, `asyncRequestBody` into a `gemini:generate` route), interleaved from"
             + " one thread, then awaited; the ordinary streams alone and then mixed with the slow streams and the"
             + " calls, round after round. `maxConnections` is the number of streams and calls. The stub writes"
             + " paced streams from a timer, so it serves every stream at once.");
        line("- **Profile** (`ProfileHarness`, one JVM per row): the single-threaded call loop (and a loop of"
             + " 500-event streams) for 12 s under JDK Flight Recorder's execution sampler, after 5 s of warm-up."
             + " The sampler sees only threads running Java code, so the profile explains the Java part of the CPU"
             + " columns, not kernel, GC or JIT time. The raw floor's SSE parser is a plain byte loop written for"
             + " this benchmark (`RawHttpClient.SseConsumer`), not a tuned one.");
        line("");
    }

    /**
     * The per-call tables, from unary-1.json and unary-2.json (run.sh's two rounds) and, when run.sh ran one fork
     * more, unary-extra.json. A CPU or p50 figure
     * whose forks are more than {@link ForkSpread#UNSTABLE} apart is marked {@link ForkSpread#MARK}, and so is a
     * ratio computed from one.
     */
    private void unary(Path results) throws IOException {
        Map<String, Map<String, UnaryRow>> all = UnaryRow.read(List.of(results.resolve("unary-1.json"),
                results.resolve("unary-2.json"), results.resolve("unary-extra.json")));
        if (all.isEmpty()) {
            return;
        }
        line("## Per call: CPU time and latency");
        line("");
        for (String benchmark : List.of("concurrency01", "concurrency16")) {
            Map<String, UnaryRow> rows = all.getOrDefault(benchmark, Map.of());
            if (rows.isEmpty()) {
                continue;
            }
            JsonNode any = rows.values().iterator().next().settings();
            int threads = any.get("threads").asInt();
            String c = "unary.c" + threads + ".";
            line("### Concurrency " + threads);
            line("");
            line("| library | client CPU µs/call | vs raw | of which sys µs | of which JIT µs | context switches/call |"
                 + " allocated KB/call | latency p50 µs | p50 vs raw | p99 µs | calls/s | stub CPU µs/call |"
                 + " fork spread: CPU / p50 |");
            line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            UnaryRow raw = rows.get("raw");
            boolean rawCpuUnstable = raw != null && ForkSpread.unstable(ForkSpread.of(raw.forkMeans("cpu.client")));
            boolean rawP50Unstable = raw != null && ForkSpread.unstable(ForkSpread.of(raw.forkPercentiles(50)));
            for (String library : ordered(rows.keySet())) {
                UnaryRow row = rows.get(library);
                double cpu = row.forkMedian("cpu.client");
                double p50 = row.percentile(50);
                double cpuSpread = ForkSpread.of(row.forkMeans("cpu.client"));
                double p50Spread = ForkSpread.of(row.forkPercentiles(50));
                boolean cpuUnstable = ForkSpread.unstable(cpuSpread);
                boolean p50Unstable = ForkSpread.unstable(p50Spread);
                String k = c + library + ".";
                v(k + "forks", String.valueOf(row.forks()));
                line("| " + NAMES.get(library) + " | " + v(k + "cpu", ForkSpread.marked(f0(cpu), cpuUnstable)) + " | "
                     + v(k + "cpuRatio", ForkSpread.marked(ratio(cpu, raw == null ? 0 : raw.forkMedian("cpu.client")),
                        row != raw && (cpuUnstable || rawCpuUnstable))) + " | "
                     + v(k + "sys", f0(row.forkMedian("cpu.client.sys"))) + " | "
                     + v(k + "jit", f0(row.forkMedian("cpu.client.jit"))) + " | "
                     + v(k + "switches", f1(row.forkMedian("ctxsw"))) + " | "
                     + v(k + "allocKb", f1(row.forkMedian("gc.alloc.rate.norm") / 1024)) + " | "
                     + v(k + "p50", ForkSpread.marked(f0(p50), p50Unstable)) + " | "
                     + v(k + "p50Ratio", ForkSpread.marked(ratio(p50, raw == null ? 0 : raw.percentile(50)),
                        row != raw && (p50Unstable || rawP50Unstable))) + " | "
                     + v(k + "p99", f0(row.percentile(99))) + " | " + v(k + "callsPerSecond", f0(row.callsPerSecond()))
                     + " | " + v(k + "stubCpu", f0(row.forkMedian("cpu.server"))) + " | "
                     + v(k + "cpuSpread", ForkSpread.percent(cpuSpread)) + " / "
                     + v(k + "p50Spread", ForkSpread.percent(p50Spread)) + " |");
            }
            for (String library : rows.keySet()) {
                v(c + library + ".p99Ratio", ratio(rows.get(library).percentile(99),
                        raw == null ? 0 : raw.percentile(99)));
            }
            line("");
            line("JMH: " + any.get("measurementIterations").asInt() + " × " + any.get("measurementTime").asText()
                 + " measured after " + any.get("warmupIterations").asInt() + " × " + any.get("warmupTime").asText()
                 + " warm-up, " + threads + " thread(s), in " + forks(rows) + "; JVM args `"
                 + String.join(" ", iterable(any.get("jvmArgs"))) + "`.");
            line("");
        }
        line("Fork spread: how far apart the forks (separate JVMs) put the figure, the largest fork's over the"
             + " smallest's, minus 1; a fork's CPU is the mean of its iterations, its p50 that of its own samples."
             + " A figure marked " + ForkSpread.MARK + " is not stable: its forks are more than "
             + f0(ForkSpread.UNSTABLE * 100) + "% apart, and a rerun may well print a different one; a ratio is"
             + " marked when either of its figures is.");
        line("");
    }

    /**
     * The forks of a per-call table as its JMH line says them: one per round (run.sh's JMH runs, each measuring every
     * library in turn, the second in reverse order), and the libraries measured in one round more because their
     * forks disagreed.
     */
    private static String forks(Map<String, UnaryRow> rows) {
        int rounds = rows.values().stream().mapToInt(UnaryRow::runs).min().orElse(0);
        List<String> more = new ArrayList<>();
        for (String library : ordered(rows.keySet())) {
            if (rows.get(library).runs() > rounds) {
                more.add(library + ": " + rows.get(library).forks());
            }
        }
        return rows.values().iterator().next().settings().get("forks").asInt() * rounds + " forks per library, one"
               + " in each of " + rounds + " JMH runs one after the other (every library in turn, the second run in"
               + " reverse order), so that a library's forks are minutes apart"
               + (more.isEmpty() ? "" : " (" + String.join(", ", more) + ": the last in one more run, which run.sh"
                  + " starts when the client CPU per call of raw, a route floor, the component or google-genai"
                  + " differs by more than " + f0(ForkSpread.UNSTABLE * 100) + "% between its forks)");
    }

    /**
     * The per-call CPU measured in turn ({@link InterleavedHarness}, workload {@code calls}): per library and
     * concurrency the median slice, its ratio to raw and to google-genai as the median of the ratios of slices
     * measured in the same round, and the spread of its slices.
     */
    private void inTurn(Path file) throws IOException {
        List<JsonNode> runs = jsonLines(file);
        if (runs.isEmpty()) {
            return;
        }
        JsonNode run = runs.get(0);
        v("inturn.rounds", String.valueOf(run.get("rounds").asInt()));
        v("inturn.sliceMillis", f0(run.get("sliceMillis").asDouble()));
        v("inturn.warmupSeconds", String.valueOf(run.get("warmupSeconds").asInt()));
        line("### Client CPU per call, the libraries measured in turn");
        line("");
        inTurnTable(run.get("cpuMicrosPerCall"), new String[][] {{"1", "concurrency 1", "c1"},
                {"16", "concurrency 16", "c16"}}, "call", "genai", Report::f0);
        line("");
        line("One JVM per library (`InterleavedHarness`), all warmed up first (" + run.get("warmupSeconds").asInt()
             + " s of calls at each concurrency, one JVM after the other), then " + run.get("rounds").asInt()
             + " rounds in which each JVM in turn makes calls for " + f0(run.get("sliceMillis").asDouble())
             + " ms while the others are idle; a slice's figure is its JVM's CPU time over the slice divided by its"
             + " calls. CPU µs/call is a library's median slice; \"vs\" is the median over the rounds of its slice"
             + " divided by the other library's slice of the same round. A slow-down of the host falls on every"
             + " library alike here, where in the JMH tables above it falls on the libraries measured at the time.");
        line("");
    }

    /**
     * The CPU per streamed event measured in turn ({@link InterleavedHarness}, workload {@code streams}), as
     * {@link #inTurn} per call, compared with raw and langchain4j.
     */
    private void inTurnStreams(Path file) throws IOException {
        List<JsonNode> runs = jsonLines(file);
        if (runs.isEmpty()) {
            return;
        }
        JsonNode run = runs.get(0);
        v("inturnStreams.rounds", String.valueOf(run.get("rounds").asInt()));
        line("### CPU per event, the libraries measured in turn");
        line("");
        inTurnTable(run.get("cpuMicrosPerEvent"), new String[][] {{"500", "500-event streams", "e500"},
                {"20000", "20,000-event streams", "e20k"}}, "event", "langchain4j", Report::f2);
        line("");
        line("One JVM per library (`InterleavedHarness`, as per call above), all warmed up first ("
             + run.get("warmupSeconds").asInt() + " s of back-to-back streams of each length, one JVM after the"
             + " other), then " + run.get("rounds").asInt() + " rounds in which each JVM in turn streams answers of"
             + " one length back to back for " + f0(run.get("sliceMillis").asDouble()) + " ms (the last stream"
             + " ending after it) while the others are idle, every chunk to a handler as above; a slice's figure is"
             + " its JVM's CPU time over the slice divided by the events it streamed. Median slice and \"vs\" as per"
             + " call. The table above measures one library after the other, so a slow-down of the host falls on"
             + " whichever it measures at the time; here it falls on all alike.");
        line("");
    }

    /**
     * A table of slices measured in turn: one row per library, for each variant ({@code {json key, column title,
     * placeholder part}}) the median slice, the ratios to raw and to {@code versus}, and the middle half.
     */
    private void inTurnTable(JsonNode byVariant, String[][] variants, String unit, String versus,
                             Function<Double, String> format) {
        StringBuilder head = new StringBuilder("| library |");
        StringBuilder align = new StringBuilder("|---|");
        for (String[] variant : variants) {
            head.append(" ").append(variant[1]).append(": CPU µs/").append(unit).append(" | vs raw | vs ")
                    .append(NAMES.get(versus)).append(" | middle half of the slices µs |");
            align.append("---:|---:|---:|---:|");
        }
        line(head.toString());
        line(align.toString());
        List<String> libraries = new ArrayList<>();
        byVariant.fields().next().getValue().fieldNames().forEachRemaining(libraries::add);
        for (String library : ordered(libraries)) {
            StringBuilder row = new StringBuilder("| " + NAMES.get(library));
            for (String[] variant : variants) {
                JsonNode slices = byVariant.path(variant[0]);
                String k = "inturn." + variant[2] + "." + library + ".";
                List<Double> own = values(slices.path(library));
                row.append(" | ").append(v(k + "cpu", format.apply(Results.median(own))))
                        .append(" | ").append(v(k + "cpuRatio", f2(pairedRatio(own, values(slices.path("raw"))))))
                        .append(" | ").append(v(k + versus + "Ratio",
                                f2(pairedRatio(own, values(slices.path(versus))))))
                        .append(" | ").append(v(k + "q1", format.apply(Results.percentile(own, 25)))).append(" – ")
                        .append(v(k + "q3", format.apply(Results.percentile(own, 75))));
            }
            line(row.append(" |").toString());
        }
    }

    /** The median over rounds of {@code values[r] / floor[r]}; NaN without both. */
    private static double pairedRatio(List<Double> values, List<Double> floor) {
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < Math.min(values.size(), floor.size()); r++) {
            ratios.add(values.get(r) / floor.get(r));
        }
        return Results.median(ratios);
    }

    private static List<Double> values(JsonNode array) {
        List<Double> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asDouble()));
        return values;
    }

    private void inflight(Path file) throws IOException {
        List<JsonNode> rows = jsonLines(file);
        if (rows.isEmpty()) {
            return;
        }
        JsonNode first = rows.get(0);
        line("## In flight: " + v("inflight.callsPerBurst", String.format(Locale.ROOT, "%,d", first.get("calls").asInt()))
             + " concurrent calls, server answers after " + v("inflight.delayMs",
                String.valueOf(first.get("delayMillis").asLong())) + " ms");
        line("");
        line("| library | how calls run | wall time ms | vs raw | peak live threads | threads when idle |"
             + " live heap in flight MB (idle) | peak used heap MB | CPU ms per burst | failed calls |");
        line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        double rawWall = 0;
        for (JsonNode row : rows) {
            if (row.get("library").asText().equals("raw")) {
                rawWall = median(row.get("runs"), r -> r.get("wallMillis").asDouble());
            }
        }
        for (JsonNode row : sortedRows(rows)) {
            JsonNode runs = row.get("runs");
            double wall = median(runs, r -> r.get("wallMillis").asDouble());
            int errors = 0;
            String firstError = null;
            for (JsonNode r : runs) {
                errors += r.get("errors").asInt();
                if (firstError == null && r.hasNonNull("firstError")) {
                    firstError = r.get("firstError").asText();
                }
            }
            String k = "inflight." + row.get("library").asText() + ".";
            v(k + "connections", String.format(Locale.ROOT, "%,d", row.get("connections").asInt()));
            line("| " + NAMES.getOrDefault(row.get("library").asText(), row.get("label").asText())
                 + (row.get("connections").asInt() != first.get("calls").asInt()
                    ? " (" + row.get("connections").asInt() + " connections)" : "")
                 + " | " + row.get("asyncStyle").asText() + " | " + v(k + "wall", f0(wall)) + " | "
                 + v(k + "wallRatio", ratio(wall, rawWall)) + " | "
                 + v(k + "peakThreads", threadPeak(row)) + " | "
                 + v(k + "idleThreads", String.valueOf(row.get("threadsIdle").asInt())) + " | "
                 + v(k + "liveHeapMb", f1(row.get("liveHeapInFlightMb").asDouble())) + " ("
                 + v(k + "liveHeapIdleMb", f1(row.get("liveHeapBaselineMb").asDouble())) + ")" + " | "
                 + v(k + "peakHeapMb", f0(max(runs, r -> r.get("peakHeapMb").asDouble()))) + " | "
                 + v(k + "cpuMs", f0(median(runs, r -> r.get("cpuMillis").asDouble()))) + " | "
                 + v(k + "failed", String.valueOf(errors)) + " of "
                 + v(k + "calls", String.valueOf(runs.size() * row.get("calls").asInt()))
                 + (firstError == null ? "" : ": `" + shorten(firstError) + "`") + " |");
        }
        line("");
        line("Medians over " + v("inflight.bursts", String.valueOf(first.get("runs").size())) + " measured bursts per library (peaks: the largest)."
             + " Live heap: after a full GC 800 ms into a separate burst, with the idle figure in brackets; the"
             + " difference is what the calls in flight hold (connections and their buffers included).");
        line("");
        JsonNode component = component(rows);
        if (component != null) {
            line("Target for the component: " + INFLIGHT_TARGET + " (peak, every thread of the JVM). This run: "
                 + v("inflight.component.peakThreads", threadPeak(component)) + ", "
                 + v("inflight.component.threadsTarget", threadTarget(component)) + ".");
            line("");
        }
    }

    /** The component's row of the in-flight results (the default pool profile's row excluded); null if none. */
    private static JsonNode component(List<JsonNode> inflightRows) {
        return inflightRows.stream().filter(r -> r.get("library").asText().equals("component")).findFirst()
                .orElse(null);
    }

    /** The largest peak of live threads over a library's in-flight bursts, as the table prints it. */
    private static String threadPeak(JsonNode row) {
        return String.valueOf((int) max(row.get("runs"), r -> r.get("peakThreads").asDouble()));
    }

    /** Whether an in-flight row meets {@link #INFLIGHT_TARGET}: only a burst of 2,000 calls is judged. */
    private static String threadTarget(JsonNode row) {
        if (row.get("calls").asInt() != 2000) {
            return "not measured with 2,000 calls";
        }
        return met(max(row.get("runs"), r -> r.get("peakThreads").asDouble()) <= 64);
    }

    private static String met(boolean met) {
        return met ? "met" : "not met";
    }

    private void streaming(Path file, Path inTurnFile, Path splitFile) throws IOException {
        // one row per JVM: run.sh runs each library's harness in two; the tables show the first JVM's row, CPU per
        // event the mean of all with their spread
        Map<String, List<JsonNode>> forks = new LinkedHashMap<>();
        for (JsonNode row : sortedRows(jsonLines(file))) {
            forks.computeIfAbsent(row.get("library").asText(), library -> new ArrayList<>()).add(row);
        }
        List<JsonNode> rows = forks.values().stream().map(list -> list.get(0)).toList();
        if (rows.isEmpty()) {
            return;
        }
        JsonNode raw = rows.stream().filter(r -> r.get("library").asText().equals("raw")).findFirst().orElse(null);
        line("## Streaming");
        line("");
        line("### Delivery: server writes an event → the route (handler) has the chunk");
        line("");
        line("| library | first chunk p50 µs | p90 µs | max µs | first p50 vs raw | later chunks p50 µs | p90 µs |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        for (JsonNode row : rows) {
            String k = "stream." + row.get("library").asText() + ".";
            line("| " + NAMES.get(row.get("library").asText()) + " | "
                 + v(k + "firstP50", f0(row.get("firstChunkP50Micros").asDouble())) + " | "
                 + v(k + "firstP90", f0(row.get("firstChunkP90Micros").asDouble())) + " | "
                 + v(k + "firstMax", f0(row.get("firstChunkMaxMicros").asDouble())) + " | "
                 + v(k + "firstRatio", ratio(row.get("firstChunkP50Micros").asDouble(), raw == null ? 0
                         : raw.get("firstChunkP50Micros").asDouble())) + " | "
                 + v(k + "laterP50", f0(row.get("laterChunkP50Micros").asDouble())) + " | "
                 + v(k + "laterP90", f0(row.get("laterChunkP90Micros").asDouble())) + " |");
        }
        line("");
        line(rows.get(0).get("latencyStreams").asInt() + " measured streams of 5 events per library, after "
             + rows.get(0).path("latencyWarmupSeconds").asInt() + " s of back-to-back 5-event streams (per-stream code"
             + " compiled: " + rows.stream().map(r -> NAMES.get(r.get("library").asText()).replace("**", "") + " "
                     + String.format(Locale.ROOT, "%,d", r.path("latencyWarmupStreams").asInt()))
                     .collect(java.util.stream.Collectors.joining(", "))
             + " streams) and 30 unmeasured paced streams.");
        line("");
        line("### CPU per event");
        line("");
        line("| library | 500-event streams: CPU µs/event | vs raw | of which sys µs | of which JIT µs |"
             + " context switches/event | allocated B/event | events/s | 20,000-event streams: CPU µs/event | vs raw |"
             + " of which sys µs | of which JIT µs | context switches/event | allocated B/event | events/s | JVMs |"
             + " JVM spread: CPU 500 / 20,000 |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (JsonNode row : rows) {
            String library = row.get("library").asText();
            StringBuilder cells = new StringBuilder("| " + NAMES.get(library));
            List<String> spreads = new ArrayList<>();
            for (String key : List.of("cpu_short", "cpu_long")) {
                JsonNode m = row.get(key);
                String k = "stream." + library + "." + (key.equals("cpu_short") ? "%s500" : "%s20k");
                double[] jvmCpu = perJvm(forks.get(library), key, "cpuPerEventMicros");
                double[] rawJvmCpu = perJvm(forks.get("raw"), key, "cpuPerEventMicros");
                double spread = ForkSpread.of(jvmCpu);
                boolean unstable = ForkSpread.unstable(spread)
                                   || raw != null && ForkSpread.unstable(ForkSpread.of(rawJvmCpu));
                double cpu = Arrays.stream(jvmCpu).average().orElse(Double.NaN);
                double rawCpu = Arrays.stream(rawJvmCpu).average().orElse(0);
                double alloc = m.get("allocPerEventBytes").asDouble();
                spreads.add(v(k.formatted("cpu") + "Spread", ForkSpread.percent(spread)));
                cells.append(" | ").append(v(k.formatted("cpu"), ForkSpread.marked(f1(cpu), ForkSpread.unstable(spread))))
                        .append(" | ")
                        .append(v(k.formatted("cpu") + "Ratio", ForkSpread.marked(ratio(cpu, rawCpu),
                                !library.equals("raw") && unstable)))
                        .append(" | ").append(v(k.formatted("sys"), f1(m.path("sysPerEventMicros").asDouble(Double.NaN))))
                        .append(" | ").append(v(k.formatted("jit"), f1(Arrays.stream(perJvm(forks.get(library), key,
                                "jitPerEventMicros")).average().orElse(Double.NaN))))
                        .append(" | ").append(v(k.formatted("switches"),
                                f2(m.path("contextSwitchesPerEvent").asDouble(Double.NaN))))
                        .append(" | ").append(v(k.formatted("alloc"), alloc < 0 ? "n/a" : f0(alloc))).append(" | ")
                        .append(v(k.formatted("eventsPerSecond"), f0(m.get("eventsPerSecond").asDouble())));
            }
            cells.append(" | ").append(v("stream." + library + ".jvms", String.valueOf(forks.get(library).size())))
                    .append(" | ").append(String.join(" / ", spreads));
            line(cells + " |");
        }
        line("");
        line("CPU: measured once the JIT compiler was idle: each JVM first streamed until its C1 and C2 compiler threads"
             + " had used no CPU for " + StreamHarness.JIT_IDLE_MILLIS + " ms of streaming (at most "
             + StreamHarness.WARMUP_MAX_SECONDS + " s; warm-up streams of 500 / 20,000 events in the first JVM: "
             + rows.stream().map(r -> NAMES.get(r.get("library").asText()).replace("**", "") + " "
                     + warmUpCell(r.get("cpu_short")) + " / " + warmUpCell(r.get("cpu_long")))
                     .collect(java.util.stream.Collectors.joining(", "))
             + "); then the total over " + rows.get(0).get("cpu_short").get("runs").asInt() + " (500 events) and "
             + rows.get(0).get("cpu_long").get("runs").asInt() + " (20,000 events) measured streams divided by"
             + " their events (the OS counts CPU in 10 ms ticks), in each of the library's JVMs, then the mean over the"
             + " JVMs (the JIT column likewise): a figure marked † differs by more than 10% between them (JVM spread"
             + " as the fork spread above),"
             + " a ratio when either of its figures does; the other columns, and the delivery and slow-consumer tables,"
             + " are the first JVM's. Context switches of the process's threads,"
             + " compared thread by thread (/proc); allocation and events/s are medians per stream. Allocation counts only threads"
             + " alive at the end of a stream (n/a: the work ran on threads that ended).");
        line("");
        inTurnStreams(inTurnFile);
        if (Files.exists(splitFile)) {
            JsonNode split = jsonLines(splitFile).get(0);
            line("**Camel's splitter alone** (`SplitFloorHarness`, its own JVM): "
                 + String.format(Locale.ROOT, "%,d", split.get("items").asInt()) + " in-memory messages with a short"
                 + " text and no headers through the route above (`.split(body()).streaming()` and a processor), no"
                 + " network, no parsing, no component: " + v("stream.splitFloor", f2(split.get(
                         "splitCpuPerItemMicros").asDouble())) + " µs of process CPU per item (median of "
                 + split.get("rounds").asInt() + " rounds after " + split.get("warmupRounds").asInt() + "). What one"
                 + " exchange per chunk costs in Camel by itself, on top of reading the stream.");
            line("");
        }
        line("### Slow consumer: " + v("stream.slowEvents", String.format(Locale.ROOT, "%,d", rows.get(0).get("slowEvents").asInt()))
             + "-event stream, consumer pauses 1 ms every 25 chunks");
        line("");
        line("| library | chunks received | consumer done after ms | server done writing after ms |"
             + " peak live heap MB | above idle MB |");
        line("|---|---:|---:|---:|---:|---:|");
        for (JsonNode row : rows) {
            String k = "stream." + row.get("library").asText() + ".";
            line("| " + NAMES.get(row.get("library").asText()) + " | "
                 + v(k + "slowChunks", String.valueOf(row.get("slowChunks").asInt())) + " | "
                 + v(k + "slowConsumerMs", String.valueOf(row.get("slowConsumerMillis").asLong())) + " | "
                 + v(k + "slowServerMs", String.valueOf(row.get("slowServerWriteMillis").asLong())) + " | "
                 + v(k + "slowPeakMb", f1(row.get("slowLiveHeapPeakMb").asDouble())) + " | "
                 + v(k + "slowAboveIdleMb", f1(row.get("slowLiveHeapAboveBaselineMb").asDouble())) + " |");
        }
        line("");
        line("The server finishing long before the consumer means the data waited somewhere: in the kernel's"
             + " socket buffers (a few MB on loopback) or in the client's heap, which the last column shows.");
        line("");
    }

    private void mixedLoad(Path file, Path inflightFile) throws IOException {
        List<JsonNode> runs = jsonLines(file);
        if (runs.isEmpty()) {
            return;
        }
        JsonNode run = runs.get(runs.size() - 1);
        JsonNode alone = run.get("alone");
        JsonNode mixed = run.get("mixed");
        int ordinary = run.get("streams").asInt() - run.get("slowStreams").asInt();
        line("## Mixed load: " + v("mixed.streams", String.valueOf(run.get("streams").asInt())) + " streams, "
             + v("mixed.slowStreams", String.valueOf(run.get("slowStreams").asInt())) + " of them with a slow"
             + " consumer, and " + v("mixed.calls", String.format(Locale.ROOT, "%,d", run.get("calls").asInt()))
             + " calls at once, through the component");
        line("");
        line("| phase | ordinary streams completed | first chunk p50 ms | p99 ms | p99 from the stub's write ms |"
             + " ordinary streams done after ms | slow streams completed | calls completed | calls done after ms |"
             + " peak live threads |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        line("| " + v("mixed.ordinaryStreams", String.valueOf(ordinary)) + " streams alone | "
             + mixedCells("mixed.alone.", alone) + " |");
        line("| the same " + ordinary + " streams with the slow streams and the calls | "
             + mixedCells("mixed.mixed.", mixed) + " |");
        line("");
        for (String phase : List.of("alone", "mixed")) {
            if (run.get(phase).hasNonNull("firstError")) {
                line("First failure (" + phase + "): `" + shorten(run.get(phase).get("firstError").asText()) + "`");
                line("");
            }
        }
        double p99Ratio = mixed.get("firstChunkP99Millis").asDouble() / alone.get("firstChunkP99Millis").asDouble();
        JsonNode inflight = component(jsonLines(inflightFile));
        line("| target | this run | met |");
        line("|---|---:|---|");
        line("| first chunk p99 of the " + ordinary + " streams, mixed, within " + f0(FIRST_CHUNK_TARGET)
             + "× of alone | " + v("mixed.firstP99Ratio", ratio(mixed.get("firstChunkP99Millis").asDouble(),
                alone.get("firstChunkP99Millis").asDouble())) + "× | "
             + v("mixed.firstP99Target", Double.isNaN(p99Ratio) ? "–" : met(p99Ratio <= FIRST_CHUNK_TARGET)) + " |");
        line("| " + INFLIGHT_TARGET + " (in-flight table, component) | " + (inflight == null ? "– | not measured"
                : v("inflight.component.peakThreads", threadPeak(inflight)) + " | "
                  + v("inflight.component.threadsTarget", threadTarget(inflight))) + " |");
        line("");
        line("Measured rounds per phase: " + v("mixed.rounds", String.valueOf(alone.get("rounds").asInt()))
             + " (the phases alternating, after one unmeasured round of each); percentiles over the "
             + v("mixed.samples", String.valueOf(alone.get("firstChunkSamples").asInt())) + " first chunks of a"
             + " phase's rounds, times are medians per round, peaks the largest. Every stream asks for "
             + v("mixed.events", String.valueOf(run.get("events").asInt())) + " events, the first "
             + run.get("firstMillis").asLong() + " ms after the request and then one every "
             + run.get("gapMillis").asLong() + " ms; a slow stream's split step sleeps "
             + v("mixed.slowChunkMs", String.valueOf(run.get("slowChunkMillis").asLong())) + " ms per chunk (the"
             + " slow streams were done after " + v("mixed.mixed.slowDoneMs", f0(mixed.get("slowDoneMillis")
                .asDouble())) + " ms); the calls get the stub's 1 KB answer at once. First chunk: from starting the stream to the split step's processor having"
             + " the first chunk (the stub's " + run.get("firstMillis").asLong() + " ms included); the"
             + " part from the stub writing it comes from the chunk's send stamp. Peak live threads: every thread"
             + " of the JVM during the phase. Targets are printed, not enforced.");
        line("");
    }

    /** The cells of a phase's row of the mixed-load table, after the phase's name. */
    private String mixedCells(String k, JsonNode phase) {
        return ofCell(k, phase, "streams") + " | "
               + v(k + "firstP50", f1(phase.get("firstChunkP50Millis").asDouble())) + " | "
               + v(k + "firstP99", f1(phase.get("firstChunkP99Millis").asDouble())) + " | "
               + v(k + "deliveryP99", f1(phase.get("deliveryP99Millis").asDouble())) + " | "
               + v(k + "streamsDoneMs", f0(phase.get("streamsDoneMillis").asDouble())) + " | "
               + ofCell(k, phase, "slow") + " | " + ofCell(k, phase, "calls") + " | "
               + (phase.has("callsDoneMillis") ? v(k + "callsDoneMs", f0(phase.get("callsDoneMillis").asDouble()))
                                               : "–") + " | "
               + v(k + "peakThreads", String.valueOf(phase.get("peakThreads").asInt()));
    }

    /**
     * A "completed of started" cell of a mixed-load phase ({@code what}: {@code streams}, {@code slow} or
     * {@code calls}), keys {@code k + what + "Completed"} and {@code k + what + "Started"}; "–" when it had none.
     */
    private String ofCell(String k, JsonNode phase, String what) {
        if (!phase.has(what + "Started")) {
            return "–";
        }
        return v(k + what + "Completed", String.valueOf(phase.get(what + "Completed").asInt())) + " of "
               + v(k + what + "Started", String.valueOf(phase.get(what + "Started").asInt()));
    }

    private void profile(Path file) throws IOException {
        List<JsonNode> rows = jsonLines(file);
        if (rows.isEmpty()) {
            return;
        }
        line("## Where the CPU goes (JFR execution samples)");
        line("");
        for (String mode : List.of("unary", "stream")) {
            List<JsonNode> modeRows = rows.stream().filter(r -> r.get("mode").asText().equals(mode)).toList();
            if (modeRows.isEmpty()) {
                continue;
            }
            String unit = mode.equals("unary") ? "call" : "500-event stream";
            line("### " + (mode.equals("unary") ? "One generateContent call, 1 thread" : "Streams of 500 events"));
            line("");
            Set<String> owners = new LinkedHashSet<>();
            modeRows.forEach(r -> r.get("byOwner").fieldNames().forEachRemaining(owners::add));
            StringBuilder header = new StringBuilder("| samples charged to (first non-JDK frame) |");
            StringBuilder rule = new StringBuilder("|---|");
            for (JsonNode row : modeRows) {
                header.append(" ").append(row.get("library").asText()).append(": samples per 1,000 ").append(
                        mode.equals("unary") ? "calls" : "streams").append(" |");
                rule.append("---:|");
            }
            line(header.toString());
            line(rule.toString());
            for (String owner : owners) {
                StringBuilder cells = new StringBuilder("| " + owner);
                for (JsonNode row : modeRows) {
                    double per = row.path("byOwner").path(owner).asDouble(0) * 1000 / row.get("calls").asDouble();
                    cells.append(" | ").append(v("profile." + mode + "." + row.get("library").asText() + "."
                                                 + slug(owner), f1(per)));
                }
                line(cells + " |");
            }
            StringBuilder total = new StringBuilder("| **total**");
            for (JsonNode row : modeRows) {
                total.append(" | **").append(v("profile." + mode + "." + row.get("library").asText() + ".total",
                        f1(row.get("samples").asDouble() * 1000 / row.get("calls").asDouble()))).append("**");
            }
            line(total + " |");
            line("");
            StringBuilder totals = new StringBuilder();
            for (JsonNode row : modeRows) {
                String k = "profile." + mode + "." + row.get("library").asText() + ".";
                totals.append(row.get("library").asText()).append(": ")
                        .append(v(k + "samples", String.valueOf(row.get("samples").asInt())))
                        .append(" samples over ")
                        .append(v(k + "calls", String.format(Locale.ROOT, "%,d", row.get("calls").asLong())))
                        .append(" ").append(unit).append("s; ");
            }
            line(totals.toString().replaceAll("; $", "."));
            line("");
            for (JsonNode row : modeRows) {
                if (!row.get("library").asText().startsWith("component")) {
                    continue;
                }
                line("Component and Camel methods on the stack (share of the component's samples, inclusive):");
                line("");
                line("| method | share |");
                line("|---|---:|");
                int shown = 0;
                for (JsonNode frame : row.get("inclusive")) {
                    String name = frame.get("frame").asText();
                    if (name.contains("(component") && shown < 25 || name.contains("Camel core") && shown < 25
                                                                     && !name.startsWith("DefaultReactiveExecutor")) {
                        line("| `" + name.replace(" (", "` (") + " | "
                             + f0(100.0 * frame.get("samples").asInt() / row.get("samples").asInt()) + "% |");
                        shown++;
                    }
                }
                line("");
            }
        }
    }

    /** Records a printed figure under its placeholder key; returns it as printed. */
    private String v(String key, String printed) {
        figures.put(key, printed);
        return printed;
    }

    private static String slug(String owner) {
        return owner.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /**
     * The findings with comments dropped and every placeholder replaced; fails on a key no table printed and on a
     * <code>&#123;&#123;</code> or <code>&#125;&#125;</code> that is not part of a well-formed placeholder.
     */
    String fill(String findings) {
        if (findings.indexOf("<!--", findings.lastIndexOf("-->") + 1) >= 0) {
            throw new FindingsException("a comment (<!--) is not closed.");
        }
        String text = COMMENT.matcher(findings).replaceAll("");
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        Set<String> unknown = new LinkedHashSet<>();
        while (placeholder.find()) {
            String figure = figures.get(placeholder.group(1));
            if (figure == null) {
                unknown.add(placeholder.group(1));
                figure = placeholder.group();
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(figure));
        }
        placeholder.appendTail(filled);
        if (!unknown.isEmpty()) {
            throw new FindingsException("unknown placeholder" + (unknown.size() == 1 ? " " : "s ")
                                        + String.join(", ", unknown.stream().map(k -> "{{" + k + "}}").toList())
                                        + ": no table of this run printed " + (unknown.size() == 1 ? "it" : "them")
                                        + ". Keys of this run: " + String.join(", ", figures.keySet()) + ".");
        }
        List<String> malformed = new ArrayList<>();
        Matcher braces = BRACES.matcher(text);
        while (braces.find()) {
            if (!insidePlaceholder(text, braces.start())) {
                String context = text.substring(Math.max(0, braces.start() - 30), Math.min(text.length(),
                        braces.end() + 30)).replace('\n', ' ');
                malformed.add("'" + braces.group() + "' in \"" + context + "\"");
            }
        }
        if (!malformed.isEmpty()) {
            throw new FindingsException("malformed placeholder(s); write {{key}}, the key of letters, digits, '.', '_'"
                                        + " and '-' only, without spaces: " + String.join("; ", malformed) + ".");
        }
        return filled.toString();
    }

    /** Whether {@code index} is inside (or at the start or end of) a well-formed placeholder. */
    private static boolean insidePlaceholder(String text, int index) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            if (placeholder.start() <= index && index < placeholder.end()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> ordered(Collection<String> libraries) {
        List<String> list = new ArrayList<>(libraries);
        list.sort((a, b) -> Integer.compare(index(a), index(b)));
        return list;
    }

    private static int index(String library) {
        int i = ORDER.indexOf(library);
        return i < 0 ? ORDER.size() : i;
    }

    /** A warm-up's stream count, with "(JIT still busy)" when it ended at its time limit. */
    private static String warmUpCell(JsonNode measured) {
        return String.format(Locale.ROOT, "%,d", measured.path("warmupStreams").asInt())
               + (measured.path("jitIdle").asBoolean(true) ? "" : " (JIT still busy)");
    }

    /**
     * A figure of each JVM's row, for {@code cpu_short} or {@code cpu_long} (NaN where a row lacks it, e.g. the JIT
     * in results from before that column); none without rows.
     */
    private static double[] perJvm(List<JsonNode> jvmRows, String key, String field) {
        return jvmRows == null ? new double[0]
                : jvmRows.stream().mapToDouble(row -> row.path(key).path(field).asDouble(Double.NaN)).toArray();
    }

    private static List<JsonNode> sortedRows(List<JsonNode> rows) {
        List<JsonNode> list = new ArrayList<>(rows);
        list.sort((a, b) -> Integer.compare(index(a.get("library").asText()), index(b.get("library").asText())));
        return list;
    }

    private static List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        if (Files.exists(file)) {
            for (String l : Files.readAllLines(file)) {
                if (!l.isBlank()) {
                    rows.add(Results.MAPPER.readTree(l));
                }
            }
        }
        return rows;
    }

    private static double median(JsonNode array, Function<JsonNode, Double> value) {
        List<Double> values = new ArrayList<>();
        array.forEach(n -> values.add(value.apply(n)));
        return Results.median(values);
    }

    private static double max(JsonNode array, Function<JsonNode, Double> value) {
        double max = Double.NEGATIVE_INFINITY;
        for (JsonNode n : array) {
            max = Math.max(max, value.apply(n));
        }
        return max;
    }

    private static Iterable<String> iterable(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
                values.add(it.next().asText());
            }
        }
        return values;
    }

    private static String shorten(String text) {
        String oneLine = text.replace('`', '\'').replace('|', '/');
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }

    private static String ratio(double value, double floor) {
        if (floor <= 0 || Double.isNaN(value) || Double.isNaN(floor)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.2f", value / floor);
    }

    private static String f0(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String f2(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,.2f", value);
    }

    private static String f1(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,.1f", value);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
