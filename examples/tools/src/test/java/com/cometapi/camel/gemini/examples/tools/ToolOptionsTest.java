package com.cometapi.camel.gemini.examples.tools;

import java.util.List;
import java.util.Map;

import com.cometapi.camel.gemini.GeminiComponent;
import com.cometapi.camel.gemini.GeminiConstants;
import com.cometapi.camel.gemini.model.FunctionCall;
import com.cometapi.camel.gemini.test.MockGeminiServerExtension;
import com.cometapi.camel.gemini.test.MockReply;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tools beyond the example, shown in docs/guides/tools.md: a tool route that fails (its error goes back to the
 * model), declared functions whose calls the route handles itself (no loop), and the loop on a stream.
 */
class ToolOptionsTest extends CamelTestSupport {

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        GeminiComponent component = camel.getComponent("gemini", GeminiComponent.class);
        component.getConfiguration().setBaseUrl(gemini.baseUrl());
        component.getConfiguration().setApiKey("test-key");
        return camel;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // snippet:tools-failing-tool
                from("gemini-tool:get_order?description=Look up an order by its number&tags=shop"
                     + "&parameter.number=integer&parameter.number.description=The order number")
                        .process(exchange -> {
                            Integer number = exchange.getMessage().getHeader("number", Integer.class);
                            throw new IllegalArgumentException("No order " + number);
                        });

                from("direct:shop")
                        .to("gemini:generate?tools=shop&maxToolIterations=4");   // toolErrorPolicy=reprompt
                // end-snippet:tools-failing-tool

                // snippet:tools-declared-functions
                from("direct:triage")
                        .to("gemini:generate?functionCallingMode=ANY&allowedFunctionNames=open_ticket"
                            + "&functions=RAW([{\"name\": \"open_ticket\", \"description\": \"Opens a support ticket\","
                            + " \"parameters\": {\"type\": \"OBJECT\", \"properties\": {"
                            + "\"summary\": {\"type\": \"STRING\"}, \"priority\": {\"type\": \"STRING\","
                            + " \"enum\": [\"low\", \"high\"]}}, \"required\": [\"summary\", \"priority\"]}}])");
                // end-snippet:tools-declared-functions

                // snippet:tools-on-a-stream
                from("direct:streamed")
                        .to("gemini:stream?model=gemini-3-flash-preview&tools=shop")
                        .split(body()).streaming()
                            .to("mock:chunks");
                // end-snippet:tools-on-a-stream
            }
        };
    }

    @Test
    void aFailingToolRouteSendsItsErrorBackToTheModel() {
        gemini.enqueue(MockReply.functionCall("get_order", Map.of("number", 1234)).withCallId("call-1"),
                MockReply.text("I could not find order 1234; please check the number."));

        Exchange reply = template.request("direct:shop", e -> e.getMessage().setBody("Where is order 1234?"));

        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getBody(String.class)).contains("could not find order 1234");
        assertThat(reply.getMessage().getHeader(GeminiConstants.TOOL_ITERATIONS)).isEqualTo(2);
        // snippet:tools-error-response
        JsonNode response = gemini.lastRequest().bodyJson().at("/contents/2/parts/0/functionResponse");
        assertThat(response.path("name").asText()).isEqualTo("get_order");
        assertThat(response.path("id").asText()).isEqualTo("call-1");
        assertThat(response.at("/response/error").asText()).isEqualTo("No order 1234");
        // end-snippet:tools-error-response
    }

    @Test
    void theLoopRunsBetweenStreamedTurns() throws Exception {
        gemini.enqueue(MockReply.functionCall("get_order", Map.of("number", 77)).withCallId("call-9")
                        .withThoughtSignature("c2lnbmF0dXJl"),
                MockReply.text("Order 77 could not be found.").withStreamChunks(3));
        MockEndpoint chunks = getMockEndpoint("mock:chunks");
        chunks.expectedMessageCount(3);

        template.sendBody("direct:streamed", "Where is order 77?");

        chunks.assertIsSatisfied();
        assertThat(String.join("", chunks.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getBody(String.class)).toList())).isEqualTo("Order 77 could not be found.");
        assertThat(chunks.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(GeminiConstants.TOOL_ITERATIONS))
                .containsOnly(2);
        JsonNode modelTurn = gemini.lastRequest().bodyJson().at("/contents/1/parts/0");
        assertThat(modelTurn.path("thoughtSignature").asText()).isEqualTo("c2lnbmF0dXJl");
        assertThat(gemini.lastRequest().bodyJson().at("/contents/2/parts/0/functionResponse/id").asText())
                .isEqualTo("call-9");
    }

    @Test
    void declaredFunctionsComeBackAsHeadersWithoutALoop() {
        gemini.enqueue(MockReply.functionCall("open_ticket", Map.of("summary", "Printer prints blank pages",
                "priority", "low")));

        // snippet:tools-declared-functions-call
        Exchange reply = template.request("direct:triage",
                e -> e.getMessage().setBody("The printer on floor 3 prints blank pages."));

        List<FunctionCall> calls = reply.getMessage().getHeader(GeminiConstants.FUNCTION_CALLS, List.class);
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.getName()).isEqualTo("open_ticket");
            assertThat(call.getArgs()).containsEntry("priority", "low");
        });
        assertThat(reply.getMessage().getHeader(GeminiConstants.TOOL_ITERATIONS)).isNull();
        // end-snippet:tools-declared-functions-call
        assertThat(gemini.requestCount()).isEqualTo(1);
        JsonNode request = gemini.lastRequest().bodyJson();
        assertThat(request.at("/toolConfig/functionCallingConfig/mode").asText()).isEqualTo("ANY");
        assertThat(request.at("/toolConfig/functionCallingConfig/allowedFunctionNames/0").asText())
                .isEqualTo("open_ticket");
        assertThat(request.at("/tools/0/functionDeclarations/0/name").asText()).isEqualTo("open_ticket");
    }
}
