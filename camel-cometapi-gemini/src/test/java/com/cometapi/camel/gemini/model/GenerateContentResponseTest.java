package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateContentResponseTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private GenerateContentResponse parse(String json) throws Exception {
        return mapper.readValue(json, GenerateContentResponse.class);
    }

    private static String candidateWithParts(String parts) {
        return "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":" + parts + "},\"finishReason\":\"STOP\"}]}";
    }

    @Test
    void textSkipsThoughtPartsAndThoughtsTextJoinsThem() throws Exception {
        GenerateContentResponse response = parse(candidateWithParts("[{\"text\":\"Thinking \",\"thought\":true},"
                + "{\"text\":\"hard.\",\"thought\":true},{\"text\":\"The answer\"},{\"text\":\" is 42.\",\"thought\":false},"
                + "{\"text\":\"\",\"thoughtSignature\":\"c2ln\"}]"));

        assertThat(response.text()).isEqualTo("The answer is 42.");
        assertThat(response.thoughtsText()).isEqualTo("Thinking hard.");
        assertThat(response.getCandidates().get(0).getContent().getParts().get(0).thoughtPart()).isTrue();
        assertThat(response.getCandidates().get(0).getContent().getParts().get(2).thoughtPart()).isFalse();
    }

    @Test
    void thoughtsTextIsNullWithoutThoughtParts() throws Exception {
        GenerateContentResponse response = parse(candidateWithParts("[{\"text\":\"Hello\"}]"));

        assertThat(response.text()).isEqualTo("Hello");
        assertThat(response.thoughtsText()).isNull();
    }

    @Test
    void textIsNullWhenThereIsNothingToRead() throws Exception {
        assertThat(parse("{\"promptFeedback\":{\"blockReason\":\"SAFETY\"}}").text()).isNull();
        assertThat(parse("{\"candidates\":[]}").text()).isNull();
        assertThat(parse("{\"candidates\":[]}").firstCandidate()).isNull();
        assertThat(parse("{\"candidates\":[{\"finishReason\":\"RECITATION\"}]}").text()).isNull();
        assertThat(parse("{\"candidates\":[{\"content\":{},\"finishReason\":\"NO_IMAGE\"}]}").text()).isNull();
        assertThat(parse("{\"candidates\":[{\"content\":{\"role\":\"model\"},\"finishReason\":\"STOP\"}]}").text())
                .isNull();
        assertThat(parse(candidateWithParts("[{\"functionCall\":{\"name\":\"f\"}}]")).text()).isNull();
        assertThat(new GenerateContentResponse().text()).isNull();
        assertThat(new GenerateContentResponse().functionCalls()).isEmpty();
        assertThat(new GenerateContentResponse().inlineDataParts()).isEmpty();
    }

    @Test
    void emptyContentAndEmptyPartsAreWrittenBackAsTheyCame() throws Exception {
        String json = "{\"candidates\":[{\"content\":{},\"finishReason\":\"NO_IMAGE\",\"index\":0},"
                + "{\"content\":{\"role\":\"model\",\"parts\":[]}}]}";

        assertThat((JsonNode) mapper.valueToTree(parse(json))).isEqualTo(mapper.readTree(json));
    }

    @Test
    void functionCallsWithAndWithoutArgs() throws Exception {
        GenerateContentResponse response = parse(candidateWithParts("[{\"text\":\"Calling.\"},"
                + "{\"functionCall\":{\"name\":\"current_time\"}},"
                + "{\"functionCall\":{\"id\":\"g1bmv6il\",\"name\":\"weather\",\"args\":{\"city\":\"Paris\",\"days\":3,"
                + "\"unit\":null}},\"thoughtSignature\":\"AbC+/w==\"}]"));

        List<FunctionCall> calls = response.functionCalls();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).getName()).isEqualTo("current_time");
        assertThat(calls.get(0).getArgs()).isNull();
        assertThat(calls.get(0).getId()).isNull();
        assertThat(calls.get(1).getId()).isEqualTo("g1bmv6il");
        assertThat(calls.get(1).getArgs()).containsEntry("city", "Paris").containsEntry("days", 3)
                .containsEntry("unit", null);
        assertThat(response.getCandidates().get(0).getContent().getParts().get(2).getThoughtSignature())
                .isEqualTo("AbC+/w==");
        assertThat((JsonNode) mapper.valueToTree(response)).isEqualTo(mapper.readTree(mapper.writeValueAsString(response)));
    }

    @Test
    void functionCallsIsEmptyWithoutCalls() throws Exception {
        assertThat(parse(candidateWithParts("[{\"text\":\"Hi\"}]")).functionCalls()).isEmpty();
    }

    @Test
    void inlineDataPartsAreDecodable() throws Exception {
        GenerateContentResponse response = parse(candidateWithParts(
                "[{\"text\":\"Here\"},{\"inlineData\":{\"mimeType\":\"image/png\",\"data\":\"iVBORw0KGgo=\"}}]"));

        List<Blob> blobs = response.inlineDataParts();
        assertThat(blobs).hasSize(1);
        assertThat(blobs.get(0).getMimeType()).isEqualTo("image/png");
        assertThat(blobs.get(0).decodedData()).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    }

    @Test
    void unknownEnumValuesAreKept() throws Exception {
        String json = "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"x\"}],\"role\":\"model\"},"
                + "\"finishReason\":\"FAKE_NEW_FINISH_REASON\",\"safetyRatings\":[{\"category\":\"FAKE_NEW_HARM_CATEGORY\","
                + "\"probability\":\"FAKE_NEW_HARM_PROBABILITY\"}]}],"
                + "\"promptFeedback\":{\"blockReason\":\"FAKE_NEW_BLOCK_REASON\"},"
                + "\"usageMetadata\":{\"promptTokenCount\":3,\"trafficType\":\"ON_DEMAND\",\"serviceTier\":\"standard\"}}";

        GenerateContentResponse response = parse(json);

        assertThat(response.firstCandidate().getFinishReason()).isEqualTo("FAKE_NEW_FINISH_REASON");
        assertThat(response.firstCandidate().getSafetyRatings().get(0).getCategory()).isEqualTo("FAKE_NEW_HARM_CATEGORY");
        assertThat(response.getPromptFeedback().getBlockReason()).isEqualTo("FAKE_NEW_BLOCK_REASON");
        assertThat(response.getUsageMetadata().getServiceTier()).isEqualTo("standard");
        assertThat((JsonNode) mapper.valueToTree(response)).isEqualTo(mapper.readTree(json));
    }

    @Test
    void absentFieldsStayAbsent() throws Exception {
        String json = "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"x\"}]}}],\"usageMetadata\":{}}";

        GenerateContentResponse response = parse(json);

        assertThat(response.getUsageMetadata().getTotalTokenCount()).isNull();
        assertThat(response.firstCandidate().getIndex()).isNull();
        assertThat(mapper.writeValueAsString(response)).isEqualTo(json);
    }

    @Test
    void unknownFieldsSurviveParseAndWrite() throws Exception {
        String json = "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"Hi\","
                + "\"thoughtSignature2\":\"bmV3\",\"futureFlag\":null}]},\"futureCandidateField\":{\"a\":[1,2.5]}}],"
                + "\"turnToken\":\"tok-1\",\"modelVersion\":\"gemini-3-flash\"}";

        GenerateContentResponse response = parse(json);

        assertThat(response.getAdditionalProperties()).containsEntry("turnToken", "tok-1");
        Part part = response.firstCandidate().getContent().getParts().get(0);
        assertThat(part.getAdditionalProperties()).containsEntry("thoughtSignature2", "bmV3")
                .containsEntry("futureFlag", null);
        assertThat((JsonNode) mapper.valueToTree(response)).isEqualTo(mapper.readTree(json));
    }

    @Test
    void unknownPartFieldsSurviveBeingSentBackAsHistory() throws Exception {
        GenerateContentResponse response = parse(candidateWithParts("[{\"functionCall\":{\"name\":\"f\",\"args\":{}},"
                + "\"thoughtSignature\":\"c2ln\",\"thoughtSignature2\":\"bmV3\"}]"));

        List<Content> history = new ArrayList<>();
        history.add(Content.user("Call f."));
        history.add(response.firstCandidate().getContent());
        history.add(Content.user(Part.ofFunctionResponse(
                new FunctionResponse().setName("f").setResponse(Map.of("result", "ok")))));
        JsonNode request = mapper.valueToTree(new GenerateContentRequest().setContents(history));

        JsonNode modelTurn = request.get("contents").get(1);
        assertThat(modelTurn.get("role").asText()).isEqualTo("model");
        assertThat(modelTurn.get("parts").get(0).get("thoughtSignature2").asText()).isEqualTo("bmV3");
        assertThat(modelTurn.get("parts").get(0).get("thoughtSignature").asText()).isEqualTo("c2ln");
        assertThat(modelTurn.get("parts").get(0).get("functionCall").get("args").isObject()).isTrue();
        assertThat(request.get("contents").get(2).get("parts").get(0).get("functionResponse").get("response")
                .get("result").asText()).isEqualTo("ok");
    }

    @Test
    void numbersAreWrittenBackInTheFormTheyCame() throws Exception {
        String json = "{\"candidates\":[{\"avgLogprobs\":0,\"logprobsResult\":{"
                + "\"chosenCandidates\":[{\"token\":\"a\",\"tokenId\":7,\"logProbability\":0.0}],\"logProbabilitySum\":-1.5}}]}";

        GenerateContentResponse response = parse(json);

        assertThat(response.firstCandidate().getAvgLogprobs()).isEqualTo(0.0);
        assertThat(response.firstCandidate().getLogprobsResult().getLogProbabilitySum()).isEqualTo(-1.5);
        assertThat((JsonNode) mapper.valueToTree(response)).isEqualTo(mapper.readTree(json));
        assertThat(mapper.writeValueAsString(response)).isEqualTo(json);
    }
}
