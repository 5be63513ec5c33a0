package com.cometapi.camel.gemini.benchmarks.clients;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.client5.http.async.methods.AbstractBinResponseConsumer;
import org.apache.hc.core5.io.CloseMode;

/**
 * The floor: Apache HttpClient 5 async (the transport the component uses) and Jackson, with nothing else. The
 * request is a Jackson tree; the answer is read as a tree and its text taken out. Streams are parsed on the I/O
 * thread, each event handed to the consumer there.
 */
final class RawHttpClient implements GeminiClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String baseUrl;
    private final CloseableHttpAsyncClient client;

    RawHttpClient(String baseUrl, int connections) {
        this.baseUrl = baseUrl;
        this.client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(connections).setMaxConnPerRoute(connections).build())
                .disableCookieManagement()
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .build();
        client.start();
    }

    @Override
    public String name() {
        return "raw";
    }

    @Override
    public String asyncStyle() {
        return "HttpClient 5 async: callback on the I/O reactor";
    }

    @Override
    public String generate(String model, String prompt) throws Exception {
        return generateAsync(model, prompt).get();
    }

    @Override
    public CompletableFuture<String> generateAsync(String model, String prompt) {
        return send(model, "generateContent", prompt, SimpleResponseConsumer.create(), response -> {
            if (response.getCode() != 200) {
                throw new IOException("HTTP " + response.getCode());
            }
            return text(MAPPER.readTree(response.getBodyBytes()));
        });
    }

    @Override
    public void stream(String model, String prompt, Consumer<String> onChunk) throws Exception {
        client.execute(SimpleRequestProducer.create(request(model, "streamGenerateContent", prompt)),
                new SseConsumer(onChunk, null), null).get();
    }

    /** The same stream started without waiting: each event goes to {@code onChunk} on the I/O thread. */
    @Override
    public CompletableFuture<Void> streamAsync(String model, String prompt, Consumer<String> onChunk) {
        return streamAsync(model, prompt, onChunk, null);
    }

    /** As {@link #streamAsync(String, String, Consumer)}, {@code afterRead} run after each read's events. */
    CompletableFuture<Void> streamAsync(String model, String prompt, Consumer<String> onChunk, Runnable afterRead) {
        return send(model, "streamGenerateContent", prompt, new SseConsumer(onChunk, afterRead), ended -> null);
    }

    /** What an answer becomes, on the I/O thread; a failure fails the call. */
    @FunctionalInterface
    private interface Answer<T, R> {

        R apply(T answer) throws Exception;
    }

    /**
     * Sends {@code method} for the prompt without waiting: the future completes with what {@code answer} makes of the
     * consumer's result, on the I/O thread.
     */
    private <T, R> CompletableFuture<R> send(String model, String method, String prompt,
                                             AsyncResponseConsumer<T> consumer, Answer<T, R> answer) {
        CompletableFuture<R> result = new CompletableFuture<>();
        SimpleHttpRequest request;
        try {
            request = request(model, method, prompt);
        } catch (IOException e) {
            result.completeExceptionally(e);
            return result;
        }
        client.execute(SimpleRequestProducer.create(request), consumer, new FutureCallback<T>() {
            @Override
            public void completed(T value) {
                try {
                    result.complete(answer.apply(value));
                } catch (Exception e) {
                    result.completeExceptionally(e);
                }
            }

            @Override
            public void failed(Exception ex) {
                result.completeExceptionally(ex);
            }

            @Override
            public void cancelled() {
                result.cancel(false);
            }
        });
        return result;
    }

    private SimpleHttpRequest request(String model, String method, String prompt) throws IOException {
        ObjectNode body = MAPPER.createObjectNode();
        ObjectNode content = body.putArray("contents").addObject();
        content.put("role", "user");
        content.putArray("parts").addObject().put("text", prompt);
        String query = method.startsWith("stream") ? "?alt=sse" : "";
        return SimpleRequestBuilder.post(baseUrl + "/v1beta/models/" + model + ":" + method + query)
                .addHeader("x-goog-api-key", "bench-key")
                .setBody(MAPPER.writeValueAsBytes(body), ContentType.APPLICATION_JSON)
                .build();
    }

    /** The text parts of the first candidate, joined. */
    static String text(JsonNode response) {
        JsonNode parts = response.path("candidates").path(0).path("content").path("parts");
        if (parts.size() == 1) {
            return parts.get(0).path("text").asText();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : parts) {
            text.append(part.path("text").asText());
        }
        return text.toString();
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }

    /** SSE over bytes: {@code data:} lines up to a blank line make one event; each is parsed with Jackson. */
    static final class SseConsumer extends AbstractBinResponseConsumer<Void> {

        private final Consumer<String> onChunk;
        private final Runnable afterRead;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        private final ByteArrayOutputStream data = new ByteArrayOutputStream(512);

        /** @param afterRead run after the events of each read were handed to {@code onChunk}, or null */
        SseConsumer(Consumer<String> onChunk, Runnable afterRead) {
            this.onChunk = onChunk;
            this.afterRead = afterRead;
        }

        @Override
        protected void start(HttpResponse response, ContentType contentType) throws HttpException {
            if (response.getCode() != 200) {
                throw new HttpException("HTTP " + response.getCode());
            }
        }

        @Override
        protected int capacityIncrement() {
            return 64 * 1024;
        }

        @Override
        protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
            while (src.hasRemaining()) {
                byte b = src.get();
                if (b == '\n') {
                    endOfLine();
                } else if (b != '\r') {
                    line.write(b);
                }
            }
            if (endOfStream) {
                endOfLine();
                endOfLine();
            }
            if (afterRead != null) {
                afterRead.run();
            }
        }

        private void endOfLine() throws IOException {
            if (line.size() == 0) {
                if (data.size() > 0) {
                    JsonNode event = MAPPER.readTree(data.toByteArray());
                    data.reset();
                    onChunk.accept(text(event));
                }
                return;
            }
            byte[] bytes = line.toByteArray();
            line.reset();
            if (bytes.length >= 5 && bytes[0] == 'd' && bytes[1] == 'a' && bytes[2] == 't' && bytes[3] == 'a'
                && bytes[4] == ':') {
                int from = bytes.length > 5 && bytes[5] == ' ' ? 6 : 5;
                if (data.size() > 0) {
                    data.write('\n');
                }
                data.write(bytes, from, bytes.length - from);
            }
        }

        @Override
        protected Void buildResult() {
            return null;
        }

        @Override
        public void releaseResources() {
        }
    }
}
