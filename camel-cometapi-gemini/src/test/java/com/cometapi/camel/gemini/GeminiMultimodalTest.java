package com.cometapi.camel.gemini;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import com.cometapi.camel.gemini.model.Part;
import com.cometapi.camel.gemini.test.MockReply;
import com.cometapi.camel.gemini.test.RealFixtures;
import com.cometapi.camel.gemini.test.RequiresRealFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files in, images out: several parts in one turn, fileData references, MIME types by name, image answers.
 */
class GeminiMultimodalTest extends MockGeminiTestSupport {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 };

    @Test
    void listOfTextFilesAndPartsIsOneTurn(@TempDir Path dir) throws Exception {
        File invoice = Files.write(dir.resolve("invoice.pdf"), new byte[] { '%', 'P', 'D', 'F' }).toFile();
        File photo = Files.write(dir.resolve("photo.webp"), PNG).toFile();

        template.requestBody("gemini:generate", List.of("Compare these:", invoice, photo,
                Part.ofFileData("video/mp4", "https://generativelanguage.googleapis.com/v1beta/files/abc")));

        JsonNode parts = gemini.lastRequest().bodyJson().path("contents");
        assertThat(parts).hasSize(1);
        JsonNode turn = parts.path(0).path("parts");
        assertThat(turn.path(0).path("text").asText()).isEqualTo("Compare these:");
        assertThat(turn.path(1).path("inlineData").path("mimeType").asText()).isEqualTo("application/pdf");
        assertThat(turn.path(2).path("inlineData").path("mimeType").asText()).isEqualTo("image/webp");
        assertThat(turn.path(2).path("inlineData").path("data").asText()).isEqualTo(Base64.getEncoder().encodeToString(PNG));
        assertThat(turn.path(3).path("fileData").path("fileUri").asText()).endsWith("/files/abc");
    }

    @Test
    void fileUriHeaderSendsAFileDataPartBeforeTheText() {
        template.requestBodyAndHeader("gemini:generate", "Summarise this talk",
                GeminiConstants.FILE_URI, "https://generativelanguage.googleapis.com/v1beta/files/talk.mp3");

        JsonNode turn = gemini.lastRequest().bodyJson().path("contents").path(0).path("parts");
        assertThat(turn.path(0).path("fileData").path("fileUri").asText()).endsWith("/files/talk.mp3");
        assertThat(turn.path(0).path("fileData").path("mimeType").asText()).isEqualTo("audio/mp3");
        assertThat(turn.path(1).path("text").asText()).isEqualTo("Summarise this talk");
    }

    @ParameterizedTest
    @CsvSource({ "a.png,image/png", "b.JPEG,image/jpeg", "c.heic,image/heic", "d.pdf,application/pdf",
                 "e.wav,audio/wav", "f.flac,audio/flac", "g.mov,video/mov", "h.webm,video/webm", "i.csv,text/csv",
                 "j.md,text/markdown" })
    void mimeTypeComesFromTheFileName(String name, String mimeType, @TempDir Path dir) throws Exception {
        File file = Files.write(dir.resolve(name), PNG).toFile();

        template.requestBody("gemini:generate", file);

        assertThat(gemini.lastRequest().bodyJson().path("contents").path(0).path("parts").path(0)
                .path("inlineData").path("mimeType").asText()).isEqualTo(mimeType);
    }

    @Test
    void imageAnswerBecomesTheBodyWithItsContentType() {
        gemini.enqueue(MockReply.image("image/png", PNG).withText("Here is your cat."));

        Message message = template.request("gemini:generate?responseModalities=TEXT,IMAGE&outputType=bytes",
                e -> e.getMessage().setBody("Draw a cat")).getMessage();

        assertThat(message.getBody(byte[].class)).containsExactly(PNG);
        assertThat(message.getHeader(Exchange.CONTENT_TYPE)).isEqualTo("image/png");
        assertThat(message.getHeader(GeminiConstants.INLINE_DATA, List.class))
                .containsExactly(new GeminiInlineData("image/png", PNG));
    }

    @RequiresRealFixtures
    @Test
    void realStreamedImageAnswersGiveTheirBytesInTheirChunk() throws Exception {
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        for (Path file : RealFixtures.files(".txt")) {
            String raw = RealFixtures.read(file);
            if (!raw.startsWith("data:") || !raw.contains("\"inlineData\"")) {
                continue;
            }
            JsonNode inline = null;
            for (String line : raw.split("\r?\n")) {
                if (line.startsWith("data:") && line.contains("\"inlineData\"")) {
                    // the chunk's body: the event's last inline part that is not a thought (draft)
                    JsonNode last = null;
                    for (JsonNode part : json.readTree(line.substring(5)).path("candidates").path(0).path("content")
                            .path("parts")) {
                        if (part.has("inlineData") && !part.path("thought").asBoolean(false)) {
                            last = part.get("inlineData");
                        }
                    }
                    if (inline == null) {
                        inline = last;
                    }
                }
            }
            gemini.enqueue(MockReply.rawSse(raw));
            getMockEndpoint("mock:images").reset();

            template.sendBody("direct:streamImages", "Draw");

            JsonNode expected = inline;
            assertThat(getMockEndpoint("mock:images").getReceivedExchanges()).as(file.toString())
                    .anySatisfy(chunk -> {
                        assertThat(chunk.getMessage().getBody(byte[].class))
                                .containsExactly(Base64.getDecoder().decode(expected.path("data").asText()));
                        assertThat(chunk.getMessage().getHeader(Exchange.CONTENT_TYPE))
                                .isEqualTo(expected.path("mimeType").asText());
                    });
            checked++;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(checked > 0, "no streamed image answer among the fixtures");
    }

    @Override
    protected org.apache.camel.builder.RouteBuilder createRouteBuilder() {
        return new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("direct:streamImages").to("gemini:stream?outputType=bytes").split(body()).streaming()
                        .to("mock:images");
            }
        };
    }

    @RequiresRealFixtures
    @Test
    void realImageAnswersGiveTheirBytes() throws Exception {
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        for (Path file : RealFixtures.files(".json")) {
            String text = RealFixtures.read(file);
            if (!text.contains("\"inlineData\"") || !text.trim().startsWith("{\"candidates\"")
                && !text.trim().startsWith("{\n  \"candidates\"")) {
                continue;
            }
            JsonNode fixture = json.readTree(text);
            JsonNode inline = null;
            // the body: the last inline part that is not a thought (a draft image never is)
            for (JsonNode part : fixture.path("candidates").path(0).path("content").path("parts")) {
                if (part.has("inlineData") && !part.path("thought").asBoolean(false)) {
                    inline = part.get("inlineData");
                }
            }
            if (inline == null) {
                continue;
            }
            gemini.enqueue(MockReply.json(text));

            Message message = template.request("gemini:generate?outputType=bytes&failOnBlock=false",
                    e -> e.getMessage().setBody("Draw")).getMessage();

            assertThat(message.getBody(byte[].class)).as(file.toString())
                    .containsExactly(Base64.getDecoder().decode(inline.path("data").asText()));
            assertThat(message.getHeader(Exchange.CONTENT_TYPE)).isEqualTo(inline.path("mimeType").asText());
            checked++;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(checked > 0, "no unary image answer among the fixtures");
    }
}
