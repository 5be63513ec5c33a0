package com.cometapi.camel.gemini;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.cometapi.camel.gemini.model.GenerateContentResponse;
import com.cometapi.camel.gemini.test.MockReply;
import com.cometapi.camel.gemini.test.RealFixtures;
import com.cometapi.camel.gemini.test.RecordedRequest;
import com.cometapi.camel.gemini.test.RequiresRealFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tool loop on {@code gemini:stream}, over real sockets: each turn streams, calls run the tool routes, the turn
 * sent back keeps every part as received (signatures that arrive alone on the last event included), and only answer
 * text and the final turn's events reach the route as chunks.
 */
class GeminiStreamToolLoopTest extends MockGeminiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SIGNATURE_1 = "Q2FsbFNpZ25hdHVyZTE=";
    private static final String SIGNATURE_2 = "RW5kU2lnbmF0dXJlMg==";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("gemini-tool:get_weather?description=Current weather in a city&tags=weather"
                     + "&parameter.city=string")
                        .routeId("weather").to("mock:weather")
                        .setBody(simple("{\"city\":\"${header.city}\",\"tempC\":21}"));
                from("gemini-tool:broken?description=Always fails&tags=broken")
                        .throwException(new IllegalStateException("weather service is down"));
                from("direct:stream")
                        .to("gemini:stream?model=gemini-3-flash-preview&tools=weather")
                        .split(body()).streaming().to("mock:chunks");
                from("direct:text")
                        .to("gemini:stream?model=gemini-3-flash-preview&tools=weather")
                        .convertBodyTo(String.class);
                from("direct:limited")
                        .to("gemini:stream?model=gemini-3-flash-preview&tools=weather&maxToolIterations=2")
                        .split(body()).streaming().to("mock:limited");
                from("direct:failing")
                        .to("gemini:stream?model=gemini-3-flash-preview&tools=broken&toolErrorPolicy=fail")
                        .split(body()).streaming().to("mock:failing");
            }
        };
    }

    @Test
    void parallelCallsWithASignatureOnlyLastEventAreRunAndSentBackExactly() throws Exception {
        String[] callTurn = {
                "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"functionCall\":{\"name\":\"get_weather\","
                + "\"args\":{\"city\":\"Paris\"},\"id\":\"c1\"},\"thoughtSignature\":\"" + SIGNATURE_1 + "\"}]}}]}",
                "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"functionCall\":{\"name\":\"get_weather\","
                + "\"args\":{\"city\":\"Oslo\"},\"id\":\"c2\"}}]}}]}",
                "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"\",\"thoughtSignature\":\""
                + SIGNATURE_2 + "\"}]},\"finishReason\":\"STOP\"}],"
                + "\"usageMetadata\":{\"promptTokenCount\":20,\"candidatesTokenCount\":10,\"totalTokenCount\":30}}" };
        gemini.enqueue(MockReply.stream(callTurn),
                MockReply.stream(
                        "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"Paris is 21\"}]}}]}",
                        "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\" and Oslo 21.\"}]},"
                        + "\"finishReason\":\"STOP\"}],\"usageMetadata\":{\"promptTokenCount\":50,"
                        + "\"candidatesTokenCount\":6,\"totalTokenCount\":56}}"));
        MockEndpoint weather = getMockEndpoint("mock:weather");
        weather.expectedBodiesReceived("{\"city\":\"Paris\"}", "{\"city\":\"Oslo\"}");
        MockEndpoint chunks = getMockEndpoint("mock:chunks");
        chunks.expectedBodiesReceived("Paris is 21", " and Oslo 21.");

        template.sendBody("direct:stream", "Weather in Paris and Oslo?");

        weather.assertIsSatisfied();
        chunks.assertIsSatisfied();
        List<Message> received = chunks.getReceivedExchanges().stream().map(Exchange::getMessage).toList();
        assertThat(received).extracting(m -> m.getHeader(GeminiConstants.CHUNK_INDEX)).containsExactly(0, 1);
        assertThat(received).extracting(m -> m.getHeader(GeminiConstants.TOOL_ITERATIONS)).containsExactly(2, 2);
        Message last = received.get(1);
        assertThat(last.getHeader(GeminiConstants.PROMPT_TOKEN_COUNT)).as("summed over both turns").isEqualTo(70);
        assertThat(last.getHeader(GeminiConstants.TOTAL_TOKEN_COUNT)).isEqualTo(86);

        List<RecordedRequest> requests = gemini.requests();
        assertThat(requests).hasSize(2);
        JsonNode contents = requests.get(1).bodyJson().path("contents");
        assertThat(contents).hasSize(3);
        assertThat(contents.path(1).path("role").asText()).isEqualTo("model");
        assertThat(contents.path(1).path("parts")).as("the model turn exactly as streamed").isEqualTo(partsOf(callTurn));
        JsonNode responses = contents.path(2).path("parts");
        assertThat(contents.path(2).path("role").asText()).isEqualTo("user");
        assertThat(responses).extracting(p -> p.path("functionResponse").path("id").asText())
                .containsExactly("c1", "c2");
        assertThat(responses).extracting(p -> p.path("functionResponse").path("response").path("city").asText())
                .containsExactly("Paris", "Oslo");
        assertThat(requests.get(1).bodyJson().path("tools").path(0).path("functionDeclarations").path(0)
                .path("name").asText()).as("every request declares the tools again").isEqualTo("get_weather");
    }

    @Test
    @RequiresRealFixtures
    void recordedGemini3ToolCallStreamsReplayThroughTheLoop() throws Exception {
        String[] callTurn = lines("vercel-ai/packages/google/src/__fixtures__/issue-10781.1.chunks.txt");
        String[] answerTurn = lines("vercel-ai/packages/google/src/__fixtures__/issue-10781.2.chunks.txt");
        gemini.enqueue(MockReply.stream(callTurn), MockReply.stream(answerTurn));
        MockEndpoint chunks = getMockEndpoint("mock:chunks");
        chunks.expectedBodiesReceived("Let me check.", "It is currently sunny and 72 degrees", " in San Francisco.", "");

        template.sendBody("direct:stream", "Weather in San Francisco?");

        chunks.assertIsSatisfied();
        List<Message> received = chunks.getReceivedExchanges().stream().map(Exchange::getMessage).toList();
        assertThat(received).extracting(m -> m.getHeader(GeminiConstants.CHUNK_INDEX)).containsExactly(0, 1, 2, 3);
        assertThat(received).extracting(m -> m.getHeader(GeminiConstants.TOOL_ITERATIONS)).containsExactly(1, 2, 2, 2);
        assertThat(received.get(3).getHeader(GeminiConstants.PROMPT_TOKEN_COUNT)).isEqualTo(83 + 311);
        assertThat(received.get(3).getHeader(GeminiConstants.TOTAL_TOKEN_COUNT)).isEqualTo(282 + 485);
        GenerateContentResponse lastEvent = received.get(3).getHeader(GeminiConstants.RESPONSE, GenerateContentResponse.class);
        assertThat(lastEvent.firstCandidate().getContent().getParts().get(0).getThoughtSignature())
                .as("the final turn's signature-only last event is a chunk").isNotEmpty();

        JsonNode contents = gemini.requests().get(1).bodyJson().path("contents");
        assertThat(contents.path(1).path("parts")).as("text, signed call with its id and the empty last part")
                .isEqualTo(partsOf(callTurn));
        JsonNode response = contents.path(2).path("parts").path(0).path("functionResponse");
        assertThat(response.path("id").asText()).isEqualTo("g1bmv6il");
        assertThat(response.path("response").path("city").asText()).isEqualTo("San Francisco");
    }

    @Test
    void theFinalTurnsEventsWithoutAnswerTextStayChunksInTheirOrder() throws Exception {
        gemini.enqueue(MockReply.stream(
                "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"Weighing it\",\"thought\":true}]}}]}",
                "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"No tool needed.\"}]}}]}",
                "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"\"}]},\"finishReason\":\"STOP\"}],"
                + "\"usageMetadata\":{\"promptTokenCount\":4,\"candidatesTokenCount\":3,\"totalTokenCount\":7}}"));
        MockEndpoint chunks = getMockEndpoint("mock:chunks");
        chunks.expectedMessageCount(3);

        template.sendBody("direct:stream", "Hello");

        chunks.assertIsSatisfied();
        List<Message> received = chunks.getReceivedExchanges().stream().map(Exchange::getMessage).toList();
        assertThat(received).extracting(m -> m.getHeader(GeminiConstants.CHUNK_INDEX)).containsExactly(0, 1, 2);
        assertThat(received.get(0).getHeader(GeminiConstants.RESPONSE, GenerateContentResponse.class)
                .firstCandidate().getContent().getParts().get(0).getThought()).as("the thought first").isTrue();
        assertThat(received.get(1).getBody()).isEqualTo("No tool needed.");
        assertThat(received.get(2).getHeader(GeminiConstants.FINISH_REASON)).isEqualTo("STOP");
        assertThat(received).extracting(m -> m.getHeader(GeminiConstants.TOOL_ITERATIONS)).containsExactly(1, 1, 1);
        assertThat(gemini.requests()).hasSize(1);
    }

    @Test
    void convertedToTextTheLoopYieldsTheAnswerText() {
        gemini.enqueue(MockReply.functionCall("get_weather", Map.of("city", "Rome"))
                        .withThoughtSignature(SIGNATURE_1),
                MockReply.text("Rome is 21 degrees.").withStreamChunks(3));

        String text = template.requestBody("direct:text", "Weather in Rome?", String.class);

        assertThat(text).isEqualTo("Rome is 21 degrees.");
        assertThat(gemini.requests()).hasSize(2);
    }

    @Test
    void theLoopStopsAtMaxToolIterations() {
        gemini.enqueue(MockReply.functionCall("get_weather", Map.of("city", "Rome")).withThoughtSignature(SIGNATURE_1),
                MockReply.functionCall("get_weather", Map.of("city", "Milan")).withThoughtSignature(SIGNATURE_2));

        Exchange reply = template.request("direct:limited", e -> e.getMessage().setBody("Loop forever"));

        assertThat(reply.getException()).hasMessageContaining("maxToolIterations=2")
                .hasMessageContaining("get_weather");
        assertThat(gemini.requests()).hasSize(2);
    }

    @Test
    void aFailingToolFailsTheStreamWhenThePolicySaysFail() {
        gemini.enqueue(MockReply.functionCall("broken", Map.of()));

        Exchange reply = template.request("direct:failing", e -> e.getMessage().setBody("Try it"));

        assertThat(reply.getException()).hasStackTraceContaining("weather service is down");
        assertThat(gemini.requests()).as("no further turn is sent").hasSize(1);
    }

    @Test
    void aConversationKeepsTheWholeLoop() {
        gemini.enqueue(MockReply.functionCall("get_weather", Map.of("city", "Rome")).withCallId("r1")
                        .withThoughtSignature(SIGNATURE_1),
                MockReply.text("Rome is 21 degrees."),
                MockReply.text("You asked about Rome."));

        template.requestBodyAndHeader("direct:text", "Weather in Rome?", GeminiConstants.CONVERSATION_ID, "trip");
        template.requestBodyAndHeader("direct:text", "What did I ask?", GeminiConstants.CONVERSATION_ID, "trip");

        JsonNode contents = gemini.requests().get(2).bodyJson().path("contents");
        assertThat(contents).extracting(c -> c.path("role").asText())
                .containsExactly("user", "model", "user", "model", "user");
        assertThat(contents.path(1).path("parts").path(0).path("thoughtSignature").asText()).isEqualTo(SIGNATURE_1);
        assertThat(contents.path(2).path("parts").path(0).path("functionResponse").path("id").asText()).isEqualTo("r1");
        StringBuilder answer = new StringBuilder();
        contents.path(3).path("parts").forEach(part -> answer.append(part.path("text").asText()));
        assertThat(answer).as("the final turn, its parts as streamed").hasToString("Rome is 21 degrees.");
    }

    private static String[] lines(String fixture) {
        return Arrays.stream(RealFixtures.read(RealFixtures.file(fixture)).split("\n"))
                .filter(line -> !line.isBlank()).toArray(String[]::new);
    }

    /** Every part of every event, in order: the model turn as it was streamed. */
    private static ArrayNode partsOf(String... events) throws Exception {
        ArrayNode parts = JSON.createArrayNode();
        for (String event : events) {
            JSON.readTree(event).path("candidates").path(0).path("content").path("parts").forEach(parts::add);
        }
        return parts;
    }
}
