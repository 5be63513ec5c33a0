package com.cometapi.camel.gemini.examples.quickstart;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.cometapi.camel.gemini.GeminiConstants;
import com.cometapi.camel.gemini.GeminiInlineData;
import com.cometapi.camel.gemini.model.Part;
import com.cometapi.camel.gemini.test.MockReply;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files in and images out, shown in docs/guides/multimodal.md: a binary body with its MIME type, several parts in
 * one turn, a file already uploaded to Gemini, and an image answer as bytes.
 */
class MultimodalTest extends MockGeminiRouteTest {

    /** Stand-ins for real files: the mock does not look at the bytes. */
    private static final byte[] PHOTO = { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 };
    private static final byte[] SCAN = { '%', 'P', 'D', 'F', '-', '1', '.', '7' };

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // snippet:multimodal-routes
                from("direct:describe")
                        .to("gemini:generate?prompt=Describe this image in one sentence");

                from("direct:compare")
                        .to("gemini:generate");

                from("direct:draw")
                        .to("gemini:generate?model=gemini-3.1-flash-image-preview&responseModalities=TEXT,IMAGE"
                            + "&outputType=bytes");
                // end-snippet:multimodal-routes
            }
        };
    }

    @Test
    void aBinaryBodyIsSentInlineWithThePrompt() {
        // snippet:multimodal-bytes
        String description = template.requestBodyAndHeader("direct:describe", PHOTO,
                GeminiConstants.MIME_TYPE, "image/png", String.class);
        // end-snippet:multimodal-bytes

        assertThat(description).startsWith("Mock Gemini answer to: ");
        // snippet:multimodal-bytes-request
        JsonNode parts = gemini.lastRequest().bodyJson().at("/contents/0/parts");
        assertThat(parts.at("/0/inlineData/mimeType").asText()).isEqualTo("image/png");
        assertThat(parts.at("/0/inlineData/data").asText()).isEqualTo(Base64.getEncoder().encodeToString(PHOTO));
        assertThat(parts.at("/1/text").asText()).isEqualTo("Describe this image in one sentence");
        // end-snippet:multimodal-bytes-request
    }

    @Test
    void aListBodyIsOneTurnWithOnePartPerItem() {
        // snippet:multimodal-list
        List<Object> parts = List.of(
                "Which of these two documents is the newer invoice?",
                Part.ofInlineData("image/png", PHOTO),
                Part.ofInlineData("application/pdf", SCAN));
        String answer = template.requestBody("direct:compare", parts, String.class);
        // end-snippet:multimodal-list

        assertThat(answer).startsWith("Mock Gemini answer to: ");
        JsonNode sent = gemini.lastRequest().bodyJson().at("/contents/0/parts");
        assertThat(sent).hasSize(3);
        assertThat(sent.at("/0/text").asText()).startsWith("Which of these");
        assertThat(sent.at("/1/inlineData/mimeType").asText()).isEqualTo("image/png");
        assertThat(sent.at("/2/inlineData/mimeType").asText()).isEqualTo("application/pdf");
    }

    @Test
    void anUploadedFileIsSentByItsUri() {
        // snippet:multimodal-file-uri
        String summary = template.requestBodyAndHeaders("direct:compare", "Summarise this report in three bullets",
                Map.of(GeminiConstants.FILE_URI,
                        "https://generativelanguage.googleapis.com/v1beta/files/abc-123",
                        GeminiConstants.MIME_TYPE, "application/pdf"), String.class);
        // end-snippet:multimodal-file-uri

        assertThat(summary).startsWith("Mock Gemini answer to: ");
        JsonNode parts = gemini.lastRequest().bodyJson().at("/contents/0/parts");
        assertThat(parts.at("/0/fileData/fileUri").asText())
                .isEqualTo("https://generativelanguage.googleapis.com/v1beta/files/abc-123");
        assertThat(parts.at("/0/fileData/mimeType").asText()).isEqualTo("application/pdf");
        assertThat(parts.at("/1/text").asText()).isEqualTo("Summarise this report in three bullets");
    }

    @Test
    void anImageAnswerBecomesTheBody() {
        gemini.enqueue(MockReply.image("image/png", PHOTO).withText("A camel at dusk."));

        // snippet:multimodal-image-out
        Exchange reply = template.request("direct:draw", e -> e.getMessage().setBody("Draw a camel at dusk"));

        byte[] image = reply.getMessage().getBody(byte[].class);
        assertThat(image).isEqualTo(PHOTO);
        assertThat(reply.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("image/png");
        List<GeminiInlineData> inlineParts = reply.getMessage().getHeader(GeminiConstants.INLINE_DATA, List.class);
        assertThat(inlineParts).containsExactly(new GeminiInlineData("image/png", PHOTO));
        // end-snippet:multimodal-image-out
        assertThat(gemini.lastRequest().bodyJson().at("/generationConfig/responseModalities"))
                .extracting(JsonNode::asText).containsExactly("TEXT", "IMAGE");
    }
}
