package com.cometapi.camel.gemini.examples.speech;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.cometapi.camel.gemini.test.MockGeminiServerExtension;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the speech example against the mock, always (an explicit key and base URL win over COMETAPI_KEY).
 */
class SpeechApplicationTest {

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    @TempDir
    Path dir;

    @Test
    void asksTheTtsModelForAudioOnly() throws Exception {
        SpeechApplication.run(gemini.baseUrl(), "test-key", dir.resolve("speech.wav"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(gemini.lastRequest().path())
                .isEqualTo("/v1beta/models/" + SpeechRoutes.TTS_MODEL + ":generateContent");
        assertThat(gemini.lastRequest().promptText()).isEqualTo(SpeechApplication.TEXT);
        JsonNode modalities = gemini.lastRequest().bodyJson().at("/generationConfig/responseModalities");
        assertThat(modalities).extracting(JsonNode::asText).containsExactly("AUDIO");
    }

    @Test
    void writesTheRawPcmAnswerAsAWavFile() throws Exception {
        Path file = dir.resolve("out/speech.wav");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        SpeechApplication.Speech speech = SpeechApplication.run(gemini.baseUrl(), "test-key", file,
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(speech.contentType()).isEqualTo("audio/wav");
        byte[] wav = Files.readAllBytes(file);
        assertThat(wav.length).isEqualTo(speech.bytes());
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(wav, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WAVE");
        assertThat(header.getShort(20)).as("PCM").isEqualTo((short) 1);
        assertThat(header.getShort(22)).as("mono").isEqualTo((short) 1);
        assertThat(header.getInt(24)).as("rate").isEqualTo(24000);
        assertThat(header.getShort(34)).as("bits").isEqualTo((short) 16);
        assertThat(header.getInt(40)).as("data length").isEqualTo(wav.length - 44).isPositive();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("Audio : audio/wav, " + wav.length + " bytes")
                .contains("Wrote : " + file.toAbsolutePath());
    }
}
