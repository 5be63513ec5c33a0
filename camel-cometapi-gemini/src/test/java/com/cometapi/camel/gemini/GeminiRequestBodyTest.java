package com.cometapi.camel.gemini;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import com.cometapi.camel.gemini.model.Content;
import com.cometapi.camel.gemini.model.GenerateContentRequest;
import com.cometapi.camel.gemini.model.GenerationConfig;
import com.cometapi.camel.gemini.model.Part;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each body type of DESIGN.md's "Request" table, and what Gemini receives for it.
 */
class GeminiRequestBodyTest extends WireMockGeminiTestSupport {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 1, 2, 3 };
    private static final String PNG_BASE64 = Base64.getEncoder().encodeToString(PNG);

    @TempDir
    static Path inbox;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + inbox.toAbsolutePath() + "?noop=true&include=.*\\.png")
                        .to("gemini:generate?prompt=Describe this image")
                        .to("mock:described");
            }
        };
    }

    private void assertSent(String json) {
        wiremock.verify(1, postRequestedFor(urlPathMatching("/.*")).withRequestBody(equalToJson(json)));
    }

    @Test
    void contentBodyIsOneTurn() {
        answerWith(SIMPLE_ANSWER);

        template.requestBody("gemini:generate", Content.user("Hi there"));

        assertSent("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Hi there\"}]}]}");
    }

    @Test
    void listOfContentIsTheHistory() {
        answerWith(SIMPLE_ANSWER);

        template.requestBody("gemini:generate", List.of(Content.user("My name is Ada."),
                Content.model(Part.ofText("Hello Ada.")), Content.user("What is my name?")));

        assertSent("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"My name is Ada.\"}]},"
                   + "{\"role\":\"model\",\"parts\":[{\"text\":\"Hello Ada.\"}]},"
                   + "{\"role\":\"user\",\"parts\":[{\"text\":\"What is my name?\"}]}]}");
    }

    @Test
    void preparedRequestIsSentAsIsWithOptionsFillingOnlyWhatItLeavesUnset() {
        answerWith(SIMPLE_ANSWER);
        GenerateContentRequest request = GenerateContentRequest.ofText("Hello")
                .setGenerationConfig(new GenerationConfig().setTemperature(0.1));

        template.requestBody("gemini:generate?temperature=1.5&maxOutputTokens=64&systemInstruction=Be brief", request);

        assertSent("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Hello\"}]}],"
                   + "\"systemInstruction\":{\"parts\":[{\"text\":\"Be brief\"}]},"
                   + "\"generationConfig\":{\"temperature\":0.1,\"maxOutputTokens\":64}}");
        assertThat(request.getSystemInstruction()).as("the caller's request is not changed").isNull();
        assertThat(request.getGenerationConfig().getMaxOutputTokens()).isNull();
    }

    @Test
    void bytesWithMimeTypeHeaderAndPromptHeader() {
        answerWith(SIMPLE_ANSWER);

        template.request("gemini:generate?prompt=ignored for this one", e -> {
            e.getMessage().setBody(PNG);
            e.getMessage().setHeader(GeminiConstants.MIME_TYPE, "image/png");
            e.getMessage().setHeader(GeminiConstants.PROMPT, "What is in this picture?");
        });

        assertSent("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"inlineData\":{\"mimeType\":\"image/png\",\"data\":\""
                   + PNG_BASE64 + "\"}},{\"text\":\"What is in this picture?\"}]}]}");
    }

    @Test
    void inputStreamTakesTheContentTypeHeaderWithoutParameters() {
        answerWith(SIMPLE_ANSWER);

        template.request("gemini:generate", e -> {
            e.getMessage().setBody(new ByteArrayInputStream("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
            e.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/pdf; charset=binary");
        });

        assertSent("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"inlineData\":{\"mimeType\":\"application/pdf\","
                   + "\"data\":\"" + Base64.getEncoder().encodeToString("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))
                   + "\"}}]}]}");
    }

    @Test
    void fileBodyTakesTheMimeTypeFromItsName(@TempDir Path dir) throws Exception {
        answerWith(SIMPLE_ANSWER);
        File photo = Files.write(dir.resolve("photo.JPG"), PNG).toFile();

        template.requestBody("gemini:generate", photo);

        assertSent("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"inlineData\":{\"mimeType\":\"image/jpeg\",\"data\":\""
                   + PNG_BASE64 + "\"}}]}]}");
    }

    @Test
    void fileConsumerBodyIsSentWithThePromptOption() throws Exception {
        answerWith(SIMPLE_ANSWER);
        getMockEndpoint("mock:described").expectedMessageCount(1);
        getMockEndpoint("mock:described").expectedBodiesReceived("Paris");

        Files.write(inbox.resolve("scan.png"), PNG);

        getMockEndpoint("mock:described").assertIsSatisfied();
        assertSent("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"inlineData\":{\"mimeType\":\"image/png\",\"data\":\""
                   + PNG_BASE64 + "\"}},{\"text\":\"Describe this image\"}]}]}");
    }

    @Test
    void otherObjectsConvertibleToStringArePrompts() {
        answerWith(SIMPLE_ANSWER);

        template.requestBody("gemini:generate", new StringBuilder("Hello"));

        assertSent("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Hello\"}]}]}");
    }

    @Test
    void jsonTextIsAPromptLikeAnyOtherString() {
        answerWith(SIMPLE_ANSWER);

        template.requestBody("gemini:generate", "{\"contents\":[]}");

        assertSent("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"{\\\"contents\\\":[]}\"}]}]}");
    }
}
