package com.cometapi.camel.gemini.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.cometapi.camel.gemini.test.RealFixtures;
import com.cometapi.camel.gemini.test.RequiresRealFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@link ResponseReader} gives what Jackson's binding gives: the common shape read directly, everything else bound.
 */
class ResponseReaderTest {

    private static final ObjectReader BINDING = GeminiJson.MAPPER.readerFor(GenerateContentResponse.class);
    private static final ResponseReader READER = new ResponseReader(GeminiJson.MAPPER);

    /** Every field the direct path reads, with values of every kind it takes. */
    private static final String COMMON = """
            {"candidates": [{"content": {"parts": [{"text": "Thinking about it", "thought": true},
                                                   {"text": "Hello", "thoughtSignature": "c2ln"},
                                                   {"text": " world", "thought": false}],
                                         "role": "model"},
                             "finishReason": "STOP", "index": 0}],
             "usageMetadata": {"promptTokenCount": 9, "candidatesTokenCount": 3, "totalTokenCount": 20,
                               "thoughtsTokenCount": 8, "cachedContentTokenCount": 2, "toolUsePromptTokenCount": 1,
                               "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 9}],
                               "candidatesTokensDetails": [{"modality": "TEXT", "tokenCount": 3}],
                               "cacheTokensDetails": [{"modality": "IMAGE", "tokenCount": 2}],
                               "toolUsePromptTokensDetails": [{"modality": "TEXT", "tokenCount": 1}],
                               "serviceTier": "standard", "trafficType": "ON_DEMAND"},
             "modelVersion": "gemini-2.5-flash", "responseId": "abc", "createTime": "2025-06-01T10:00:00Z"}
            """;

    @Test
    void readsTheCommonShapeDirectlyAsJacksonBindsIt() throws IOException {
        GenerateContentResponse response = READER.readDirectly(bytes(COMMON));

        assertThat(response).isNotNull();
        assertSameTree(response, BINDING.readValue(bytes(COMMON)), "common shape");
        assertThat(response.text()).isEqualTo("Hello world");
        assertThat(response.thoughtsText()).isEqualTo("Thinking about it");
        assertThat(response.firstCandidate().getContent().getParts().get(1).getThoughtSignature()).isEqualTo("c2ln");
        assertThat(response.getUsageMetadata().getCacheTokensDetails().get(0).getModality()).isEqualTo("IMAGE");
        assertThat(response.getAdditionalProperties()).containsEntry("createTime", "2025-06-01T10:00:00Z");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":null}],\"role\":null},\"index\":null}]}",
            "{\"candidates\":[{\"content\":{\"parts\":[null,{\"text\":\"a\"}]}}],\"usageMetadata\":null}",
            "{\"candidates\":[null],\"modelVersion\":null}",
            "{\"candidates\":[],\"usageMetadata\":{}}",
            "{}",
            "{\"responseId\":\"first\",\"responseId\":\"second\",\"candidates\":[{\"index\":0,\"index\":1}]}",
            "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"caf\u00e9 \\u00e9\\ud83d\\ude42 \\\"q\\\"\\n\"}]}}]}",
            "{\"candidates\":[{\"index\":2147483647}],\"usageMetadata\":{\"totalTokenCount\":-2147483648}}",
            "{\"modelVersion\":\"m\"} trailing",
            "{\"candidates\":[{\"safetyRatings\":[]}],\"promptFeedback\":{\"blockReason\":\"SAFETY\",\"blockReasonMessage\":\"m\","
            + "\"safetyRatings\":[{\"category\":\"C\",\"probability\":\"HIGH\",\"blocked\":true,\"severity\":\"S\"}]}}"})
    void readsNullsEmptiesRepeatsAndEscapesDirectly(String json) throws IOException {
        GenerateContentResponse response = READER.readDirectly(bytes(json));

        assertThat(response).as(json).isNotNull();
        assertSameTree(response, BINDING.readValue(bytes(json)), json);
    }

    /** Each leaves the common shape somewhere, at the start, in the middle or at the very end. */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"candidates\":[{\"content\":{\"parts\":[{\"functionCall\":{\"name\":\"f\",\"args\":{}}}]}}]}",
            "{\"candidates\":[{\"safetyRatings\":[{\"category\":\"C\",\"probability\":\"LOW\",\"probabilityScore\":0.1}]}]}",
            "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"a\"}],\"unknown\":1}}]}",
            "{\"promptFeedback\":{\"blockReason\":\"SAFETY\",\"unknown\":true}}",
            "{\"candidates\":[],\"createTime\":{\"seconds\":1}}",
            "{\"candidates\":[],\"extra\":7}",
            "{\"usageMetadata\":{\"totalTokenCount\":\"12\"}}",
            "{\"usageMetadata\":{\"totalTokenCount\":12.0}}",
            "{\"usageMetadata\":{\"promptTokensDetails\":[{\"modality\":\"TEXT\",\"tokenCount\":1,\"x\":2}]}}",
            "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":5,\"thought\":\"true\"}]}}]}",
            "{\"candidates\":[{\"finishReason\":7}]}",
            "{\"candidates\":[],\"modelStatus\":{\"modelStage\":\"STABLE\"}}"})
    void bindsEverythingElseWithJackson(String json) throws IOException {
        assertThat(READER.readDirectly(bytes(json))).as(json).isNull();

        assertSameTree(READER.read(bytes(json)), BINDING.readValue(bytes(json)), json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"candidates\":[{\"content\":", "", "   ", "{\"a\" 1}",
                            "{\"usageMetadata\":{\"totalTokenCount\":3000000000}}", "[{}]", "\"text\"",
                            "{\"candidates\":[{\"content\":[]}]}", "{\"candidates\":{}}",
                            "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"a\"}]}}],\"usageMetadata\":[]}"})
    void failsAsJacksonFails(String json) {
        Throwable expected = catchThrowable(() -> BINDING.readValue(bytes(json)));
        Throwable actual = catchThrowable(() -> READER.read(bytes(json)));

        assertThat(expected).as(json).isNotNull();
        assertThat(actual).as(json).isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
    }

    @Test
    void readsJsonNullAsJacksonDoes() throws IOException {
        assertThat(READER.read(bytes("null"))).isNull();
    }

    /** Every response in the recorded traffic (answers, stream events, responses inside recordings). */
    @Test
    @RequiresRealFixtures
    void readsEveryRecordedResponseAsJacksonBindsIt() throws IOException {
        List<JsonNode> responses = recordedResponses();
        int direct = 0;
        for (JsonNode node : responses) {
            byte[] json = GeminiJson.MAPPER.writeValueAsBytes(node);
            GenerateContentResponse read = READER.read(json);
            assertSameTree(read, BINDING.readValue(json), abbreviate(node));
            if (READER.readDirectly(json) != null) {
                direct++;
            }
        }
        System.out.printf("ResponseReaderTest: %d of %d recorded responses read directly%n", direct, responses.size());
        assertThat(responses).hasSizeGreaterThan(100);
        assertThat(direct).isPositive().isLessThan(responses.size());
    }

    private static List<JsonNode> recordedResponses() {
        List<JsonNode> responses = new ArrayList<>();
        for (var file : RealFixtures.files(".json")) {
            JsonNode root = FixtureRoundTripTest.objectOrNull(RealFixtures.read(file));
            if (root != null && FixtureRoundTripTest.looksLikeResponse(root)) {
                responses.add(root);
            } else if (root != null) {
                List<FixtureRoundTripTest.Nested> found = new ArrayList<>();
                FixtureRoundTripTest.collect(root, "$", found);
                found.stream().filter(nested -> nested.type() == GenerateContentResponse.class)
                        .forEach(nested -> responses.add(nested.node()));
            }
        }
        for (var file : RealFixtures.files(".txt", ".sse")) {
            FixtureRoundTripTest.streamEvents(RealFixtures.read(file)).stream()
                    .filter(FixtureRoundTripTest::looksLikeResponse).forEach(responses::add);
        }
        return responses;
    }

    private static void assertSameTree(GenerateContentResponse actual, GenerateContentResponse expected, String where) {
        JsonNode expectedTree = GeminiJson.MAPPER.valueToTree(expected);
        JsonNode actualTree = GeminiJson.MAPPER.valueToTree(actual);
        assertThat(FixtureRoundTripTest.firstDifference(expectedTree, actualTree, "$")).as(where).isNull();
        assertThat(actual.getClass()).isEqualTo(expected.getClass());
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
