package com.cometapi.camel.gemini.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.cometapi.camel.gemini.benchmarks.clients.GeminiClient;
import com.cometapi.camel.gemini.benchmarks.clients.Libraries;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a library's CPU goes: calls in a loop (warm-up first), sampled by JDK Flight Recorder's execution sampler
 * (every 2 ms, Java frames of running threads). Each sample is charged to the first frame from the top that is not
 * JDK code ({@code java.}, {@code jdk.}, {@code sun.}), so a HashMap.put made by Camel counts as Camel. Also counts,
 * for every method of the component and of Camel, the share of samples it is on the stack of (inclusive).
 * <p>
 * Arguments: baseUrl library mode(unary|stream) warmupSeconds profileSeconds resultFile
 */
public final class ProfileHarness {

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String library = args[1];
        String mode = args[2];
        int warmup = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        Path resultFile = Path.of(args[5]);
        Path jfr = Files.createTempFile("bench-" + library + "-" + mode, ".jfr");
        long calls;
        try (GeminiClient client = Libraries.create(library, baseUrl, 64)) {
            loop(client, mode, TimeUnit.SECONDS.toNanos(warmup));
            try (Recording recording = new Recording()) {
                recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(2));
                recording.start();
                calls = loop(client, mode, TimeUnit.SECONDS.toNanos(seconds));
                recording.stop();
                recording.dump(jfr);
            }
        }
        ObjectNode result = analyse(jfr, library, mode, calls);
        Files.deleteIfExists(jfr);
        Results.append(resultFile, result);
    }

    private static long loop(GeminiClient client, String mode, long nanos) throws Exception {
        long end = System.nanoTime() + nanos;
        long calls = 0;
        while (System.nanoTime() < end) {
            if (mode.equals("stream")) {
                client.stream("stub-events500", "Stream", chunk -> {
                });
            } else {
                client.generate("stub", UnaryBenchmark.PROMPT);
            }
            calls++;
        }
        return calls;
    }

    static ObjectNode analyse(Path jfr, String library, String mode, long calls) throws Exception {
        Map<String, Integer> owners = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> selfFrames = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            selfFrames.merge(name(frames.get(0)), 1, Integer::sum);
            String owner = "JDK only (I/O selector, threads, ...)";
            for (RecordedFrame frame : frames) {
                String type = frame.getMethod().getType().getName();
                if (!isJdk(type)) {
                    owner = area(type);
                    break;
                }
            }
            owners.merge(owner, 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String type = frame.getMethod().getType().getName();
                if (type.startsWith("com.cometapi.camel.gemini.") && !type.contains(".benchmarks.")
                    || type.startsWith("org.apache.camel.")) {
                    String name = name(frame);
                    if (seen.add(name)) {
                        inclusive.merge(name, 1, Integer::sum);
                    }
                }
            }
        }
        ObjectNode result = Results.object();
        result.put("library", library).put("mode", mode).put("samples", samples).put("calls", calls);
        ObjectNode byOwner = result.putObject("byOwner");
        sorted(owners, 20).forEach((k, v) -> byOwner.put(k, v));
        ArrayNode top = result.putArray("topSelf");
        sorted(selfFrames, 15).forEach((k, v) -> top.addObject().put("frame", k).put("samples", v));
        ArrayNode incl = result.putArray("inclusive");
        sorted(inclusive, 40).forEach((k, v) -> incl.addObject().put("frame", k).put("samples", v));
        return result;
    }

    private static Map<String, Integer> sorted(Map<String, Integer> counts, int limit) {
        Map<String, Integer> out = new LinkedHashMap<>();
        new ArrayList<>(counts.entrySet()).stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .limit(limit)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName() + " (" + area(type) + ")";
    }

    private static boolean isJdk(String type) {
        return type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")
               || type.startsWith("com.sun.");
    }

    static String area(String type) {
        if (type.startsWith("com.cometapi.camel.gemini.benchmarks.clients.RawHttpClient")) {
            return "raw client's own code (SSE parsing)";
        }
        if (type.startsWith("com.cometapi.camel.gemini.benchmarks.")) {
            return "benchmark harness";
        }
        if (type.startsWith("com.cometapi.camel.gemini.")) {
            return "component: " + type.substring("com.cometapi.camel.gemini.".length()).replaceAll("\\.?[A-Z].*$", "")
                    .replaceAll("^$", "camel face");
        }
        if (type.startsWith("org.apache.camel.")) {
            return "Camel core";
        }
        if (type.startsWith("org.apache.hc.")) {
            return "HttpClient 5 / HttpCore 5";
        }
        if (type.startsWith("com.fasterxml.jackson.")) {
            return "Jackson";
        }
        if (type.startsWith("okhttp3.") || type.startsWith("okio.") || type.startsWith("kotlin.")) {
            return "OkHttp";
        }
        if (type.startsWith("com.google.")) {
            return "google-genai";
        }
        if (type.startsWith("dev.langchain4j.")) {
            return "langchain4j";
        }
        if (isJdk(type)) {
            return "JDK";
        }
        return type.replaceAll("\\.[^.]*$", "");
    }
}
