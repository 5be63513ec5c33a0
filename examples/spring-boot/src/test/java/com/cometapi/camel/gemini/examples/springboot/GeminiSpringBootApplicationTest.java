package com.cometapi.camel.gemini.examples.springboot;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.cometapi.camel.gemini.test.MockGeminiServer;
import com.cometapi.camel.gemini.test.MockReply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The app on a random port, against the offline mock (forced, so it never calls the real API even with a key). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "example.offline=true")
@ContextConfiguration(initializers = OfflineGemini.class)
class GeminiSpringBootApplicationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;
    @Autowired
    private MockGeminiServer gemini;

    @BeforeEach
    void resetMock() {
        gemini.reset();
    }

    @Test
    void askAnswersThePrompt() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/ask"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("In one sentence, what is Apache Camel?"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("Mock Gemini answer to: In one sentence, what is Apache Camel?");
        assertThat(gemini.lastRequest().promptText()).isEqualTo("In one sentence, what is Apache Camel?");
    }

    @Test
    void streamSendsEachChunkAsAnEventBeforeGeminiSendsTheNext() {
        String story = "Once upon a time,\n  a camel carried messages. The end.";
        CountDownLatch secondEvent = new CountDownLatch(1);
        gemini.enqueue(MockReply.text(story).withStreamChunks(3).withEventGate(1, secondEvent));

        List<Event> events = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(
                    uri("/stream?prompt=" + URLEncoder.encode("Tell a story", StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            Iterator<String> lines = response.body().iterator();
            List<Event> received = new ArrayList<>();
            received.add(Event.next(lines));
            // the client has chunk 0 while the mock still holds event 1
            assertThat(gemini.eventsSent()).isEqualTo(1);
            secondEvent.countDown();
            do {
                received.add(Event.next(lines));
            } while (!received.get(received.size() - 1).name().equals("done"));
            return received;
        });

        List<Event> chunks = events.subList(0, events.size() - 1);
        assertThat(chunks).hasSize(3).allSatisfy(chunk -> assertThat(chunk.name()).isEqualTo("message"));
        assertThat(chunks).anySatisfy(chunk -> assertThat(chunk.data()).startsWith(" "));
        assertThat(chunks.stream().map(Event::data).collect(Collectors.joining())).isEqualTo(story);
        assertThat(gemini.lastRequest().promptText()).isEqualTo("Tell a story");
    }

    @Test
    void unscriptedStreamArrivesWordByWordAsCurlShowsIt() {
        // nothing queued: the mock's built-in answer, streamed one word per event with a pause between events
        String answer = "Mock Gemini answer to: Tell a short story";

        List<Event> events = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(
                    uri("/stream?prompt=" + URLEncoder.encode("Tell a short story", StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofLines());
            Iterator<String> lines = response.body().iterator();
            List<Event> received = new ArrayList<>();
            received.add(Event.next(lines));
            assertThat(gemini.eventsSent()).as("events the mock had sent when the client read the first one")
                    .isLessThan(answer.split(" ").length);
            do {
                received.add(Event.next(lines));
            } while (!received.get(received.size() - 1).name().equals("done"));
            return received;
        });

        List<Event> chunks = events.subList(0, events.size() - 1);
        assertThat(chunks).hasSize(answer.split(" ").length);
        assertThat(chunks.stream().map(Event::data).collect(Collectors.joining())).isEqualTo(answer);
    }

    /** A server-sent event as a browser's EventSource sees it. */
    record Event(String name, String data) {

        /** Reads one event per the SSE spec: one space after "data:" dropped, data lines joined by \n. */
        static Event next(Iterator<String> lines) {
            String name = "message";
            List<String> data = new ArrayList<>();
            boolean started = false;
            while (true) {
                String line = lines.next();
                if (line.isEmpty()) {
                    if (started) {
                        return new Event(name, String.join("\n", data));
                    }
                    continue;
                }
                started = true;
                if (line.startsWith("event:")) {
                    name = line.substring("event:".length()).strip();
                } else if (line.startsWith("data:")) {
                    String value = line.substring("data:".length());
                    data.add(value.startsWith(" ") ? value.substring(1) : value);
                }
            }
        }
    }

    @Test
    void exposesTheTokenMetricsAndTheHealthCheck() throws Exception {
        gemini.enqueue(MockReply.text("Forty-two.").withUsage(9, 4, 0));
        http.send(HttpRequest.newBuilder(uri("/ask")).POST(HttpRequest.BodyPublishers.ofString("Meaning of life?"))
                .build(), HttpResponse.BodyHandlers.ofString());

        JsonNode tokens = json("/actuator/metrics/gen_ai.client.token.usage?tag=gen_ai.token.type:input"
                               + "&tag=gen_ai.request.model:gemini-2.5-flash");
        assertThat(statistic(tokens, "COUNT")).isPositive();
        assertThat(statistic(tokens, "MAX")).isGreaterThanOrEqualTo(9);
        assertThat(tokens.path("availableTags").findValuesAsText("tag"))
                .contains("gen_ai.system", "gen_ai.operation.name");
        JsonNode duration = json("/actuator/metrics/gen_ai.client.operation.duration");
        assertThat(statistic(duration, "COUNT")).isPositive();
        JsonNode health = json("/actuator/health");
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/camelHealth/details/gemini").asText()).isEqualTo("UP");
    }

    @Test
    void exposesTheGeminiDevConsole() throws Exception {
        gemini.enqueue(MockReply.text("Forty-two.").withUsage(9, 4, 0));
        http.send(HttpRequest.newBuilder(uri("/ask")).POST(HttpRequest.BodyPublishers.ofString("Meaning of life?"))
                .build(), HttpResponse.BodyHandlers.ofString());

        JsonNode gemini = json("/actuator/camel/gemini").at("/gemini/components/0");

        assertThat(gemini.path("name").asText()).isEqualTo("gemini");
        assertThat(gemini.path("requests").asLong()).isPositive();
        assertThat(gemini.path("callsInFlight").asLong()).isZero();
        assertThat(gemini.at("/models/gemini-2.5-flash/inputTokens").asLong()).isGreaterThanOrEqualTo(9);
        assertThat(gemini.path("failures").has("5xx")).isTrue();
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private static double statistic(JsonNode meter, String statistic) {
        for (JsonNode measurement : meter.path("measurements")) {
            if (measurement.path("statistic").asText().equals(statistic)) {
                return measurement.path("value").asDouble();
            }
        }
        throw new AssertionError(statistic + " missing in " + meter);
    }

    private static String nextData(Iterator<String> lines) {
        String line;
        while (!(line = lines.next()).startsWith("data:")) {
            assertThat(line).isNotEqualTo("event:done");
        }
        return line.substring("data:".length());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
