package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ModelBuildersTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void ofTextIsOneUserTurnWithOneTextPart() throws Exception {
        assertThat(mapper.writeValueAsString(GenerateContentRequest.ofText("hi")))
                .isEqualTo("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"hi\"}]}]}");
    }

    @Test
    void contentFactories() throws Exception {
        assertThat(mapper.writeValueAsString(Content.model(Part.ofText("a"), Part.ofFileData("application/pdf",
                "https://generativelanguage.googleapis.com/v1beta/files/abc"))))
                .isEqualTo("{\"role\":\"model\",\"parts\":[{\"text\":\"a\"},{\"fileData\":{\"mimeType\":\"application/pdf\","
                        + "\"fileUri\":\"https://generativelanguage.googleapis.com/v1beta/files/abc\"}}]}");
        Content user = Content.user(Part.ofText("x"));
        user.getParts().add(Part.ofText("y"));
        assertThat(user.getParts()).hasSize(2);
        assertThat(Content.of("user", List.of()).getParts()).isEmpty();
        assertThat(mapper.writeValueAsString(Content.of("user", List.of())))
                .isEqualTo("{\"role\":\"user\",\"parts\":[]}");
    }

    @Test
    void inlineDataIsBase64AndDecodes() throws Exception {
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', (byte) 0xfb, (byte) 0xff};

        Part part = Part.ofInlineData("image/png", bytes);

        assertThat(mapper.writeValueAsString(part))
                .isEqualTo("{\"inlineData\":{\"mimeType\":\"image/png\",\"data\":\"iVBOR/v/\"}}");
        assertThat(part.getInlineData().decodedData()).isEqualTo(bytes);
        assertThat(new Blob().setData("iVBOR_v_").decodedData()).isEqualTo(bytes);
        assertThat(new Blob().setData("aGk").decodedData()).isEqualTo("hi".getBytes(StandardCharsets.US_ASCII));
        assertThat(new Blob().decodedData()).isNull();
    }

    @Test
    void functionPartsAndThoughtFlag() throws Exception {
        Part call = Part.ofFunctionCall(new FunctionCall().setName("f").setArgs(Map.of("a", 1)));
        Part response = Part.ofFunctionResponse(new FunctionResponse().setName("f").setResponse(Map.of("ok", true)));

        assertThat(mapper.writeValueAsString(call)).isEqualTo("{\"functionCall\":{\"name\":\"f\",\"args\":{\"a\":1}}}");
        assertThat(mapper.writeValueAsString(response))
                .isEqualTo("{\"functionResponse\":{\"name\":\"f\",\"response\":{\"ok\":true}}}");
        assertThat(call.thoughtPart()).isFalse();
        assertThat(Part.ofText("t").setThought(true).thoughtPart()).isTrue();
    }

    @Test
    void emptyToolsSerialiseAsEmptyObjects() throws Exception {
        assertThat(mapper.writeValueAsString(new Tool().setCodeExecution(new CodeExecution())))
                .isEqualTo("{\"codeExecution\":{}}");
        assertThat(mapper.writeValueAsString(new Tool().setUrlContext(new UrlContext())))
                .isEqualTo("{\"urlContext\":{}}");
        assertThat(mapper.writeValueAsString(new Tool().setGoogleSearch(new GoogleSearch())))
                .isEqualTo("{\"googleSearch\":{}}");
        assertThat(mapper.readValue("{\"codeExecution\":{}}", Tool.class).getCodeExecution()).isNotNull();
    }

    @Test
    void convenienceMethodsNeverSerialise() throws Exception {
        GenerateContentResponse response = mapper.readValue("{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"x\","
                + "\"thought\":true},{\"inlineData\":{\"mimeType\":\"a/b\",\"data\":\"AA==\"}}]}}]}",
                GenerateContentResponse.class);

        String written = mapper.writeValueAsString(response);

        assertThat(written).doesNotContain("thoughtPart", "firstCandidate", "functionCalls", "inlineDataParts",
                "thoughtsText", "decodedData", "additionalProperties");
        assertThat(mapper.writeValueAsString(new ApiError())).isEqualTo("{}");
    }

    @Test
    void jacksonUsesTheChainingSetters() throws Exception {
        String json = "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"hi\"}]}],"
                + "\"systemInstruction\":{\"parts\":[{\"text\":\"Be brief.\"}]},"
                + "\"tools\":[{\"functionDeclarations\":[{\"name\":\"f\",\"parameters\":{\"type\":\"OBJECT\","
                + "\"properties\":{\"a\":{\"type\":\"STRING\",\"enum\":[\"x\",\"y\"],\"default\":\"x\"}},\"required\":[\"a\"],"
                + "\"maxItems\":\"5\"}}]}],"
                + "\"toolConfig\":{\"functionCallingConfig\":{\"mode\":\"ANY\",\"allowedFunctionNames\":[\"f\"]}},"
                + "\"safetySettings\":[{\"category\":\"HARM_CATEGORY_HARASSMENT\",\"threshold\":\"BLOCK_NONE\"}],"
                + "\"generationConfig\":{\"temperature\":0,\"topP\":0.95,\"maxOutputTokens\":80,\"stopSequences\":[],"
                + "\"responseModalities\":[\"TEXT\",\"IMAGE\"],\"responseJsonSchema\":{\"type\":\"object\"},"
                + "\"thinkingConfig\":{\"thinkingLevel\":\"LOW\",\"includeThoughts\":true}},"
                + "\"serviceTier\":\"flex\",\"store\":false}";

        GenerateContentRequest request = mapper.readValue(json, GenerateContentRequest.class);

        assertThat(request.getContents().get(0).getParts().get(0).getText()).isEqualTo("hi");
        assertThat(request.getSystemInstruction().getRole()).isNull();
        Schema parameters = request.getTools().get(0).getFunctionDeclarations().get(0).getParameters();
        assertThat(parameters.getProperties().get("a").getEnumValues()).containsExactly("x", "y");
        assertThat(parameters.getProperties().get("a").getDefaultValue()).isEqualTo("x");
        assertThat(parameters.getMaxItems()).isEqualTo(5L);
        assertThat(request.getToolConfig().getFunctionCallingConfig().getMode()).isEqualTo(FunctionCallingMode.ANY.name());
        assertThat(request.getGenerationConfig().getTemperature()).isEqualTo(0.0);
        assertThat(request.getGenerationConfig().getTopP()).isEqualTo(0.95);
        assertThat(request.getGenerationConfig().getStopSequences()).isEmpty();
        assertThat(request.getGenerationConfig().getResponseJsonSchema()).isEqualTo(Map.of("type", "object"));
        assertThat(request.getGenerationConfig().getThinkingConfig().getThinkingLevel()).isEqualTo(ThinkingLevel.LOW.name());
        assertThat(request.getServiceTier()).isEqualTo("flex");
        assertThat(request.getStore()).isFalse();
        JsonNode expected = mapper.readTree(json.replace("\"5\"", "5"));
        assertThat(FixtureRoundTripTest.firstDifference(expected, mapper.valueToTree(request), "$")).isNull();
    }

    @Test
    void settersAreFoundWithoutFieldInference() throws Exception {
        ObjectMapper strict = JsonMapper.builder().disable(MapperFeature.INFER_PROPERTY_MUTATORS).build();

        GenerateContentResponse response = strict.readValue("{\"candidates\":[{\"content\":{\"role\":\"model\","
                + "\"parts\":[{\"text\":\"a\",\"thought\":true}]},\"index\":0,\"avgLogprobs\":-0.25}],"
                + "\"usageMetadata\":{\"totalTokenCount\":9}}", GenerateContentResponse.class);

        Candidate candidate = response.firstCandidate();
        assertThat(candidate.getContent().getRole()).isEqualTo("model");
        assertThat(candidate.getContent().getParts().get(0).thoughtPart()).isTrue();
        assertThat(candidate.getIndex()).isZero();
        assertThat(candidate.getAvgLogprobs()).isEqualTo(-0.25);
        assertThat(response.getUsageMetadata().getTotalTokenCount()).isEqualTo(9);
        assertThat(response.getAdditionalProperties()).isEmpty();
    }

    @Test
    void numberSettersWriteDoubles() throws Exception {
        GenerationConfig config = new GenerationConfig().setTemperature(0.0).setTopK(40).setSeed(7)
                .setThinkingConfig(new ThinkingConfig().setThinkingBudget(-1));

        assertThat(mapper.writeValueAsString(config))
                .isEqualTo("{\"temperature\":0.0,\"topK\":40,\"seed\":7,\"thinkingConfig\":{\"thinkingBudget\":-1}}");
        assertThat(config.getTemperature()).isEqualTo(0.0);
    }

    @Test
    void additionalPropertiesCanBeSentToo() throws Exception {
        GenerationConfig config = new GenerationConfig().setMaxOutputTokens(10);
        config.setAdditionalProperty("futureOption", List.of("a"));

        assertThat(mapper.writeValueAsString(config)).isEqualTo("{\"maxOutputTokens\":10,\"futureOption\":[\"a\"]}");
    }

    @Test
    void apiErrorRetryDelayAndQuotaViolations() throws Exception {
        String json = "{\"error\":{\"code\":429,\"message\":\"You exceeded your current quota.\","
                + "\"status\":\"RESOURCE_EXHAUSTED\",\"details\":["
                + "{\"@type\":\"type.googleapis.com/google.rpc.QuotaFailure\",\"violations\":[{\"quotaMetric\":"
                + "\"generativelanguage.googleapis.com/generate_content_free_tier_requests\",\"quotaId\":"
                + "\"GenerateRequestsPerMinutePerProjectPerModel-FreeTier\",\"quotaDimensions\":{\"location\":\"global\","
                + "\"model\":\"gemini-2.5-flash\"},\"quotaValue\":\"10\"}]},"
                + "{\"@type\":\"type.googleapis.com/google.rpc.Help\",\"links\":[{\"description\":\"Learn more\","
                + "\"url\":\"https://ai.google.dev/gemini-api/docs/rate-limits\"}]},"
                + "{\"@type\":\"type.googleapis.com/google.rpc.RetryInfo\",\"retryDelay\":\"34.4s\"}]}}";

        ErrorResponse response = mapper.readValue(json, ErrorResponse.class);
        ApiError error = response.getError();

        assertThat(error.getCode()).isEqualTo(429);
        assertThat(error.getStatus()).isEqualTo("RESOURCE_EXHAUSTED");
        assertThat(error.retryDelay()).isEqualTo("34.4s");
        assertThat(error.quotaViolations()).hasSize(1);
        assertThat(error.quotaViolations().get(0)).containsEntry("quotaId",
                "GenerateRequestsPerMinutePerProjectPerModel-FreeTier");
        assertThat((JsonNode) mapper.valueToTree(response)).isEqualTo(mapper.readTree(json));
    }

    @Test
    void apiErrorWithoutDetails() throws Exception {
        ApiError error = mapper.readValue("{\"error\":{\"code\":503,\"message\":\"The model is overloaded.\","
                + "\"status\":\"UNAVAILABLE\"}}", ErrorResponse.class).getError();

        assertThat(error.retryDelay()).isNull();
        assertThat(error.quotaViolations()).isEmpty();
        assertThat(error.getDetails()).isNull();
        assertThat(new ApiError().setDetails(new ArrayList<>()).quotaViolations()).isEmpty();
    }
}
