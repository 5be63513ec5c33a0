package com.cometapi.camel.gemini.test;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.cometapi.camel.gemini.test.GeminiHttp.MAPPER;
import static com.cometapi.camel.gemini.test.GeminiHttp.json;
import static com.cometapi.camel.gemini.test.GeminiHttp.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real API's function-calling checks, over HTTP: Gemini 3 steps must come back with the signature of their first
 * call, and function responses must answer the calls before them.
 */
class MockGeminiServerStrictChecksTest {

    private static final String GEMINI_3 = "gemini-3-flash-preview";
    private static final String SIGNATURE = "CsUBAdHtim9+mock/signature==";
    private static final String MISSING_SIGNATURE_FOR_GET_WEATHER_AT_2 =
            "Function call is missing a thought_signature in functionCall parts. This is required for tools to work"
            + " correctly, and missing thought_signature may lead to degraded model performance. Additional data,"
            + " function call `default_api:get_weather` , position 2. Please refer to"
            + " https://ai.google.dev/gemini-api/docs/thought-signatures for more details.";
    private static final String COUNT_MISMATCH = "Please ensure that the number of function response parts is equal"
                                                 + " to the number of function call parts of the function call turn.";

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    private final GeminiHttp http = new GeminiHttp(gemini);

    @AfterEach
    void defaultChecks() {
        gemini.strictChecksByModel();
    }

    @Test
    void aGemini3StepWithoutTheSignatureOfItsCallGetsTheRealApis400() {
        gemini.enqueue(MockReply.text("unused"));
        String body = request(user("Weather in Paris?"), calls(call("get_weather", "c1", null)),
                answers(answer("get_weather", "c1")));

        HttpResponse<String> response = generate(GEMINI_3, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(MockGeminiServer.JSON_CONTENT_TYPE);
        JsonNode error = json(response.body()).path("error");
        assertThat(error.path("code").asInt()).isEqualTo(400);
        assertThat(error.path("status").asText()).isEqualTo("INVALID_ARGUMENT");
        assertThat(error.path("message").asText()).isEqualTo(MISSING_SIGNATURE_FOR_GET_WEATHER_AT_2);
        assertThat(error.path("details").path(0).path("detail").asText()).contains("strictChecks(false)");
        assertThat(gemini.lastRequest().model()).isEqualTo(GEMINI_3);
        assertThat(gemini.lastRequest().bodyJson().at("/contents/1/parts/0/functionCall/id").asText()).isEqualTo("c1");
        assertThat(gemini.queuedReplyCount()).as("a refused request consumes no reply").isEqualTo(1);
    }

    @Test
    void aSignedGemini3StepIsAnswered() {
        gemini.enqueue(MockReply.text("21 degrees in Paris."));
        String body = request(user("Weather in Paris?"), calls(call("get_weather", "c1", SIGNATURE)),
                answers(answer("get_weather", "c1")));

        HttpResponse<String> response = generate(GEMINI_3, body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(text(json(response.body()))).isEqualTo("21 degrees in Paris.");
    }

    @Test
    void parallelCallsNeedTheSignatureOnTheFirstCallOnly() {
        String body = request(user("Paris and Tokyo?"),
                calls(call("get_weather", "p", SIGNATURE), call("get_weather", "t", null)),
                answers(answer("get_weather", "t"), answer("get_weather", "p")));

        assertThat(generate(GEMINI_3, body).statusCode()).isEqualTo(200);
    }

    @Test
    void parallelCallsSignedOnTheSecondCallOnlyAreRefused() {
        String body = request(user("Paris and Tokyo?"),
                calls(call("get_weather", "p", null), call("get_weather", "t", SIGNATURE)),
                answers(answer("get_weather", "p"), answer("get_weather", "t")));

        HttpResponse<String> response = generate(GEMINI_3, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo(MISSING_SIGNATURE_FOR_GET_WEATHER_AT_2);
    }

    @Test
    void everyStepOfTheCurrentTurnIsChecked() {
        String body = request(user("Plan my trip"),
                calls(call("get_weather", "s1", SIGNATURE)), answers(answer("get_weather", "s1")),
                calls(call("book_hotel", "s2", null)), answers(answer("book_hotel", "s2")));

        HttpResponse<String> response = generate(GEMINI_3, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).contains("function call `default_api:book_hotel` , position 4.");
    }

    @Test
    void earlierTurnsAreNotChecked() {
        String body = request(user("Weather in Paris?"), calls(call("get_weather", "c1", null)),
                answers(answer("get_weather", "c1")), modelText("21 degrees."), user("And a jacket?"));

        assertThat(generate(GEMINI_3, body).statusCode()).isEqualTo(200);
    }

    @Test
    void theProtoSpellingOfTheFieldsIsReadToo() {
        String unsigned = request(user("Weather?"), calls(call("get_weather", "c1", null)),
                answers(answer("get_weather", "c1")))
                .replace("\"functionCall\"", "\"function_call\"")
                .replace("\"functionResponse\"", "\"function_response\"");
        String signed = unsigned.replace("\"parts\":[{\"function_call\"",
                "\"parts\":[{\"thought_signature\":\"" + SIGNATURE + "\",\"function_call\"");

        assertThat(message(generate(GEMINI_3, unsigned))).isEqualTo(MISSING_SIGNATURE_FOR_GET_WEATHER_AT_2);
        assertThat(generate(GEMINI_3, signed).statusCode()).isEqualTo(200);
    }

    @Test
    void fewerResponsesThanCallsAreRefused() {
        String body = request(user("Paris and Tokyo?"),
                calls(call("get_weather", "p", SIGNATURE), call("get_weather", "t", null)),
                answers(answer("get_weather", "p")));

        HttpResponse<String> response = generate(GEMINI_3, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()).at("/error/status").asText()).isEqualTo("INVALID_ARGUMENT");
        assertThat(message(response)).isEqualTo(COUNT_MISMATCH);
    }

    @Test
    void aCallTurnFollowedByTextIsACountMismatch() {
        String body = request(user("Weather?"), calls(call("get_weather", "c1", SIGNATURE)), user("Never mind"));

        assertThat(message(generate(GEMINI_3, body))).isEqualTo(COUNT_MISMATCH);
    }

    @Test
    void responseIdsThatMatchNoCallAreRefused() {
        String body = request(user("Paris and Tokyo?"),
                calls(call("get_weather", "p", SIGNATURE), call("get_weather", "t", null)),
                answers(answer("get_weather", "p"), answer("get_weather", "x")));

        HttpResponse<String> response = generate(GEMINI_3, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).startsWith("The functionResponse.id does not match a functionCall.id")
                .contains("contents[2] functionResponse 2 of 2 has id 'x'").contains("[p, t]");
    }

    @Test
    void aResponseWithoutTheIdOfItsCallIsRefused() {
        String body = request(user("Weather?"), calls(call("get_weather", "c1", SIGNATURE)),
                answers(answer("get_weather", null)));

        assertThat(message(generate(GEMINI_3, body))).contains("has no id");
    }

    @Test
    void aResponseUnderAnotherNameThanItsCallIsRefused() {
        String body = request(user("Weather?"), calls(call("get_weather", "c1", SIGNATURE)),
                answers(answer("get_stock_price", "c1")));

        assertThat(message(generate(GEMINI_3, body)))
                .contains("answers id 'c1' as 'get_stock_price', the call is 'get_weather'");
    }

    @Test
    void responsesThatFollowNoCallAreRefused() {
        String body = request(user("Weather?"), answers(answer("get_weather", "c1")));

        assertThat(message(generate(GEMINI_3, body)))
                .isEqualTo("Please ensure that function response turn comes immediately after a function call turn.");
    }

    @Test
    void theStreamEndpointIsRefusedWithAPlainJsonError() {
        String body = request(user("Weather?"), calls(call("get_weather", "c1", null)),
                answers(answer("get_weather", "c1")));

        HttpResponse<String> response = GeminiHttp.send(http.request(GEMINI_3, "streamGenerateContent", body).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo(MISSING_SIGNATURE_FOR_GET_WEATHER_AT_2);
    }

    @Test
    void gemini25ModelsAreNotCheckedByDefault() {
        String body = request(user("Paris and Tokyo?"),
                calls(call("get_weather", null, null), call("get_weather", null, null)),
                answers(answer("get_weather", null)));

        assertThat(generate("gemini-2.5-flash", body).statusCode()).isEqualTo(200);
    }

    @Test
    void switchedOffGemini3RequestsAreAnswered() {
        String body = request(user("Weather?"), calls(call("get_weather", "c1", null)),
                answers(answer("get_weather", "other")));

        assertThat(gemini.strictChecks(false)).isSameAs(gemini);
        assertThat(generate(GEMINI_3, body).statusCode()).isEqualTo(200);
        gemini.reset();
        assertThat(generate(GEMINI_3, body).statusCode()).as("reset keeps the setting").isEqualTo(200);
        gemini.strictChecksByModel();
        assertThat(generate(GEMINI_3, body).statusCode()).isEqualTo(400);
    }

    @Test
    void switchedOnOtherModelsAreCheckedToo() {
        String body = request(user("Weather?"), calls(call("get_weather", null, null)),
                answers(answer("get_weather", null)));

        gemini.strictChecks(true);

        assertThat(message(generate("gemini-2.5-flash", body))).contains("missing a thought_signature");
    }

    @Test
    void requestsWithoutFunctionCallsPassUntouched() {
        assertThat(generate(GEMINI_3, request(user("Hello"))).statusCode()).isEqualTo(200);
        assertThat(generate(GEMINI_3, "{\"generationConfig\":{}}").statusCode()).isEqualTo(200);
    }

    // ---------------------------------------------------------------- request building

    private HttpResponse<String> generate(String model, String body) {
        return GeminiHttp.send(http.request(model, "generateContent", body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String message(HttpResponse<String> response) {
        return json(response.body()).at("/error/message").asText();
    }

    private static String request(ObjectNode... contents) {
        ObjectNode body = MAPPER.createObjectNode();
        body.putArray("contents").addAll(List.of(contents));
        return body.toString();
    }

    private static ObjectNode user(String text) {
        ObjectNode content = MAPPER.createObjectNode().put("role", "user");
        content.putArray("parts").addObject().put("text", text);
        return content;
    }

    private static ObjectNode modelText(String text) {
        ObjectNode content = MAPPER.createObjectNode().put("role", "model");
        content.putArray("parts").addObject().put("text", text);
        return content;
    }

    private static ObjectNode calls(ObjectNode... parts) {
        ObjectNode content = MAPPER.createObjectNode().put("role", "model");
        content.putArray("parts").addAll(List.of(parts));
        return content;
    }

    private static ObjectNode answers(ObjectNode... parts) {
        ObjectNode content = MAPPER.createObjectNode().put("role", "user");
        content.putArray("parts").addAll(List.of(parts));
        return content;
    }

    private static ObjectNode call(String name, String id, String signature) {
        ObjectNode part = MAPPER.createObjectNode();
        ObjectNode call = part.putObject("functionCall");
        if (id != null) {
            call.put("id", id);
        }
        call.put("name", name).putObject("args").put("city", "Paris");
        if (signature != null) {
            part.put("thoughtSignature", signature);
        }
        return part;
    }

    private static ObjectNode answer(String name, String id) {
        ObjectNode part = MAPPER.createObjectNode();
        ObjectNode response = part.putObject("functionResponse");
        if (id != null) {
            response.put("id", id);
        }
        response.put("name", name).putObject("response").put("tempC", 21);
        return part;
    }
}
