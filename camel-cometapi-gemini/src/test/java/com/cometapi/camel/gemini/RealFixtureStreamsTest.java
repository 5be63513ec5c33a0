package com.cometapi.camel.gemini;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.cometapi.camel.gemini.test.MockReply;
import com.cometapi.camel.gemini.test.RealFixtures;
import com.cometapi.camel.gemini.test.RequiresRealFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every real stream in the shared fixtures, replayed over a socket (raw SSE byte for byte, or framed by us when a
 * fixture keeps one event per line), gives one exchange per event, the joined text, the final usage, and the
 * documented failure for error bodies, error blocks and blocked prompts.
 */
@RequiresRealFixtures
class RealFixtureStreamsTest extends MockGeminiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:replay").to("gemini:stream?maxRetries=0")
                        .split(body(), new GeminiStreamAggregationStrategy()).streaming()
                        .to("mock:chunks");
            }
        };
    }

    /** A fixture read the simple way: its event JSONs, and the error object after them, if any. */
    record Recording(List<String> events, String trailingError) {
    }

    static Stream<Arguments> streams() {
        List<Path> files = new ArrayList<>(RealFixtures.files(".txt"));
        files.addAll(RealFixtures.files(".sse"));
        return files.stream()
                .filter(f -> !f.getFileName().toString().startsWith("unary-"))
                .filter(f -> !f.toString().contains("CountTokenResponses"))
                .map(f -> arguments(RealFixtures.name(f), f));
    }

    private static Recording read(String text) {
        List<String> events = new ArrayList<>();
        StringBuilder error = new StringBuilder();
        for (String line : text.split("\r\n|\n|\r")) {
            if (error.length() > 0 || line.startsWith("{") && text.startsWith("data:")) {
                error.append(line).append('\n');
            } else if (line.startsWith("data:")) {
                events.add(line.substring(5).trim());
            } else if (!line.isBlank()) {
                events.add(line.trim());
            }
        }
        return new Recording(events, error.length() == 0 ? null : error.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("streams")
    void replayedStreamGivesTheDocumentedOutcome(String name, Path file) throws Exception {
        String raw = RealFixtures.read(file);
        boolean sse = raw.startsWith("data:");
        if (!sse && raw.trim().startsWith("{") && JSON.readTree(raw.trim()).has("error")) {
            assertHttpErrorBeforeAnyEvent(raw);
            return;
        }
        Recording recording = read(raw);
        gemini.enqueue(sse ? MockReply.rawSse(raw) : MockReply.stream(recording.events().toArray(String[]::new)));
        List<JsonNode> events = new ArrayList<>();
        for (String event : recording.events()) {
            events.add(JSON.readTree(event));
        }
        MockEndpoint chunks = getMockEndpoint("mock:chunks");

        Exchange reply = template.request("direct:replay", e -> e.getMessage().setBody("Hello"));

        if (events.get(0).path("promptFeedback").has("blockReason")) {
            assertThat(reply.getException()).isInstanceOf(GeminiBlockedException.class);
            assertThat(chunks.getReceivedCounter()).isZero();
            return;
        }
        assertThat(chunks.getReceivedCounter()).as("one exchange per event").isEqualTo(events.size());
        if (recording.trailingError() != null) {
            GeminiApiException failure = reply.getException(GeminiApiException.class);
            assertThat(failure).as("the error block after the events").isNotNull();
            assertThat(failure.getStatusCode())
                    .isEqualTo(JSON.readTree(recording.trailingError()).path("error").path("code").asInt());
            return;
        }
        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getBody(String.class)).isEqualTo(joinedText(events));
        JsonNode lastUsage = events.stream().filter(e -> e.has("usageMetadata")).reduce((a, b) -> b)
                .map(e -> e.get("usageMetadata")).orElse(null);
        assertThat(reply.getMessage().getHeader(GeminiConstants.TOTAL_TOKEN_COUNT))
                .isEqualTo(lastUsage == null || !lastUsage.has("totalTokenCount")
                        ? null : lastUsage.get("totalTokenCount").asInt());
        List<Integer> indexes = chunks.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(GeminiConstants.CHUNK_INDEX, Integer.class)).toList();
        assertThat(indexes).isEqualTo(Arrays.asList(java.util.stream.IntStream.range(0, events.size()).boxed()
                .toArray(Integer[]::new)));
    }

    private void assertHttpErrorBeforeAnyEvent(String body) throws Exception {
        int code = JSON.readTree(body.trim()).path("error").path("code").asInt();
        gemini.enqueue(MockReply.raw(code, "text/event-stream", body));

        Exchange reply = template.request("direct:replay", e -> e.getMessage().setBody("Hello"));

        assertThat(reply.getException()).isInstanceOf(GeminiApiException.class);
        assertThat(((GeminiApiException) reply.getException()).getStatusCode()).isEqualTo(code);
        assertThat(getMockEndpoint("mock:chunks").getReceivedCounter()).isZero();
    }

    /** The spec, from the JSON: each event's non-thought text parts of candidate 0, all joined. */
    private static String joinedText(List<JsonNode> events) {
        StringBuilder text = new StringBuilder();
        for (JsonNode event : events) {
            for (JsonNode part : event.path("candidates").path(0).path("content").path("parts")) {
                if (part.has("text") && !part.path("thought").asBoolean(false)) {
                    text.append(part.get("text").asText());
                }
            }
        }
        return text.toString();
    }
}
