package com.cometapi.camel.gemini.benchmarks.clients;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One way to call Gemini, as a user of that library would write it. Every implementation sends the same one-turn
 * text prompt and returns the answer's text.
 */
public interface GeminiClient extends AutoCloseable {

    /** Library name as shown in the report. */
    String name();

    /** One call; the calling thread waits for the answer. */
    String generate(String model, String prompt) throws Exception;

    /** One call started without waiting; what the library offers for many calls at once. */
    CompletableFuture<String> generateAsync(String model, String prompt);

    /** How {@link #generateAsync} works, for the report. */
    String asyncStyle();

    /** Streams an answer; each chunk's text goes to {@code onChunk} as the library delivers it; returns at the end. */
    void stream(String model, String prompt, Consumer<String> onChunk) throws Exception;

    /**
     * Starts streaming an answer without waiting, chunks as for {@link #stream}; the future completes at the end.
     * By default a new thread runs {@link #stream} (for a library whose stream API blocks the caller).
     */
    default CompletableFuture<Void> streamAsync(String model, String prompt, Consumer<String> onChunk) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                stream(model, prompt, onChunk);
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, name() + "-stream");
        thread.setDaemon(true);
        thread.start();
        return done;
    }

    @Override
    void close() throws Exception;
}
