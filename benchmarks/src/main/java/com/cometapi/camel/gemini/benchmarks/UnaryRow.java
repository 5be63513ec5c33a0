package com.cometapi.camel.gemini.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import org.openjdk.jmh.util.MultisetStatistics;

/**
 * One row of the per-call tables: the JMH results of one {@code UnaryBenchmark} method for one library, the forks of
 * every JMH run that measured it together (run.sh runs one fork more in a second JMH run when the first run's forks
 * disagree, see {@link ForkCheck}).
 * <p>
 * The figures come from the per-fork data of JMH's JSON results, not from its scores, so that the forks of two runs
 * add up and each fork can be compared with the others: a profiler's metric ({@code secondaryMetrics.NAME.rawData})
 * holds one array per fork of one value per measured iteration, and the sampled call times
 * ({@code primaryMetric.rawDataHistogram}) one array per fork of one histogram per iteration, each a list of
 * {@code [µs, count]} pairs. A metric's figure is the median of the forks' means ({@link #forkMedian}); latency
 * percentiles are computed over the samples of every fork by JMH's own {@link MultisetStatistics}.
 */
final class UnaryRow {

    /** The settings the runs of a row must share for their forks to add up. */
    private static final List<String> SETTINGS = List.of("mode", "threads", "warmupIterations", "warmupTime",
            "measurementIterations", "measurementTime", "jvmArgs");

    private final List<JsonNode> runs = new ArrayList<>();

    private UnaryRow() {
    }

    /**
     * The rows of JMH JSON result files, by benchmark method ({@code concurrency01}) and then library, in the order
     * the files list them; a file that does not exist adds nothing. Fails when two runs of a row differ in one of
     * {@link #SETTINGS}.
     */
    static Map<String, Map<String, UnaryRow>> read(List<Path> files) throws IOException {
        Map<String, Map<String, UnaryRow>> rows = new LinkedHashMap<>();
        for (Path file : files) {
            if (!Files.exists(file)) {
                continue;
            }
            for (JsonNode run : Results.MAPPER.readTree(file.toFile())) {
                String benchmark = run.get("benchmark").asText();
                UnaryRow row = rows.computeIfAbsent(benchmark.substring(benchmark.lastIndexOf('.') + 1),
                        m -> new LinkedHashMap<>()).computeIfAbsent(run.get("params").get("library").asText(),
                        l -> new UnaryRow());
                for (String setting : SETTINGS) {
                    if (!row.runs.isEmpty() && !row.settings().path(setting).equals(run.path(setting))) {
                        throw new IllegalStateException(file + ": " + benchmark + " " + run.get("params") + " was run"
                                                        + " with another " + setting + " than before; its forks do not"
                                                        + " add up");
                    }
                }
                row.runs.add(run);
            }
        }
        return rows;
    }

    /** The first run's JMH result, for its settings (threads, forks, iterations, JVM arguments). */
    JsonNode settings() {
        return runs.get(0);
    }

    /** The JMH runs whose forks this row adds up (more than 1 when run.sh ran a fork more). */
    int runs() {
        return runs.size();
    }

    /** Forks of every run. */
    int forks() {
        return runs.stream().mapToInt(run -> run.get("forks").asInt()).sum();
    }

    /**
     * A metric's figure for the row: the median of the forks' means (of two forks, their mean); NaN when the runs do
     * not have it. The forks run minutes apart (run.sh measures each library's forks in separate rounds), so a period
     * in which the host slows the VM down hits one fork of a library rather than all of them, and with three forks
     * the median leaves that fork out.
     */
    double forkMedian(String metric) {
        return Results.median(Arrays.stream(forkMeans(metric)).filter(mean -> !Double.isNaN(mean)).boxed().toList());
    }

    /** A metric's sum over every measured iteration of every fork; NaN when the runs do not have it. */
    double sum(String metric) {
        List<Double> values = values(metric);
        return values.isEmpty() ? Double.NaN : values.stream().mapToDouble(Double::doubleValue).sum();
    }

    /** A metric's mean over each fork's measured iterations, one value per fork. */
    double[] forkMeans(String metric) {
        List<Double> means = new ArrayList<>();
        forEachFork(metric, fork -> {
            double sum = 0;
            for (JsonNode value : fork) {
                sum += value.asDouble();
            }
            means.add(fork.isEmpty() ? Double.NaN : sum / fork.size());
        });
        return means.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A percentile (0–100) of the call times sampled in every fork, µs. */
    double percentile(double percentile) {
        MultisetStatistics samples = new MultisetStatistics();
        forEachHistogram(fork -> addSamples(samples, fork));
        return samples.getN() == 0 ? Double.NaN : samples.getPercentile(percentile);
    }

    /** A percentile (0–100) of the call times sampled in each fork, µs, one value per fork. */
    double[] forkPercentiles(double percentile) {
        List<Double> values = new ArrayList<>();
        forEachHistogram(fork -> {
            MultisetStatistics samples = new MultisetStatistics();
            addSamples(samples, fork);
            values.add(samples.getN() == 0 ? Double.NaN : samples.getPercentile(percentile));
        });
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Calls per second: the calls of every measured iteration over the time they were measured. */
    double callsPerSecond() {
        double seconds = 0;
        for (JsonNode run : runs) {
            seconds += run.get("forks").asInt() * run.get("measurementIterations").asInt() * seconds(run);
        }
        return sum("ops") / seconds;
    }

    /** A metric's value in every measured iteration of every fork. */
    private List<Double> values(String metric) {
        List<Double> values = new ArrayList<>();
        forEachFork(metric, fork -> fork.forEach(value -> values.add(value.asDouble())));
        return values;
    }

    private void forEachFork(String metric, Consumer<JsonNode> action) {
        for (JsonNode run : runs) {
            run.path("secondaryMetrics").path(metric).path("rawData").forEach(action);
        }
    }

    private void forEachHistogram(Consumer<JsonNode> action) {
        for (JsonNode run : runs) {
            run.get("primaryMetric").get("rawDataHistogram").forEach(action);
        }
    }

    /** Adds a fork's histograms (one per iteration, of {@code [µs, count]} pairs) to {@code samples}. */
    private static void addSamples(MultisetStatistics samples, JsonNode fork) {
        for (JsonNode iteration : fork) {
            for (JsonNode bucket : iteration) {
                samples.addValue(bucket.get(0).asDouble(), bucket.get(1).asLong());
            }
        }
    }

    /** One measured iteration's time, s ({@code "1 s"}, {@code "500 ms"}). */
    private static double seconds(JsonNode run) {
        String time = run.get("measurementTime").asText().trim();
        double value = Double.parseDouble(time.replaceAll("[^0-9.]", ""));
        return time.endsWith("ms") ? value / 1000 : value;
    }
}
