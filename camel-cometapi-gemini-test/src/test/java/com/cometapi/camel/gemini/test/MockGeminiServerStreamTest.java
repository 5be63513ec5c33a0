package com.cometapi.camel.gemini.test;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.cometapi.camel.gemini.test.GeminiHttp.events;
import static com.cometapi.camel.gemini.test.GeminiHttp.json;
import static com.cometapi.camel.gemini.test.GeminiHttp.prompt;
import static com.cometapi.camel.gemini.test.GeminiHttp.text;
import static org.assertj.core.api.Assertions.assertThat;

class MockGeminiServerStreamTest {

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    private final GeminiHttp http = new GeminiHttp(gemini);

    @Test
    void textReplyIsStreamedAsSeveralEventsThatJoinToTheText() {
        String answer = "The capital of Wyoming is Cheyenne, a small city.";
        gemini.enqueue(MockReply.text(answer).withGrounding(List.of("capital of Wyoming"),
                Map.of("https://example.com/wy", "example.com")));

        HttpResponse<String> response = http.stream(prompt("What is the capital of Wyoming?"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
        assertThat(response.headers().firstValue("Content-Length")).isEmpty();
        assertThat(response.body()).startsWith("data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"The");
        assertThat(response.body()).endsWith("}\r\n\r\n");
        List<JsonNode> events = events(response.body());
        assertThat(events).hasSize(3);
        assertThat(events.stream().map(GeminiHttp::text).reduce("", String::concat)).isEqualTo(answer);
        assertThat(events.subList(0, 2)).allSatisfy(event -> {
            assertThat(event.at("/candidates/0").has("finishReason")).isFalse();
            assertThat(event.at("/candidates/0").has("groundingMetadata")).isFalse();
        });
        JsonNode last = events.get(2);
        assertThat(last.at("/candidates/0/finishReason").asText()).isEqualTo("STOP");
        assertThat(last.at("/candidates/0/groundingMetadata/groundingChunks/0/web/uri").asText())
                .isEqualTo("https://example.com/wy");
        assertThat(events).extracting(e -> e.at("/usageMetadata/promptTokenCount").asInt()).containsOnly(6);
        assertThat(events).extracting(e -> e.at("/usageMetadata/candidatesTokenCount").asInt())
                .isSorted().endsWith(9);
        assertThat(events).extracting(e -> e.path("responseId").asText()).containsOnly("mock-1");
        assertThat(gemini.eventsSent()).isEqualTo(3);
    }

    @RequiresRealFixtures
    @Test
    void streamedTextMatchesARealRecordingByteForByte() throws Exception {
        JsonNode recording = json(Files.readString(RealFixtures.file("opencode-llm-recordings/streams-text.json")))
                .at("/interactions/0");
        gemini.enqueue(MockReply.text("Hello!").withUsage(11, 2, 16));

        HttpResponse<String> response = http.stream(recording.at("/request/body").asText());

        String real = recording.at("/response/body").asText();
        assertThat(response.body().replace("\"mock-1\"", "\"NyTxaczMAZ-b_uMP6u--iQg\"")).isEqualTo(real);
    }

    @Test
    void defaultReplyStreamsTheDeterministicAnswerOneWordPerEventPacedLikeAModel() {
        long start = System.nanoTime();
        List<JsonNode> events = events(http.stream(prompt("Name three colours please")).body());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(events).hasSize(8);
        assertThat(events.stream().map(GeminiHttp::text).reduce("", String::concat))
                .isEqualTo("Mock Gemini answer to: Name three colours please");
        assertThat(took).as("7 pauses between 8 events")
                .isGreaterThanOrEqualTo(DefaultReplies.STREAM_EVENT_DELAY.multipliedBy(7));
    }

    @Test
    void defaultReplyOfALongAnswerStreamsAtMostTwelveEvents() {
        List<JsonNode> events = events(http.stream(prompt("a b c d e f g h i j k l m n o p")).body());

        assertThat(events).hasSize(DefaultReplies.STREAM_MAX_EVENTS);
        assertThat(events.stream().map(GeminiHttp::text).reduce("", String::concat))
                .isEqualTo("Mock Gemini answer to: a b c d e f g h i j k l m n o p");
    }

    @Test
    void clientReceivesEachEventBeforeTheNextIsSent() throws Exception {
        CountDownLatch secondEvent = new CountDownLatch(1);
        CountDownLatch thirdEvent = new CountDownLatch(1);
        gemini.enqueue(MockReply.text("one two three").withEventDelay(Duration.ofMillis(5))
                .withEventGate(1, secondEvent).withEventGate(2, thirdEvent));

        HttpResponse<InputStream> response = http.openStream(prompt("count"));
        try (InputStream body = response.body()) {
            GeminiHttp.SseReader reader = new GeminiHttp.SseReader(body);

            assertThat(text(reader.nextJson())).isEqualTo("one");
            assertThat(gemini.eventsSent()).isEqualTo(1);
            secondEvent.countDown();
            assertThat(text(reader.nextJson())).isEqualTo(" two");
            assertThat(gemini.eventsSent()).isEqualTo(2);
            thirdEvent.countDown();
            assertThat(text(reader.nextJson())).isEqualTo(" three");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void eventDelayWaitsBetweenEvents() throws Exception {
        Duration delay = Duration.ofMillis(60);
        gemini.enqueue(MockReply.text("a b c d").withStreamChunks(4).withEventDelay(delay));

        long start = System.nanoTime();
        List<JsonNode> events = events(http.stream(prompt("x")).body());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(events).hasSize(4);
        assertThat(elapsed).isGreaterThanOrEqualTo(delay.multipliedBy(3));
    }

    @RequiresRealFixtures
    @Test
    void rawSseReplaysAFixtureByteForByte() throws Exception {
        byte[] recorded = Files.readAllBytes(RealFixtures.file(
                "FirebaseExtended-vertexai-sdk-test-data/mock-responses/googleai/streaming-success-basic-reply-short.txt"));
        gemini.enqueue(MockReply.rawSse(recorded));

        HttpResponse<byte[]> response = GeminiHttp.send(
                http.request("gemini-2.0-flash", "streamGenerateContent", prompt("Capital of Wyoming?")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
        assertThat(response.body()).isEqualTo(recorded);
        assertThat(gemini.eventsSent()).isEqualTo(3);
    }

    @Test
    void rawSseKeepsOddFramingAsIs() {
        String raw = "data: {\"candidates\": []}\n\ndata: {\"candidates\": []}\r\rdata: {\"candidates\": []}";
        gemini.enqueue(MockReply.rawSse(raw));

        assertThat(http.stream(prompt("x")).body()).isEqualTo(raw);
        assertThat(gemini.eventsSent()).isEqualTo(3);
    }

    @Test
    void streamSendsGivenEventsVerbatim() {
        String first = "{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Hi\"}],\"role\": \"model\"}}]}";
        String second = "{\"usageMetadata\":{\"promptTokenCount\":12,\"serviceTier\":\"standard\"}}";
        gemini.enqueue(MockReply.stream(first, second));

        assertThat(http.stream(prompt("x")).body()).isEqualTo("data: " + first + "\r\n\r\ndata: " + second + "\r\n\r\n");
    }

    @Test
    void streamThenErrorAppendsABareMultiLineErrorBlock() {
        String event = "{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"First \"}]},\"index\": 0}]}";
        gemini.enqueue(MockReply.streamThenError(List.of(event), 499, "CANCELLED", "The operation was cancelled.")
                .withErrorDetail("{\"@type\":\"type.googleapis.com/google.rpc.DebugInfo\",\"detail\":\"cancelled\"}"));

        HttpResponse<String> response = http.stream(prompt("x"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("data: " + event + "\r\n\r\n"
                + "{\n"
                + "  \"error\": {\n"
                + "    \"code\": 499,\n"
                + "    \"message\": \"The operation was cancelled.\",\n"
                + "    \"status\": \"CANCELLED\",\n"
                + "    \"details\": [\n"
                + "      {\n"
                + "        \"@type\": \"type.googleapis.com/google.rpc.DebugInfo\",\n"
                + "        \"detail\": \"cancelled\"\n"
                + "      }\n"
                + "    ]\n"
                + "  }\n"
                + "}\n");
    }

    @Test
    void errorReplyOnTheStreamEndpointIsAPlainHttpError() {
        gemini.enqueue(MockReply.error(404, "NOT_FOUND", "models/nope is not found for API version v1beta"));

        HttpResponse<String> response = http.stream(prompt("x"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("data:");
        assertThat(json(response.body()).at("/error/message").asText()).contains("models/nope");
    }

    @Test
    void blockedAndFunctionCallRepliesStreamAsOneEvent() {
        gemini.enqueue(MockReply.blocked("PROHIBITED_CONTENT"),
                MockReply.functionCall("lookup", Map.of("q", "x")).withFinishMessage("Model generated function call(s)."));

        List<JsonNode> blocked = events(http.stream(prompt("x")).body());
        List<JsonNode> call = events(http.stream(prompt("x")).body());

        assertThat(blocked).hasSize(1);
        assertThat(blocked.get(0).at("/promptFeedback/blockReason").asText()).isEqualTo("PROHIBITED_CONTENT");
        assertThat(call).hasSize(1);
        assertThat(call.get(0).at("/candidates/0/content/parts/0/functionCall/name").asText()).isEqualTo("lookup");
        assertThat(call.get(0).at("/candidates/0/finishMessage").asText()).isEqualTo("Model generated function call(s).");
    }

    @Test
    void thoughtComesFirstInItsOwnEvent() {
        gemini.enqueue(MockReply.text("Answer text here").withThought("Considering").withUsage(3, 9, 40));

        List<JsonNode> events = events(http.stream(prompt("x")).body());

        assertThat(events).hasSize(4);
        assertThat(events.get(0).at("/candidates/0/content/parts/0/thought").asBoolean()).isTrue();
        assertThat(events).extracting(e -> e.at("/usageMetadata/thoughtsTokenCount").asInt()).containsOnly(40);
        assertThat(events.get(3).at("/usageMetadata/totalTokenCount").asInt()).isEqualTo(52);
    }

    @Test
    void recordsTheStreamRequestWithItsQuery() {
        http.stream(prompt("streamed prompt"));

        RecordedRequest recorded = gemini.lastRequest();
        assertThat(recorded.path()).isEqualTo("/v1beta/models/gemini-2.5-flash:streamGenerateContent");
        assertThat(recorded.query()).isEqualTo("alt=sse");
        assertThat(recorded.queryParameter("alt")).isEqualTo("sse");
        assertThat(recorded.operation()).isEqualTo("streamGenerateContent");
        assertThat(recorded.isStream()).isTrue();
        assertThat(recorded.model()).isEqualTo("gemini-2.5-flash");
        assertThat(recorded.promptText()).isEqualTo("streamed prompt");
    }

    @Test
    void stopCutsAnOpenStreamWithoutWaitingForIt() throws Exception {
        MockGeminiServer own = new MockGeminiServer();
        own.start();
        own.enqueue(MockReply.text("one two").withEventGate(1, new CountDownLatch(1)));
        HttpResponse<InputStream> response = new GeminiHttp(own).openStream(prompt("x"));
        try (InputStream body = response.body()) {
            GeminiHttp.SseReader reader = new GeminiHttp.SseReader(body);
            assertThat(text(reader.nextJson())).isEqualTo("one");

            own.stop();

            assertThat(own.isRunning()).isFalse();
            assertThat(restOf(reader)).isNull();
        }
    }

    private static String restOf(GeminiHttp.SseReader reader) {
        try {
            return reader.next();
        } catch (IOException cut) {
            return null;
        }
    }
}
