package com.cometapi.camel.gemini;

import java.util.List;
import java.util.Map;

import com.cometapi.camel.gemini.model.Content;
import com.cometapi.camel.gemini.model.FunctionCall;
import com.cometapi.camel.gemini.model.FunctionResponse;
import com.cometapi.camel.gemini.model.GenerateContentRequest;
import com.cometapi.camel.gemini.model.Part;
import com.cometapi.camel.gemini.test.MockReply;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Gemini 3 tool loop against the mock's strict checks (on by default for {@code gemini-3*} models), which refuse a
 * request the way the real API does when a step comes back without the signature of its first call, or when the
 * function responses do not answer the calls by id: the loop passes them, a tampered history does not.
 */
class GeminiStrictMockToolLoopTest extends MockGeminiTestSupport {

    private static final String MODEL = "gemini-3-flash-preview";
    private static final String FIRST_STEP_SIGNATURE = "CsUBAdHtim9+first/step==";
    private static final String SECOND_STEP_SIGNATURE = "CsUBAdHtim9+second/step==";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("gemini-tool:get_weather?description=Current weather in a city&tags=weather"
                     + "&parameter.city=string")
                        .setBody(simple("{\"city\":\"${header.city}\",\"tempC\":21}"));
                from("gemini-tool:get_forecast?description=Tomorrow's weather in a city&tags=weather"
                     + "&parameter.city=string")
                        .setBody(simple("{\"city\":\"${header.city}\",\"tomorrow\":\"rain\"}"));
                from("direct:ask").to("gemini:generate?model=" + MODEL + "&tools=weather");
            }
        };
    }

    @Test
    void parallelCallsSignedOnTheFirstOnlyPassTheStrictMock() {
        gemini.enqueue(MockReply.functionCall("get_weather", Map.of("city", "Paris")).withCallId("call-p")
                        .withThoughtSignature(FIRST_STEP_SIGNATURE)
                        .andFunctionCall("get_weather", Map.of("city", "Tokyo")).withCallId("call-t"),
                MockReply.text("21 degrees in Paris and in Tokyo."));

        Exchange reply = template.request("direct:ask", e -> e.getMessage().setBody("Weather in Paris and Tokyo?"));

        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getBody()).isEqualTo("21 degrees in Paris and in Tokyo.");
        assertThat(gemini.requests()).hasSize(2);
        JsonNode contents = gemini.lastRequest().bodyJson().path("contents");
        JsonNode calls = contents.path(1).path("parts");
        assertThat(calls.path(0).path("thoughtSignature").asText()).isEqualTo(FIRST_STEP_SIGNATURE);
        assertThat(calls.path(1).has("thoughtSignature")).isFalse();
        assertThat(contents.path(2).path("parts")).extracting(p -> p.path("functionResponse").path("id").asText())
                .containsExactly("call-p", "call-t");
    }

    @Test
    void everyStepOfTheTurnAndTheNextTurnOfTheConversationPass() {
        gemini.enqueue(MockReply.functionCall("get_weather", Map.of("city", "Oslo")).withCallId("s1")
                        .withThoughtSignature(FIRST_STEP_SIGNATURE),
                MockReply.functionCall("get_forecast", Map.of("city", "Oslo")).withCallId("s2")
                        .withThoughtSignature(SECOND_STEP_SIGNATURE),
                MockReply.text("Mild today, rain tomorrow."),
                MockReply.text("Yes, take an umbrella."));

        Exchange first = template.request("direct:ask", e -> {
            e.getMessage().setBody("Weather in Oslo, today and tomorrow?");
            e.getMessage().setHeader(GeminiConstants.CONVERSATION_ID, "oslo");
        });
        Exchange second = template.request("direct:ask", e -> {
            e.getMessage().setBody("Do I need an umbrella?");
            e.getMessage().setHeader(GeminiConstants.CONVERSATION_ID, "oslo");
        });

        assertThat(first.getException()).isNull();
        assertThat(first.getMessage().getHeader(GeminiConstants.TOOL_ITERATIONS)).isEqualTo(3);
        assertThat(second.getException()).isNull();
        assertThat(second.getMessage().getBody()).isEqualTo("Yes, take an umbrella.");
        JsonNode contents = gemini.lastRequest().bodyJson().path("contents");
        assertThat(contents).hasSize(7);
        assertThat(contents.path(1).path("parts").path(0).path("thoughtSignature").asText())
                .isEqualTo(FIRST_STEP_SIGNATURE);
        assertThat(contents.path(3).path("parts").path(0).path("thoughtSignature").asText())
                .isEqualTo(SECOND_STEP_SIGNATURE);
        assertThat(contents.path(4).path("parts").path(0).path("functionResponse").path("id").asText()).isEqualTo("s2");
    }

    @Test
    void aHistoryWithoutTheSignatureIsRefusedAsTheRealApiWould() {
        gemini.enqueue(MockReply.text("unused"));
        GenerateContentRequest tampered = new GenerateContentRequest().setContents(List.of(
                Content.user("Weather in Paris?"),
                Content.model(Part.ofFunctionCall(new FunctionCall().setId("c1").setName("get_weather")
                        .setArgs(Map.of("city", "Paris")))),
                Content.user(Part.ofFunctionResponse(new FunctionResponse().setId("c1").setName("get_weather")
                        .setResponse(Map.of("tempC", 21))))));

        Exchange reply = template.request("gemini:generate?model=" + MODEL, e -> e.getMessage().setBody(tampered));

        assertThat(reply.getException()).isInstanceOf(GeminiApiException.class);
        GeminiApiException failure = (GeminiApiException) reply.getException();
        assertThat(failure.getStatusCode()).isEqualTo(400);
        assertThat(failure.getErrorStatus()).isEqualTo("INVALID_ARGUMENT");
        assertThat(failure.getErrorMessage()).startsWith("Function call is missing a thought_signature in functionCall"
                                                         + " parts.")
                .contains("function call `default_api:get_weather` , position 2.");
        assertThat(failure.isRetryable()).isFalse();
        assertThat(gemini.requestCount()).as("a 400 is not retried").isEqualTo(1);
        assertThat(gemini.lastRequest().bodyJson().at("/contents/1/parts/0").has("thoughtSignature")).isFalse();
    }

    @Test
    void responsesThatDoNotAnswerTheCallsByIdAreRefused() {
        GenerateContentRequest tampered = new GenerateContentRequest().setContents(List.of(
                Content.user("Weather in Paris?"),
                Content.model(Part.ofFunctionCall(new FunctionCall().setId("c1").setName("get_weather")
                        .setArgs(Map.of("city", "Paris"))).setThoughtSignature(FIRST_STEP_SIGNATURE)),
                Content.user(Part.ofFunctionResponse(new FunctionResponse().setId("c2").setName("get_weather")
                        .setResponse(Map.of("tempC", 21))))));

        Exchange reply = template.request("gemini:generate?model=" + MODEL, e -> e.getMessage().setBody(tampered));

        assertThat(reply.getException()).isInstanceOf(GeminiApiException.class);
        assertThat(((GeminiApiException) reply.getException()).getErrorMessage())
                .contains("functionResponse.id does not match").contains("'c2'");
    }
}
