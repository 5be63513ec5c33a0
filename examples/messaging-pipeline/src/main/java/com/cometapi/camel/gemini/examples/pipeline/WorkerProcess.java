package com.cometapi.camel.gemini.examples.pipeline;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A pipeline instance in a JVM of its own ({@code PipelineApplication worker}), as it would run on another machine:
 * same classpath, settings in environment variables. Its output goes to a log file.
 */
public final class WorkerProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final String instance;

    private WorkerProcess(Process process, Path log, String instance) {
        this.process = process;
        this.log = log;
        this.instance = instance;
    }

    /**
     * Starts {@code PipelineApplication worker} with these settings as its environment ({@code apiKey} as
     * {@code COMETAPI_KEY}).
     */
    public static WorkerProcess start(Pipeline.Settings settings) throws IOException {
        Path log = Files.createTempFile("gemini-pipeline-" + settings.instance() + "-", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath(),
                PipelineApplication.class.getName(), "worker"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("BROKER_URL", settings.brokerUrl());
        putIfSet(env, "BROKER_USER", settings.brokerUser());
        putIfSet(env, "BROKER_PASSWORD", settings.brokerPassword());
        putIfSet(env, "GEMINI_BASE_URL", settings.geminiBaseUrl());
        putIfSet(env, "COMETAPI_KEY", settings.apiKey());
        env.put("PIPELINE_CONSUMERS", Integer.toString(settings.consumers()));
        env.put("PIPELINE_INSTANCE", settings.instance());
        return new WorkerProcess(builder.start(), log, settings.instance());
    }

    public String instance() {
        return instance;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** What the worker printed so far. */
    public String output() throws IOException {
        return Files.readString(log);
    }

    /** {@code kill -9}: no shutdown hook, no graceful stop, the broker connection just drops. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** {@code kill} (SIGTERM): Camel stops gracefully; a request in flight goes back to the queue. */
    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        Files.deleteIfExists(log);
    }

    private static void putIfSet(Map<String, String> env, String name, String value) {
        if (value != null) {
            env.put(name, value);
        } else {
            env.remove(name);
        }
    }

    /** This application's classpath: exec:java's class loader URLs, else java.class.path (plain java, surefire). */
    private static String classpath() {
        if (PipelineApplication.class.getClassLoader() instanceof URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    entries.add(Paths.get(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // not a file: nothing a child JVM could load from
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }
}
