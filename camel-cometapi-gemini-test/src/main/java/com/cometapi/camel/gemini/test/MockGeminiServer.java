package com.cometapi.camel.gemini.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local Gemini API on a free loopback port, for testing routes offline: it answers
 * {@code POST /{apiVersion}/models/{model}:generateContent} with JSON and
 * {@code POST /{apiVersion}/models/{model}:streamGenerateContent?alt=sse} with server-sent events, and records every
 * request. It also serves {@link #countTokens() countTokens}, {@link #embeddings() embedContent and
 * batchEmbedContents}, the {@link #files() Files API} (resumable upload, processing) and
 * {@link #caches() context caches}.
 * <p>
 * Answers come from the queue ({@link #enqueue}, first in first out, one per request on either endpoint), else from
 * {@link #setDefaultReply the default reply}, else from a built-in deterministic reply that echoes the prompt
 * ({@code "Mock Gemini answer to: <prompt>"}), with grounding when the request offers {@code googleSearch} and a small
 * JSON object when it asks for {@code application/json}. Like Gemini, it refuses with a 400 a {@code gemini-3*}
 * function-calling history that lost a thought signature or whose function responses do not answer the calls
 * ({@link #strictChecks(boolean)}).
 *
 * <pre>{@code
 * try (MockGeminiServer gemini = new MockGeminiServer()) {
 *     gemini.start();
 *     gemini.enqueue(MockReply.text("Paris"));
 *     ... call gemini.baseUrl() ...
 *     assertThat(gemini.lastRequest().promptText()).isEqualTo("Capital of France?");
 * }
 * }</pre>
 * This class needs no JUnit (a demo or a development profile can start it); in a JUnit 5 test register
 * {@link MockGeminiServerExtension} instead, which starts, resets and stops it for you. Thread-safe; serves many
 * requests at once.
 */
public class MockGeminiServer implements AutoCloseable {

    /** Content type of unary answers and error bodies. */
    public static final String JSON_CONTENT_TYPE = "application/json; charset=UTF-8";
    /** Content type of streamed answers. */
    public static final String SSE_CONTENT_TYPE = "text/event-stream";
    /** Message of the 400 answer to a missing or wrong API key (see {@link #requireApiKey}). */
    public static final String API_KEY_INVALID_MESSAGE = "API key not valid. Please pass a valid API key.";

    static final List<Map.Entry<String, String>> GOOGLE_HEADERS = List.of(
            Map.entry("Vary", "Origin, X-Origin, Referer"),
            Map.entry("Server", "scaffolding on HTTPServer2"),
            Map.entry("X-Content-Type-Options", "nosniff"));

    private final ConcurrentLinkedQueue<MockReply> replies = new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final BlockingQueue<RecordedRequest> arrivals = new LinkedBlockingQueue<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicInteger eventsSent = new AtomicInteger();
    private final ResponseWriter writer = new ResponseWriter(eventsSent);
    private final StrictChecks strictChecks = new StrictChecks();

    private final MockCaches caches = new MockCaches();
    private final MockTokenCounts tokenCounts = new MockTokenCounts(caches);
    private final MockEmbeddings embeddings = new MockEmbeddings();
    private final MockFiles files = new MockFiles();
    private final OperationRoutes routes = new OperationRoutes(tokenCounts, embeddings, files, caches, this::baseUrl);

    private volatile MockReply defaultReply;
    private volatile String apiKey;
    private HttpServer server;
    private ExecutorService executor;

    /** A server that is not started yet: call {@link #start()}. */
    public MockGeminiServer() {
    }

    // ---------------------------------------------------------------- lifecycle

    /** Binds 127.0.0.1 on a free port and starts serving. Does nothing if already started. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
            executor = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "mock-gemini-" + created.getAddress().getPort());
                thread.setDaemon(true);
                return thread;
            });
            created.setExecutor(executor);
            created.createContext("/", this::handle);
            created.start();
            server = created;
        } catch (IOException e) {
            throw new UncheckedIOException("MockGeminiServer could not bind a loopback port", e);
        }
    }

    /** Stops at once: open streams are cut, waiting replies abandoned. Does nothing if not started. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        server = null;
        executor = null;
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** True between {@link #start()} and {@link #stop()}. */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The port the server listens on. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("MockGeminiServer is not started: call start() first, or register a "
                    + "MockGeminiServerExtension with @RegisterExtension on a static field");
        }
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT}: the component's {@code baseUrl}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /**
     * Forgets queued replies, recorded requests, the request numbering and the sent-event count, and everything
     * scripted or stored for {@link #countTokens()}, {@link #embeddings()}, {@link #files()} and {@link #caches()}
     * (uploaded files and caches too). The default reply and the required API key stay.
     */
    public void reset() {
        replies.clear();
        requests.clear();
        arrivals.clear();
        sequence.set(0);
        eventsSent.set(0);
        tokenCounts.reset();
        embeddings.reset();
        files.reset();
        caches.reset();
    }

    // ---------------------------------------------------------------- scripting

    /** Queues replies; each answers one request (either endpoint), in order. */
    public void enqueue(MockReply... replies) {
        for (MockReply reply : replies) {
            this.replies.add(Objects.requireNonNull(reply, "reply"));
        }
    }

    /** Replies still queued. */
    public int queuedReplyCount() {
        return replies.size();
    }

    /** The reply used when the queue is empty; null restores the built-in deterministic reply. */
    public void setDefaultReply(MockReply reply) {
        this.defaultReply = reply;
    }

    /**
     * Requires {@code x-goog-api-key: key} or {@code Authorization: Bearer key} on every request (on every endpoint;
     * the bytes sent to a live upload URL excepted, as that URL carries its own authorisation at Google); others get
     * Google's 400 {@code INVALID_ARGUMENT} / {@code API_KEY_INVALID} body and consume no queued reply. Null turns it
     * off.
     */
    public void requireApiKey(String key) {
        this.apiKey = key;
    }

    /**
     * Turns the real API's function-calling checks on or off for every model (by default they are on for models
     * whose name starts with {@code gemini-3}): a Gemini 3 step sent back without the {@code thoughtSignature} of its
     * first function call, or function responses that do not answer the calls before them (count, ids, names), get
     * Gemini's 400 {@code INVALID_ARGUMENT}. Such a request is recorded and consumes no queued reply; {@link #reset()}
     * keeps this setting.
     *
     * @return this server
     */
    public MockGeminiServer strictChecks(boolean on) {
        strictChecks.force(on);
        return this;
    }

    /** Back to the default of {@link #strictChecks(boolean)}: on for {@code gemini-3*} models, off for others. */
    public MockGeminiServer strictChecksByModel() {
        strictChecks.force(null);
        return this;
    }

    /** How {@code :countTokens} answers: a deterministic word count unless fixed; see {@link MockTokenCounts}. */
    public MockTokenCounts countTokens() {
        return tokenCounts;
    }

    /** How {@code :embedContent} and {@code :batchEmbedContents} answer; see {@link MockEmbeddings}. */
    public MockEmbeddings embeddings() {
        return embeddings;
    }

    /** The Files API: resumable upload, {@code PROCESSING} polls, failures; see {@link MockFiles}. */
    public MockFiles files() {
        return files;
    }

    /** The context caches and how generate requests naming one are answered; see {@link MockCaches}. */
    public MockCaches caches() {
        return caches;
    }

    // ---------------------------------------------------------------- recorded requests

    /** Every request received since start or the last reset, in arrival order. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The latest request, or null when none arrived. */
    public RecordedRequest lastRequest() {
        List<RecordedRequest> all = requests();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** Number of requests received since start or the last reset. */
    public int requestCount() {
        return requests.size();
    }

    /**
     * The next request not taken yet, waiting for it up to {@code timeout}; null when none arrived in time. Each
     * request is taken once, in arrival order (for asynchronous routes).
     */
    public RecordedRequest takeRequest(Duration timeout) throws InterruptedException {
        return arrivals.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * SSE events (and error blocks) released to clients since start or the last reset. An event counts as it is
     * written, so once a client has read event n this is at least n; with an event gate on event n+1 it is exactly n.
     */
    public int eventsSent() {
        return eventsSent.get();
    }

    // ---------------------------------------------------------------- serving

    private void handle(HttpExchange exchange) {
        try (exchange) {
            byte[] body = RequestBodies.read(exchange);
            RecordedRequest request = new RecordedRequest(sequence.incrementAndGet(), exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders(), body);
            requests.add(request);
            arrivals.add(request);
            Rendered response;
            try {
                response = respond(request);
            } catch (RuntimeException e) {
                response = ReplyRenderer.plainError(new MockReply.ErrorSpec(500, "INTERNAL",
                        "MockGeminiServer could not build its reply: " + e), List.of());
            }
            writer.write(exchange, response);
        } catch (IOException e) {
            // the client went away, or the server is stopping: nothing left to answer
        }
    }

    private Rendered respond(RecordedRequest request) {
        boolean generate = "POST".equals(request.method()) && request.model() != null
                && (request.isStream() || "generateContent".equals(request.operation()));
        Supplier<Rendered> other = generate ? null : routes.route(request);
        if (!generate && other == null) {
            return ReplyRenderer.plainError(new MockReply.ErrorSpec(404, "NOT_FOUND", "MockGeminiServer answers "
                    + OperationRoutes.SERVED + ", not " + request.method() + " " + request.path()), List.of());
        }
        if (apiKey != null && !authorized(request) && !files.isUploadSession(request)) {
            String supplied = request.header("x-goog-api-key");
            return ReplyRenderer.apiKeyInvalid(supplied != null ? supplied : bearerToken(request));
        }
        if (other != null) {
            return other.get();
        }
        if (!request.parsedBody().isObject()) {
            return ReplyRenderer.plainError(new MockReply.ErrorSpec(400, "INVALID_ARGUMENT",
                    "Invalid JSON payload received. Expected a JSON object."), List.of());
        }
        Rendered refused = strictChecks.refusal(request);
        if (refused == null) {
            refused = caches.refuse(request.model(), request.parsedBody());
        }
        if (refused == null) {
            refused = files.refuseUnready(request.parsedBody());
        }
        if (refused != null) {
            return refused;
        }
        MockReply reply = replies.poll();
        if (reply == null) {
            reply = defaultReply != null ? defaultReply : DefaultReplies.forRequest(request);
        }
        return ReplyRenderer.render(caches.applyTo(reply, request), request);
    }

    private boolean authorized(RecordedRequest request) {
        return apiKey.equals(request.header("x-goog-api-key")) || apiKey.equals(bearerToken(request));
    }

    private static String bearerToken(RecordedRequest request) {
        String authorization = request.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        return null;
    }

    @Override
    public synchronized String toString() {
        return "MockGeminiServer[" + (server == null ? "stopped" : "127.0.0.1:" + server.getAddress().getPort()) + "]";
    }
}
