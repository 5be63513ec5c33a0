package com.cometapi.camel.gemini.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stub of Gemini's native API for the benchmarks, run in its own JVM on 127.0.0.1. It answers
 * {@code POST /{version}/models/{model}:generateContent} with a fixed ~1 KB answer and
 * {@code :streamGenerateContent} with server-sent events. The model name carries the scenario, so every client
 * library can ask for it with its own API: {@code stub-delay1000} answers after 1 s (without holding a thread while
 * it waits), {@code stub-events100000-gap0-first20} streams 100,000 events, 0 ms apart, the first after 20 ms.
 * A paced stream (a gap above 0) is written from the timer, one task per event, so any number of paced streams run
 * at once without holding a worker between events; its events are small and spaced, so its writes do not wait on
 * the client. A stream of back-to-back events (gap 0) is written by a worker, which blocks while the client does not
 * read: that is what the slow-consumer measurements rely on.
 * Every streamed event's text starts with {@code t=<System.nanoTime()>} taken just before it is written, so a client
 * on the same machine can tell how long the event took to reach it (Linux's monotonic clock is shared by all
 * processes). {@code GET /stats} answers the server's own CPU time and counters.
 */
public final class StubServer {

    private static final Pattern METHOD = Pattern.compile("/models/([^/:]+):(generateContent|streamGenerateContent)");
    private static final Pattern NUMBER = Pattern.compile("(delay|events|gap|first)(\\d+)");

    static final byte[] ANSWER = unaryAnswer();

    private final AtomicLong unaryCalls = new AtomicLong();
    private final AtomicLong streams = new AtomicLong();
    private final AtomicLong lastStreamWriteMillis = new AtomicLong(-1);
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(1, daemon("stub-timer"));
    private HttpServer server;

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        StubServer stub = new StubServer();
        int bound = stub.start(port, threads);
        System.out.println("STUB_PORT=" + bound);
        System.out.flush();
        Thread.currentThread().join();
    }

    /** Starts the server; returns the port. */
    public int start(int port, int threads) throws IOException {
        // small answers go out at once rather than waiting for the client's delayed ACK (Nagle)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        System.setProperty("sun.net.httpserver.maxIdleConnections", "5000");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 8192);
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("stub-worker"));
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        URI uri = exchange.getRequestURI();
        String path = uri.getPath();
        if ("GET".equals(exchange.getRequestMethod()) && path.equals("/stats")) {
            stats(exchange);
            return;
        }
        Matcher matcher = METHOD.matcher(path);
        if (!"POST".equals(exchange.getRequestMethod()) || !matcher.find()) {
            byte[] body = ("{\"error\":{\"code\":404,\"message\":\"no such method " + path
                           + "\",\"status\":\"NOT_FOUND\"}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
            return;
        }
        Scenario scenario = Scenario.of(matcher.group(1));
        if (matcher.group(2).equals("generateContent")) {
            unaryCalls.incrementAndGet();
            if (scenario.delayMillis > 0) {
                // answer later from the timer: a thousand delayed calls hold no thousand threads here
                timer.schedule(() -> answer(exchange), scenario.delayMillis, TimeUnit.MILLISECONDS);
            } else {
                answer(exchange);
            }
        } else {
            streams.incrementAndGet();
            stream(exchange, scenario);
        }
    }

    private static void answer(HttpExchange exchange) {
        try {
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(200, ANSWER.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(ANSWER);
            }
        } catch (IOException e) {
            exchange.close();
        }
    }

    private void stream(HttpExchange exchange, Scenario scenario) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        if (scenario.gapMillis > 0) {
            OutputStream out = exchange.getResponseBody();
            out.flush();
            pace(exchange, out, scenario, 0, 0);
            return;
        }
        long started = 0;
        try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 16 * 1024)) {
            out.flush();
            if (scenario.firstMillis > 0) {
                sleep(scenario.firstMillis);
            }
            for (int i = 0; i < scenario.events; i++) {
                long now = System.nanoTime();
                if (i == 0) {
                    started = now;
                }
                out.write(event(now, i, i == scenario.events - 1));
                if (i == 0) {
                    out.flush();
                }
            }
            out.flush();
            lastStreamWriteMillis.set(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } catch (IOException clientLeft) {
            // an aborted stream: nothing to do
        } finally {
            exchange.close();
        }
    }

    /** Schedules event {@code index} of a paced stream on the timer; each event, once written, schedules the next. */
    private void pace(HttpExchange exchange, OutputStream out, Scenario scenario, int index, long started) {
        timer.schedule(() -> {
            long now = System.nanoTime();
            boolean last = index == scenario.events - 1;
            try {
                out.write(event(now, index, last));
                out.flush();
            } catch (IOException clientLeft) {
                exchange.close();
                return;
            }
            long first = index == 0 ? now : started;
            if (last) {
                lastStreamWriteMillis.set(TimeUnit.NANOSECONDS.toMillis(now - first));
                exchange.close();
            } else {
                pace(exchange, out, scenario, index + 1, first);
            }
        }, index == 0 ? scenario.firstMillis : scenario.gapMillis, TimeUnit.MILLISECONDS);
    }

    private void stats(HttpExchange exchange) throws IOException {
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        byte[] body = ("{\"cpuNanos\":" + cpu + ",\"unaryCalls\":" + unaryCalls.get() + ",\"streams\":" + streams.get()
                       + ",\"lastStreamWriteMillis\":" + lastStreamWriteMillis.get() + "}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** One SSE event in Gemini's shape; the text starts with the send time. */
    static byte[] event(long nanoTime, int index, boolean last) {
        String json = "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"t=" + nanoTime + " token " + index
                      + " of the streamed answer. \"}],\"role\":\"model\"},"
                      + (last ? "\"finishReason\":\"STOP\"," : "") + "\"index\":0}],"
                      + "\"usageMetadata\":{\"promptTokenCount\":9,\"candidatesTokenCount\":" + (index + 1)
                      + ",\"totalTokenCount\":" + (index + 10) + "},"
                      + "\"modelVersion\":\"gemini-2.5-flash\",\"responseId\":\"stub-stream-response\"}";
        return ("data: " + json + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A generateContent answer of about 1 KB, shaped like Gemini 2.5 Flash's. */
    private static byte[] unaryAnswer() {
        String text = "Apache Camel is an open source integration framework that lets you define routing and "
                      + "mediation rules in a variety of domain-specific languages. It implements the Enterprise "
                      + "Integration Patterns, offers hundreds of components for databases, message queues and APIs, "
                      + "and runs standalone, in Spring Boot or Quarkus. A route reads from one endpoint, transforms "
                      + "the message and sends it to others; errors are handled by redelivery policies and dead "
                      + "letter channels. Camel also ships test kits, a YAML DSL and a catalog of components. This answer is padded so that the whole response is about one kilobyte.";
        String json = "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"" + text + "\"}],\"role\":\"model\"},"
                      + "\"finishReason\":\"STOP\",\"index\":0}],"
                      + "\"usageMetadata\":{\"promptTokenCount\":12,\"candidatesTokenCount\":98,\"totalTokenCount\":"
                      + "340,\"promptTokensDetails\":[{\"modality\":\"TEXT\",\"tokenCount\":12}],"
                      + "\"thoughtsTokenCount\":230},"
                      + "\"modelVersion\":\"gemini-2.5-flash\",\"responseId\":\"Yx1kaPbnAuqgz7IPmK2p-Qg\"}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicLong count = new AtomicLong();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** What a model name asks for. */
    record Scenario(long delayMillis, int events, long gapMillis, long firstMillis) {

        static Scenario of(String model) {
            long delay = 0;
            long gap = 0;
            long first = 0;
            int events = 10;
            Matcher m = NUMBER.matcher(model);
            while (m.find()) {
                long value = Long.parseLong(m.group(2));
                switch (m.group(1)) {
                    case "delay" -> delay = value;
                    case "events" -> events = (int) Math.min(value, 1_000_000);
                    case "gap" -> gap = value;
                    default -> first = value;
                }
            }
            return new Scenario(delay, Math.max(events, 1), gap, first);
        }
    }
}
