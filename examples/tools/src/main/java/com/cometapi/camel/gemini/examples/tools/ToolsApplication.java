package com.cometapi.camel.gemini.examples.tools;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import com.cometapi.camel.gemini.GeminiComponent;
import com.cometapi.camel.gemini.GeminiConstants;
import com.cometapi.camel.gemini.examples.tools.ToolsRoutes.ToolCall;
import com.cometapi.camel.gemini.test.MockGeminiServer;
import com.cometapi.camel.gemini.test.MockReply;
import com.cometapi.camel.gemini.test.RealOrMock;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Asks a question that needs two tool routes of {@link ToolsRoutes}, prints each tool call as the model makes it,
 * then the answer, the number of model requests the loop took and the tokens summed over them.
 * <p>
 * With {@code COMETAPI_KEY} set it calls the real Gemini API through CometAPI; without it, it starts the offline
 * {@link MockGeminiServer}, scripted to call both tools in one turn (see {@link #mockReplies()}).
 */
public final class ToolsApplication {

    static final String QUESTION = "What is the weather in Paris and the stock price of ACME?";

    /** What came back: the tool calls made, the answer, and the loop's headers. */
    public record Result(List<ToolCall> toolCalls, String answer, Integer modelRequests, Integer promptTokens,
                         Integer answerTokens, Integer thoughtsTokens, Integer totalTokens) {
    }

    private ToolsApplication() {
    }

    public static void main(String[] args) throws Exception {
        RealOrMock.run(System.out, "scripted to call both tools; its final answer just lists the tool results",
                mock -> mock.enqueue(mockReplies()), (baseUrl, apiKey) -> run(baseUrl, apiKey, System.out));
    }

    /**
     * The mock's script: the model's first turn calls both functions at once (two parallel calls, with ids as Gemini
     * 3 sends them). Nothing is queued for the second request, so the mock answers it with its default reply, which
     * lists the function responses it received.
     */
    public static MockReply[] mockReplies() {
        return new MockReply[] {
                // snippet:tools-mock-script
                MockReply.functionCall("get_weather", Map.of("city", "Paris")).withCallId("call-1")
                        .andFunctionCall("get_stock_price", Map.of("symbol", "ACME")).withCallId("call-2")
                        .withUsage(58, 14, 0)
                // end-snippet:tools-mock-script
        };
    }

    /**
     * Starts Camel with the tool routes, asks the question, prints the tool calls as they happen and the answer with
     * the loop's headers, stops Camel.
     *
     * @param baseUrl where Gemini is, or null for the component's default (CometAPI)
     * @param apiKey  the key, or null to let the component read COMETAPI_KEY / GEMINI_API_KEY
     * @param out     where to print
     */
    public static Result run(String baseUrl, String apiKey, PrintStream out) throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            GeminiComponent gemini = camel.getComponent("gemini", GeminiComponent.class);
            if (baseUrl != null) {
                gemini.getConfiguration().setBaseUrl(baseUrl);
            }
            if (apiKey != null) {
                gemini.getConfiguration().setApiKey(apiKey);
            }
            ToolsRoutes routes = new ToolsRoutes(out);
            camel.addRoutes(routes);
            camel.start();

            out.println();
            out.println("Question: " + QUESTION);
            out.flush();
            Exchange exchange = camel.createProducerTemplate().request("direct:assistant",
                    e -> e.getMessage().setBody(QUESTION));
            if (exchange.getException() != null) {
                throw new IllegalStateException("direct:assistant failed: " + exchange.getException().getMessage(),
                        exchange.getException());
            }
            Message reply = exchange.getMessage();
            Result result = new Result(routes.calls(), reply.getBody(String.class),
                    reply.getHeader(GeminiConstants.TOOL_ITERATIONS, Integer.class),
                    reply.getHeader(GeminiConstants.PROMPT_TOKEN_COUNT, Integer.class),
                    reply.getHeader(GeminiConstants.CANDIDATES_TOKEN_COUNT, Integer.class),
                    // a count no model request reported stays unset: no thinking, no header
                    reply.getHeader(GeminiConstants.THOUGHTS_TOKEN_COUNT, 0, Integer.class),
                    reply.getHeader(GeminiConstants.TOTAL_TOKEN_COUNT, Integer.class));
            out.println("Answer  : " + result.answer());
            out.println("Requests: " + result.modelRequests() + " (CamelGeminiToolIterations)");
            out.println("Tokens  : prompt " + result.promptTokens() + ", answer " + result.answerTokens()
                        + ", thoughts " + result.thoughtsTokens() + ", total " + result.totalTokens()
                        + " (summed over the loop's requests)");
            return result;
        }
    }
}
