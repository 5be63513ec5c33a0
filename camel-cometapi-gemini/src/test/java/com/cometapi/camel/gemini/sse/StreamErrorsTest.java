package com.cometapi.camel.gemini.sse;

import com.cometapi.camel.gemini.model.ApiError;
import com.cometapi.camel.gemini.model.ErrorResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class StreamErrorsTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** The JSON tree of an error written back by a plain mapper. */
    private static JsonNode writtenBack(ApiError error) {
        return PLAIN.valueToTree(new ErrorResponse().setError(error));
    }

    @Test
    void errorEventWithNumericCodeIsRecognised() {
        ApiError error = StreamErrors.errorIn(
                "{\"error\": {\"code\": 429, \"message\": \"Quota exceeded\", \"status\": \"RESOURCE_EXHAUSTED\"}}");

        assertThat(error).isNotNull();
        assertThat(error.getCode()).isEqualTo(429);
        assertThat(error.getMessage()).isEqualTo("Quota exceeded");
        assertThat(error.getStatus()).isEqualTo("RESOURCE_EXHAUSTED");
    }

    @Test
    void errorEventWithTextCodeIsRecognised() {
        ApiError error = StreamErrors.errorIn(
                "{\"error\": {\"code\": \"RESOURCE_EXHAUSTED\", \"message\": \"Slow down\"}}");

        assertThat(error).isNotNull();
        assertThat(error.getCode()).isNull();
        assertThat(error.getStatus()).isEqualTo("RESOURCE_EXHAUSTED");
        assertThat(error.getMessage()).isEqualTo("Slow down");
    }

    @Test
    void numericTextCodeGivesItsNumber() {
        ApiError error = StreamErrors.errorIn("{\"error\": {\"code\": \"429\", \"message\": \"m\"}}");

        assertThat(error.getCode()).isEqualTo(429);
        assertThat(error.getStatus()).isNull();
    }

    @Test
    void textCodeDoesNotReplaceAStatusThatIsThere() {
        ApiError error = StreamErrors.errorIn(
                "{\"error\": {\"code\": \"rate_limit_exceeded\", \"status\": \"RESOURCE_EXHAUSTED\"}}");

        assertThat(error.getCode()).isNull();
        assertThat(error.getStatus()).isEqualTo("RESOURCE_EXHAUSTED");
    }

    @Test
    void prettyPrintedBareErrorBlockIsRecognised() {
        ApiError error = StreamErrors.errorIn("\n  {\n  \"error\": {\n    \"code\": 499,\n"
                + "    \"message\": \"The operation was cancelled.\",\n    \"status\": \"CANCELLED\",\n"
                + "    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.DebugInfo\",\n"
                + "        \"detail\": \"x\"\n      }\n    ]\n  }\n}");

        assertThat(error).isNotNull();
        assertThat(error.getCode()).isEqualTo(499);
        assertThat(error.getStatus()).isEqualTo("CANCELLED");
        assertThat(error.getDetails()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"{\\\"error\\\": 1}\"}]}}]}",
            "{\"usageMetadata\": {}, \"error\": {\"code\": 500}}", "[{\"error\": {\"code\": 500}}]",
            "{\"error\": \"quota\"}", "{\"error\": {\"code\": 500", "{\"error\"", "", "   ", "data: {\"error\": {}}" })
    void otherTextIsNotAnError(String text) {
        assertThat(StreamErrors.errorIn(text)).isNull();
    }

    @Test
    void nullIsNotAnError() {
        assertThat(StreamErrors.errorIn(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"error\": {\"code\": \"RESOURCE_EXHAUSTED\", \"message\": \"m\"}}",
            "{\"error\": {\"code\": \"429\", \"message\": \"m\", \"status\": \"RESOURCE_EXHAUSTED\"}}",
            "{\"error\": {\"code\": 503, \"message\": \"m\", \"status\": \"UNAVAILABLE\", \"extra\": [1]}}",
            "{\"error\": {\"code\": 429.0}}", "{\"error\": {\"code\": null, \"message\": \"m\"}}",
            "{\"error\": {\"message\": \"no code\"}}" })
    void parsedErrorWritesBackTheSameJson(String json) throws Exception {
        ApiError error = StreamErrors.errorIn(json);

        assertThat(error).isNotNull();
        assertThat(writtenBack(error)).isEqualTo(PLAIN.readTree(json));
    }

    @Test
    void settingANumericCodeReplacesATextCode() throws Exception {
        ApiError error = StreamErrors.errorIn("{\"error\": {\"code\": \"UNAVAILABLE\"}}").setCode(503);

        assertThat(error.getCode()).isEqualTo(503);
        assertThat(error.getStatus()).isNull();
        assertThat(writtenBack(error)).isEqualTo(PLAIN.readTree("{\"error\": {\"code\": 503}}"));
    }
}
