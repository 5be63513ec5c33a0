package com.cometapi.camel.gemini;

import java.util.List;
import java.util.Map;

import com.cometapi.camel.gemini.test.MockReply;
import com.cometapi.camel.gemini.test.RecordedRequest;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel routes as Gemini functions: the loop over real sockets, with signatures and ids echoed byte for byte.
 */
class GeminiToolLoopTest extends MockGeminiTestSupport {

    private static final String SIGNATURE = "CsUBAdHtim9+fake/signature==";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("gemini-tool:get_weather?description=Current weather in a city&tags=travel"
                     + "&parameter.city=string&parameter.city.description=City name"
                     + "&parameter.unit=string&parameter.unit.enum=C,F&parameter.unit.required=false")
                        .routeId("weather").to("mock:weather")
                        .setBody(simple("{\"city\":\"${header.city}\",\"tempC\":21}"));
                from("gemini-tool:get_stock_price?description=Latest price of a stock&tags=travel,finance"
                     + "&parameter.symbol=string")
                        .routeId("stock").to("mock:stock")
                        .setBody(constant(187.5));
                from("gemini-tool:failing?description=Always fails&tags=broken")
                        .throwException(new IllegalStateException("database is down"));
                from("direct:ask").to("gemini:generate?tools=travel");
            }
        };
    }

    @Test
    void singleCallIsRunAndItsResultSentBackWithIdAndSignature() throws Exception {
        gemini.enqueue(MockReply.functionCall("get_weather", Map.of("city", "Paris")).withCallId("call-7")
                .withThoughtSignature(SIGNATURE).withUsage(10, 5, 2),
                MockReply.text("It is 21 degrees in Paris.").withUsage(30, 8, 0));
        MockEndpoint weather = getMockEndpoint("mock:weather");
        weather.expectedHeaderReceived("city", "Paris");
        weather.expectedBodiesReceived("{\"city\":\"Paris\"}");

        Exchange reply = template.request("direct:ask", e -> e.getMessage().setBody("Weather in Paris?"));

        assertThat(reply.getException()).isNull();
        weather.assertIsSatisfied();
        assertThat(reply.getMessage().getBody()).isEqualTo("It is 21 degrees in Paris.");
        assertThat(reply.getMessage().getHeader(GeminiConstants.TOOL_ITERATIONS)).isEqualTo(2);
        assertThat(reply.getMessage().getHeader(GeminiConstants.PROMPT_TOKEN_COUNT)).isEqualTo(40);
        assertThat(reply.getMessage().getHeader(GeminiConstants.CANDIDATES_TOKEN_COUNT)).isEqualTo(13);
        assertThat(reply.getMessage().getHeader(GeminiConstants.THOUGHTS_TOKEN_COUNT)).isEqualTo(2);
        List<RecordedRequest> requests = gemini.requests();
        assertThat(requests).hasSize(2);
        for (RecordedRequest request : requests) {
            JsonNode declarations = request.bodyJson().path("tools").path(0).path("functionDeclarations");
            assertThat(declarations).extracting(d -> d.path("name").asText())
                    .containsExactly("get_stock_price", "get_weather");
        }
        JsonNode weatherDeclaration = requests.get(0).bodyJson().path("tools").path(0).path("functionDeclarations").path(1);
        assertThat(weatherDeclaration.path("parameters").path("required")).extracting(JsonNode::asText).containsExactly("city");
        assertThat(weatherDeclaration.path("parameters").path("properties").path("unit").path("enum"))
                .extracting(JsonNode::asText).containsExactly("C", "F");
        JsonNode contents = requests.get(1).bodyJson().path("contents");
        assertThat(contents).hasSize(3);
        assertThat(contents.path(1).path("role").asText()).isEqualTo("model");
        assertThat(contents.path(1).path("parts").path(0).path("thoughtSignature").asText()).isEqualTo(SIGNATURE);
        assertThat(contents.path(1).path("parts").path(0).path("functionCall").path("id").asText()).isEqualTo("call-7");
        JsonNode functionResponse = contents.path(2).path("parts").path(0).path("functionResponse");
        assertThat(contents.path(2).path("role").asText()).isEqualTo("user");
        assertThat(functionResponse.path("id").asText()).isEqualTo("call-7");
        assertThat(functionResponse.path("name").asText()).isEqualTo("get_weather");
        assertThat(functionResponse.path("response").path("tempC").asInt()).isEqualTo(21);
    }

    @Test
    void parallelCallsAreAllAnsweredInOneTurnInCallOrder() {
        gemini.enqueue(MockReply.functionCall("get_stock_price", Map.of("symbol", "ACME"))
                .andFunctionCall("get_weather", Map.of("city", "Oslo")),
                MockReply.text("ACME is at 187.5 and Oslo is mild."));

        Object body = template.requestBody("direct:ask", "Stock and weather?");

        assertThat(body).isEqualTo("ACME is at 187.5 and Oslo is mild.");
        JsonNode parts = gemini.requests().get(1).bodyJson().path("contents").path(2).path("parts");
        assertThat(parts).hasSize(2);
        assertThat(parts.path(0).path("functionResponse").path("name").asText()).isEqualTo("get_stock_price");
        assertThat(parts.path(0).path("functionResponse").path("response").path("result").asDouble()).isEqualTo(187.5);
        assertThat(parts.path(1).path("functionResponse").path("response").path("city").asText()).isEqualTo("Oslo");
    }

    @Test
    void severalIterationsUntilTheModelAnswers() {
        gemini.enqueue(MockReply.functionCall("get_weather", Map.of("city", "Rome")),
                MockReply.functionCall("get_stock_price", Map.of("symbol", "ROME")),
                MockReply.text("Done."));

        Exchange reply = template.request("direct:ask", e -> e.getMessage().setBody("Plan my trip"));

        assertThat(reply.getMessage().getBody()).isEqualTo("Done.");
        assertThat(reply.getMessage().getHeader(GeminiConstants.TOOL_ITERATIONS)).isEqualTo(3);
        assertThat(gemini.requests().get(2).bodyJson().path("contents")).hasSize(5);
    }

    @Test
    void failingToolIsReportedToTheModelByDefault() {
        gemini.enqueue(MockReply.functionCall("failing", Map.of()), MockReply.text("Sorry, the database is down."));

        Object body = template.requestBody("gemini:generate?tools=broken", "Look it up");

        assertThat(body).isEqualTo("Sorry, the database is down.");
        assertThat(gemini.requests().get(1).bodyJson().path("contents").path(2).path("parts").path(0)
                .path("functionResponse").path("response").path("error").asText()).isEqualTo("database is down");
    }

    @Test
    void failingToolFailsTheExchangeWithFailPolicy() {
        gemini.enqueue(MockReply.functionCall("failing", Map.of()), MockReply.text("unused"));

        Exchange reply = template.request("gemini:generate?tools=broken&toolErrorPolicy=fail",
                e -> e.getMessage().setBody("Look it up"));

        assertThat(reply.getException()).isInstanceOf(IllegalStateException.class).hasMessage("database is down");
        assertThat(gemini.requestCount()).isEqualTo(1);
    }

    @Test
    void iterationLimitFailsTheExchangeNamingIt() {
        for (int i = 0; i < 3; i++) {
            gemini.enqueue(MockReply.functionCall("get_weather", Map.of("city", "Loop")));
        }

        Exchange reply = template.request("gemini:generate?tools=travel&maxToolIterations=2",
                e -> e.getMessage().setBody("Again and again"));

        assertThat(reply.getException()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("maxToolIterations=2");
        assertThat(gemini.requestCount()).isEqualTo(2);
    }

    @Test
    void conversationKeepsTheFunctionCallTurns() {
        gemini.enqueue(MockReply.functionCall("get_weather", Map.of("city", "Paris")).withCallId("c-1")
                .withThoughtSignature(SIGNATURE), MockReply.text("21 degrees."), MockReply.text("Yes, take a jacket."));

        template.requestBodyAndHeader("direct:ask", "Weather in Paris?", GeminiConstants.CONVERSATION_ID, "trip");
        template.requestBodyAndHeader("direct:ask", "Do I need a jacket?", GeminiConstants.CONVERSATION_ID, "trip");

        JsonNode contents = gemini.lastRequest().bodyJson().path("contents");
        assertThat(contents).hasSize(5);
        assertThat(contents.path(1).path("parts").path(0).path("functionCall").path("name").asText())
                .isEqualTo("get_weather");
        assertThat(contents.path(1).path("parts").path(0).path("thoughtSignature").asText()).isEqualTo(SIGNATURE);
        assertThat(contents.path(2).path("parts").path(0).path("functionResponse").path("id").asText()).isEqualTo("c-1");
        assertThat(contents.path(3).path("parts").path(0).path("text").asText()).isEqualTo("21 degrees.");
        assertThat(contents.path(4).path("parts").path(0).path("text").asText()).isEqualTo("Do I need a jacket?");
    }

    @Test
    void twoToolRoutesWithOneNameFailWhenTheSecondStarts() {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("gemini-tool:get_weather?description=A second weather tool").routeId("clash").to("mock:clash");
            }
        }));

        Throwable cause = failure;
        while (cause != null && !(cause instanceof IllegalArgumentException)) {
            cause = cause.getCause();
        }
        assertThat(cause).isNotNull().hasMessageContaining("Two gemini-tool routes are named 'get_weather'")
                .hasMessageContaining("weather").hasMessageContaining("clash");
    }

    @Test
    void unknownTagFailsBeforeSending() {
        Exchange reply = template.request("gemini:generate?tools=nope", e -> e.getMessage().setBody("Hi"));

        assertThat(reply.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No started gemini-tool route has tag 'nope'");
        assertThat(gemini.requestCount()).isZero();
    }

    @Test
    void declaredFunctionsComeBackAsCallsWithoutALoop() {
        gemini.enqueue(MockReply.functionCall("lookup", Map.of("q", "x")));

        Exchange reply = template.request("gemini:generate?functionCallingMode=ANY&allowedFunctionNames=lookup"
                                          + "&functions=[{\"name\":\"lookup\",\"description\":\"Looks up\","
                                          + "\"parameters\":{\"type\":\"OBJECT\",\"properties\":{\"q\":{\"type\":\"STRING\"}}}}]",
                e -> e.getMessage().setBody("Find x"));

        assertThat(reply.getMessage().getHeader(GeminiConstants.FUNCTION_CALLS, List.class)).hasSize(1);
        assertThat(reply.getMessage().getHeader(GeminiConstants.TOOL_ITERATIONS)).isNull();
        JsonNode sent = gemini.lastRequest().bodyJson();
        assertThat(sent.path("tools").path(0).path("functionDeclarations").path(0).path("name").asText()).isEqualTo("lookup");
        assertThat(sent.path("toolConfig").path("functionCallingConfig").path("mode").asText()).isEqualTo("ANY");
        assertThat(sent.path("toolConfig").path("functionCallingConfig").path("allowedFunctionNames").path(0).asText())
                .isEqualTo("lookup");
        assertThat(gemini.requestCount()).isEqualTo(1);
    }
}
