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

    @Override
    void close() throws Exception;
}
