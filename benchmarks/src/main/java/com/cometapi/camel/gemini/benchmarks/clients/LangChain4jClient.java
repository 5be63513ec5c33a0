package com.cometapi.camel.gemini.benchmarks.clients;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;

/**
 * LangChain4j's Gemini models ({@code dev.langchain4j:langchain4j-google-ai-gemini}): {@code GoogleAiGeminiChatModel}
 * (its base URL includes the API version) and {@code GoogleAiGeminiStreamingChatModel} with a handler. Its
 * {@code chatAsync} is not implemented for Gemini (the future fails with AsyncNotSupportedException), so many calls
 * at once take a thread each, from a cached pool.
 */
final class LangChain4jClient implements GeminiClient {

    private final String baseUrl;
    private final Map<String, GoogleAiGeminiChatModel> models = new ConcurrentHashMap<>();
    private final Map<String, GoogleAiGeminiStreamingChatModel> streamingModels = new ConcurrentHashMap<>();
    private final ExecutorService threadPerCall = Executors.newCachedThreadPool();

    LangChain4jClient(String baseUrl) {
        this.baseUrl = baseUrl + "/v1beta";
    }

    @Override
    public String name() {
        return "langchain4j";
    }

    @Override
    public String asyncStyle() {
        return "no async API for Gemini (chatAsync fails: AsyncNotSupportedException): a thread per call";
    }

    @Override
    public String generate(String model, String prompt) {
        return model(model).chat(prompt);
    }

    @Override
    public CompletableFuture<String> generateAsync(String model, String prompt) {
        return CompletableFuture.supplyAsync(() -> model(model).chat(prompt), threadPerCall);
    }

    /** What the library's own chatAsync does for Gemini, for the report. */
    public String nativeAsyncOutcome(String model) {
        try {
            model(model).chatAsync("ping").get(10, TimeUnit.SECONDS);
            return "chatAsync works";
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
    }

    @Override
    public void stream(String model, String prompt, Consumer<String> onChunk) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        streamingModel(model).chat(prompt, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partialResponse) {
                onChunk.accept(partialResponse);
            }

            @Override
            public void onCompleteResponse(ChatResponse completeResponse) {
                done.countDown();
            }

            @Override
            public void onError(Throwable error) {
                failure.set(error);
                done.countDown();
            }
        });
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("stream did not end");
        }
        if (failure.get() != null) {
            throw new IllegalStateException("stream failed", failure.get());
        }
    }

    private GoogleAiGeminiChatModel model(String name) {
        return models.computeIfAbsent(name, n -> GoogleAiGeminiChatModel.builder()
                .baseUrl(baseUrl).apiKey("bench-key").modelName(n).build());
    }

    private GoogleAiGeminiStreamingChatModel streamingModel(String name) {
        return streamingModels.computeIfAbsent(name, n -> GoogleAiGeminiStreamingChatModel.builder()
                .baseUrl(baseUrl).apiKey("bench-key").modelName(n).build());
    }

    @Override
    public void close() {
        threadPerCall.shutdownNow();
    }
}
