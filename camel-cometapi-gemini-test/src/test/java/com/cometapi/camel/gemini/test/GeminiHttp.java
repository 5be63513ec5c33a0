package com.cometapi.camel.gemini.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain JDK HTTP client speaking to {@link MockGeminiServer} the way the component does. */
final class GeminiHttp {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final MockGeminiServer server;

    GeminiHttp(MockGeminiServer server) {
        this.server = server;
    }

    static String prompt(String text) {
        return "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":" + quote(text) + "}]}]}";
    }

    static String quote(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpRequest.Builder request(String model, String operation, String body) {
        String query = operation.equals("streamGenerateContent") ? "?alt=sse" : "";
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1beta/models/" + model + ":" + operation + query))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    HttpResponse<String> generate(String body, String... headers) {
        return send(withHeaders(request("gemini-2.5-flash", "generateContent", body), headers).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> stream(String body, String... headers) {
        return send(withHeaders(request("gemini-2.5-flash", "streamGenerateContent", body), headers).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Returns once the status and headers are in; the body is read as it arrives. */
    HttpResponse<InputStream> openStream(String body) {
        return send(request("gemini-2.5-flash", "streamGenerateContent", body).build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return CLIENT.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder builder, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    /** The JSON payloads of the {@code data:} events of a whole SSE body. */
    static List<JsonNode> events(String sseBody) {
        List<JsonNode> events = new ArrayList<>();
        for (String block : sseBody.split("\r\n\r\n")) {
            if (block.startsWith("data: ")) {
                events.add(json(block.substring("data: ".length())));
            }
        }
        return events;
    }

    /** Text of candidate 0's first part. */
    static String text(JsonNode response) {
        return response.path("candidates").path(0).path("content").path("parts").path(0).path("text").asText();
    }

    /** Reads one SSE event at a time, blocking until its terminating blank line has arrived. */
    static final class SseReader {
        private final InputStream in;

        SseReader(InputStream in) {
            this.in = in;
        }

        /** The next event's raw text including its {@code \r\n\r\n}, or null at the end of the stream. */
        String next() throws IOException {
            ByteArrayOutputStream event = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                event.write(b);
                byte[] bytes = event.toByteArray();
                int n = bytes.length;
                if (n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r'
                        && bytes[n - 1] == '\n') {
                    return event.toString(StandardCharsets.UTF_8);
                }
            }
            return event.size() == 0 ? null : event.toString(StandardCharsets.UTF_8);
        }

        /** The JSON of the next {@code data:} event. */
        JsonNode nextJson() throws IOException {
            String event = next();
            return event == null ? null : json(event.substring("data: ".length()).strip());
        }
    }
}
