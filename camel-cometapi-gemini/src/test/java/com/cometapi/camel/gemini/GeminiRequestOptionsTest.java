package com.cometapi.camel.gemini;

import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * For each option, the exact JSON Gemini receives, on the path it expects, with the key in the auth header.
 */
class GeminiRequestOptionsTest extends WireMockGeminiTestSupport {

    private static final String HELLO = "{\"role\":\"user\",\"parts\":[{\"text\":\"Hello\"}]}";
    private static final String PATH = "/v1beta/models/gemini-2.5-flash:generateContent";

    static Stream<Arguments> options() {
        return Stream.of(
                arguments("defaults", "", "{\"contents\":[" + HELLO + "]}"),
                arguments("systemInstruction", "systemInstruction=Be brief",
                        "{\"contents\":[" + HELLO + "],\"systemInstruction\":{\"parts\":[{\"text\":\"Be brief\"}]}}"),
                arguments("systemInstruction from a resource",
                        "systemInstruction=resource:classpath:system-instruction.txt",
                        "{\"contents\":[" + HELLO + "],\"systemInstruction\":{\"parts\":[{\"text\":"
                                                                          + "\"You answer in one short sentence.\\n\"}]}}"),
                arguments("sampling", "temperature=0.4&topP=0.9&topK=20&maxOutputTokens=256&candidateCount=2&seed=42",
                        "{\"contents\":[" + HELLO + "],\"generationConfig\":{\"temperature\":0.4,\"topP\":0.9,"
                                                                                  + "\"topK\":20,\"maxOutputTokens\":256,\"candidateCount\":2,\"seed\":42}}"),
                arguments("penalties", "presencePenalty=0.5&frequencyPenalty=-0.5",
                        "{\"contents\":[" + HELLO + "],\"generationConfig\":{\"presencePenalty\":0.5,"
                                                                          + "\"frequencyPenalty\":-0.5}}"),
                arguments("stopSequences", "stopSequences=END, STOP",
                        "{\"contents\":[" + HELLO + "],\"generationConfig\":{\"stopSequences\":[\"END\",\"STOP\"]}}"),
                arguments("thinkingBudget", "thinkingBudget=1024&includeThoughts=true",
                        "{\"contents\":[" + HELLO + "],\"generationConfig\":{\"thinkingConfig\":"
                                                                                           + "{\"thinkingBudget\":1024,\"includeThoughts\":true}}}"),
                arguments("thinkingBudget off", "thinkingBudget=0",
                        "{\"contents\":[" + HELLO + "],\"generationConfig\":{\"thinkingConfig\":{\"thinkingBudget\":0}}}"),
                arguments("JSON mode with a schema", "responseSchema=resource:classpath:invoice-schema.json",
                        "{\"contents\":[" + HELLO + "],\"generationConfig\":{\"responseMimeType\":\"application/json\","
                                                                                               + "\"responseSchema\":{\"type\":\"OBJECT\",\"properties\":{\"vendor\":{\"type\":\"STRING\"},"
                                                                                               + "\"total\":{\"type\":\"NUMBER\"}},\"required\":[\"vendor\",\"total\"]}}}"),
                arguments("JSON schema", "responseMimeType=application/json&responseJsonSchema={\"type\":\"object\"}",
                        "{\"contents\":[" + HELLO + "],\"generationConfig\":{\"responseMimeType\":\"application/json\","
                                                                                                           + "\"responseJsonSchema\":{\"type\":\"object\"}}}"),
                arguments("enum mode", "responseMimeType=text/x.enum",
                        "{\"contents\":[" + HELLO + "],\"generationConfig\":{\"responseMimeType\":\"text/x.enum\"}}"),
                arguments("responseModalities", "responseModalities=text,IMAGE",
                        "{\"contents\":[" + HELLO + "],\"generationConfig\":{\"responseModalities\":[\"TEXT\",\"IMAGE\"]}}"),
                arguments("built-in tools", "googleSearch=true&googleMaps=true&urlContext=true&codeExecution=true",
                        "{\"contents\":[" + HELLO + "],\"tools\":[{\"googleSearch\":{}},{\"googleMaps\":{}},"
                                                                                                   + "{\"urlContext\":{}},{\"codeExecution\":{}}]}"),
                arguments("safetySettings", "safetySettings=HARASSMENT:BLOCK_ONLY_HIGH,HARM_CATEGORY_HATE_SPEECH:block_none",
                        "{\"contents\":[" + HELLO + "],\"safetySettings\":[{\"category\":\"HARM_CATEGORY_HARASSMENT\","
                                                                                                                      + "\"threshold\":\"BLOCK_ONLY_HIGH\"},{\"category\":\"HARM_CATEGORY_HATE_SPEECH\",\"threshold\":\"BLOCK_NONE\"}]}"),
                arguments("cachedContent", "cachedContent=cachedContents/abc123",
                        "{\"contents\":[" + HELLO + "],\"cachedContent\":\"cachedContents/abc123\"}"),
                arguments("transport options change nothing in the body",
                        "connectTimeout=5s&requestTimeout=2m&streamIdleTimeout=30s&maxRetries=0&retryInitialDelay=500ms"
                                                                                  + "&retryMaxDelay=10s&maxConnections=10&outputType=json&failOnBlock=false",
                        "{\"contents\":[" + HELLO + "]}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("options")
    void sendsTheOptionsAsGeminiExpects(String name, String query, String expectedJson) {
        answerWith(SIMPLE_ANSWER);

        Exchange reply = template.request("gemini:generate?" + query, e -> e.getMessage().setBody("Hello"));

        assertThat(reply.getException()).isNull();
        wiremock.verify(1, postRequestedFor(urlEqualTo(PATH))
                .withHeader("x-goog-api-key", equalTo(API_KEY))
                .withHeader("Authorization", absent())
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withRequestBody(equalToJson(expectedJson)));
    }

    static Stream<Arguments> routing() {
        return Stream.of(
                arguments("gemini:generate?authMode=bearer", Map.of(), "/v1beta/models/gemini-2.5-flash:generateContent"),
                arguments("gemini:generate?apiVersion=v1", Map.of(), "/v1/models/gemini-2.5-flash:generateContent"),
                arguments("gemini:generate?model=gemini-3-pro-preview&thinkingLevel=high", Map.of(),
                        "/v1beta/models/gemini-3-pro-preview:generateContent"),
                arguments("gemini:generate", Map.of(GeminiConstants.MODEL, "gemini-2.5-pro"),
                        "/v1beta/models/gemini-2.5-pro:generateContent"),
                arguments("gemini:generate?model=tunedModels/my-model", Map.of(),
                        "/v1beta/tunedModels/my-model:generateContent"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routing")
    void callsThePathOfTheModelAndVersion(String uri, Map<String, Object> headers, String path) {
        answerWith(SIMPLE_ANSWER);

        Exchange reply = template.request(uri, e -> {
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
            e.getMessage().setBody("Hello");
        });

        assertThat(reply.getException()).isNull();
        wiremock.verify(1, postRequestedFor(urlEqualTo(path)));
    }

    @org.junit.jupiter.api.Test
    void bearerModeSendsTheKeyAsAuthorization() {
        answerWith(SIMPLE_ANSWER);

        template.requestBody("gemini:generate?authMode=bearer", "Hello");

        wiremock.verify(postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer " + API_KEY))
                .withHeader("x-goog-api-key", absent()));
    }

    @org.junit.jupiter.api.Test
    void thinkingLevelGoesToGemini3() {
        answerWith(SIMPLE_ANSWER);

        template.requestBody("gemini:generate?model=gemini-3-flash-preview&thinkingLevel=low&includeThoughts=true", "Hello");

        wiremock.verify(postRequestedFor(urlEqualTo("/v1beta/models/gemini-3-flash-preview:generateContent"))
                .withRequestBody(equalToJson("{\"contents\":[" + HELLO + "],\"generationConfig\":{\"thinkingConfig\":"
                                             + "{\"thinkingLevel\":\"LOW\",\"includeThoughts\":true}}}")));
    }
}
