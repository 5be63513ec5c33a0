package com.cometapi.camel.gemini.examples.tools;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.cometapi.camel.gemini.examples.tools.ToolsApplication.Result;
import com.cometapi.camel.gemini.examples.tools.ToolsRoutes.ToolCall;
import com.cometapi.camel.gemini.test.MockGeminiServerExtension;
import com.cometapi.camel.gemini.test.RecordedRequest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the tools example against the mock, always (an explicit key and base URL win over COMETAPI_KEY).
 */
class ToolsApplicationTest {

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private Result run() throws Exception {
        gemini.enqueue(ToolsApplication.mockReplies());
        return ToolsApplication.run(gemini.baseUrl(), "test-key", new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @Test
    void bothToolRoutesRunWithTheModelsArgumentsAsTheyAreCalled() throws Exception {
        Result result = run();

        assertThat(result.toolCalls()).containsExactly(new ToolCall("get_weather", "{\"city\":\"Paris\"}"),
                new ToolCall("get_stock_price", "{\"symbol\":\"ACME\"}"));
        assertThat(printed.toString(StandardCharsets.UTF_8)).containsSubsequence(
                "Question: " + ToolsApplication.QUESTION,
                "Tool    : get_weather {\"city\":\"Paris\"}",
                "Tool    : get_stock_price {\"symbol\":\"ACME\"}",
                "Answer  : ");
    }

    @Test
    void secondRequestAnswersBothCallsInOneTurnInCallOrder() throws Exception {
        run();

        List<RecordedRequest> requests = gemini.requests();
        assertThat(requests).hasSize(2);
        assertThat(requests).allSatisfy(request -> {
            assertThat(request.path()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
            assertThat(request.bodyJson().at("/tools/0/functionDeclarations")).extracting(d -> d.path("name").asText())
                    .containsExactly("get_stock_price", "get_weather");
        });
        JsonNode weather = requests.get(0).bodyJson().at("/tools/0/functionDeclarations/1/parameters");
        assertThat(weather.at("/properties/city/type").asText()).isEqualTo("STRING");
        assertThat(weather.at("/required/0").asText()).isEqualTo("city");

        // snippet:tools-test-function-responses
        JsonNode contents = requests.get(1).bodyJson().path("contents");
        assertThat(contents).hasSize(3);
        assertThat(contents.at("/0/parts/0/text").asText()).isEqualTo(ToolsApplication.QUESTION);
        assertThat(contents.at("/1/role").asText()).isEqualTo("model");
        JsonNode toolTurn = contents.path(2);
        assertThat(toolTurn.path("role").asText()).isEqualTo("user");
        assertThat(toolTurn.path("parts")).hasSize(2);
        JsonNode first = toolTurn.at("/parts/0/functionResponse");
        JsonNode second = toolTurn.at("/parts/1/functionResponse");
        assertThat(first.path("name").asText()).isEqualTo("get_weather");
        assertThat(first.path("id").asText()).isEqualTo("call-1");
        assertThat(first.at("/response/city").asText()).isEqualTo("Paris");
        assertThat(first.at("/response/temperatureC").asInt()).isEqualTo(18);
        assertThat(second.path("name").asText()).isEqualTo("get_stock_price");
        assertThat(second.path("id").asText()).isEqualTo("call-2");
        assertThat(second.at("/response/symbol").asText()).isEqualTo("ACME");
        assertThat(second.at("/response/price").asDouble()).isEqualTo(123.45);
        // end-snippet:tools-test-function-responses
    }

    @Test
    void finalAnswerAndLoopHeadersArePrinted() throws Exception {
        Result result = run();
        String output = printed.toString(StandardCharsets.UTF_8);

        assertThat(result.answer()).contains("get_weather", "light rain", "get_stock_price", "123.45");
        assertThat(result.modelRequests()).isEqualTo(2);
        assertThat(result.promptTokens()).isGreaterThan(58);
        assertThat(result.answerTokens()).isGreaterThan(14);
        assertThat(result.thoughtsTokens()).isZero();
        assertThat(result.totalTokens())
                .isEqualTo(result.promptTokens() + result.answerTokens() + result.thoughtsTokens());
        assertThat(output).contains("Answer  : " + result.answer(),
                "Requests: 2 (CamelGeminiToolIterations)",
                "Tokens  : prompt " + result.promptTokens() + ", answer " + result.answerTokens() + ", thoughts 0, total "
                + result.totalTokens());
    }
}
