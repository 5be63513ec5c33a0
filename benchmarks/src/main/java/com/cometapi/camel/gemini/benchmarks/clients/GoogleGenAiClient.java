package com.cometapi.camel.gemini.benchmarks.clients;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import com.google.genai.Client;
import com.google.genai.ResponseStream;
import com.google.genai.types.ClientOptions;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.HttpOptions;

/**
 * Google's Gen AI SDK ({@code com.google.genai:google-genai}): {@code client.models} for calls that wait,
 * {@code client.async.models} (OkHttp's {@code enqueue}: a dispatcher thread per call in flight) for many at once,
 * {@code generateContentStream} read as an iterable.
 */
final class GoogleGenAiClient implements GeminiClient {

    private final Client client;

    GoogleGenAiClient(String baseUrl, int connections) {
        client = Client.builder()
                .apiKey("bench-key")
                .vertexAI(false)
                .httpOptions(HttpOptions.builder().baseUrl(baseUrl).apiVersion("v1beta").build())
                // OkHttp's dispatcher runs at most 64 calls, 5 per host, unless told otherwise
                .clientOptions(ClientOptions.builder().maxConnections(connections).maxConnectionsPerHost(connections)
                        .build())
                .build();
    }

    @Override
    public String name() {
        return "genai";
    }

    @Override
    public String asyncStyle() {
        return "client.async.models.generateContent: OkHttp enqueue, one dispatcher thread per call in flight";
    }

    @Override
    public String generate(String model, String prompt) {
        return client.models.generateContent(model, prompt, null).text();
    }

    @Override
    public CompletableFuture<String> generateAsync(String model, String prompt) {
        return client.async.models.generateContent(model, prompt, null).thenApply(GenerateContentResponse::text);
    }

    @Override
    public void stream(String model, String prompt, Consumer<String> onChunk) {
        try (ResponseStream<GenerateContentResponse> stream = client.models.generateContentStream(model, prompt, null)) {
            for (GenerateContentResponse chunk : stream) {
                onChunk.accept(chunk.text());
            }
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
