package com.cometapi.camel.gemini;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import com.cometapi.camel.gemini.test.MockReply;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code outputType=bytes} over a real socket: the body is the last inline part that is not a thought (a draft
 * image never is), raw PCM audio becomes a WAV file, and header CamelGeminiInlineData keeps every part as received.
 */
class GeminiBytesBodyTest extends MockGeminiTestSupport {

    private static final byte[] DRAFT = { (byte) 0x89, 'P', 'N', 'G', 'd', 'r', 'a', 'f', 't' };
    private static final byte[] FINAL = { (byte) 0x89, 'P', 'N', 'G', 'f', 'i', 'n', 'a', 'l' };
    private static final byte[] FIRST = { (byte) 0xFF, (byte) 0xD8, 1 };
    private static final String PCM_TYPE = "audio/L16;codec=pcm;rate=24000";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bytes").to("gemini:generate?outputType=bytes");
                from("direct:streamBytes").to("gemini:stream?outputType=bytes").split(body()).streaming()
                        .to("mock:chunks");
            }
        };
    }

    @Test
    void aThoughtDraftImageIsNeverTheBody() {
        gemini.enqueue(MockReply.json(answer(
                inlinePart("image/png", DRAFT, true),
                "{\"text\":\"Here is the final image.\"}",
                inlinePart("image/png", FINAL, false))));

        Message message = request("Draw a camel");

        assertThat(message.getBody(byte[].class)).containsExactly(FINAL);
        assertThat(message.getHeader(Exchange.CONTENT_TYPE)).isEqualTo("image/png");
        assertThat(message.getHeader(GeminiConstants.INLINE_DATA, List.class)).containsExactly(
                new GeminiInlineData("image/png", DRAFT), new GeminiInlineData("image/png", FINAL));
    }

    @Test
    void ofTwoFinalImagesTheLastIsTheBody() {
        gemini.enqueue(MockReply.json(answer(
                inlinePart("image/jpeg", FIRST, false),
                inlinePart("image/png", FINAL, false))));

        Message message = request("Draw two camels");

        assertThat(message.getBody(byte[].class)).containsExactly(FINAL);
        assertThat(message.getHeader(Exchange.CONTENT_TYPE)).isEqualTo("image/png");
        assertThat(message.getHeader(GeminiConstants.INLINE_DATA, List.class)).hasSize(2);
    }

    @Test
    void onlyADraftGivesANullBody() {
        gemini.enqueue(MockReply.json(answer(inlinePart("image/png", DRAFT, true))));

        Message message = request("Draw a camel");

        assertThat(message.getBody()).isNull();
        assertThat(message.getHeader(GeminiConstants.INLINE_DATA, List.class))
                .containsExactly(new GeminiInlineData("image/png", DRAFT));
    }

    @Test
    void rawPcmSpeechBecomesAWavFile() {
        byte[] pcm = pcm(4800);
        gemini.enqueue(MockReply.audio(24000, pcm));

        Message message = request("Say hello");

        byte[] wav = message.getBody(byte[].class);
        assertWav(wav, pcm, 24000);
        assertThat(message.getHeader(Exchange.CONTENT_TYPE)).isEqualTo("audio/wav");
        assertThat(message.getHeader(GeminiConstants.INLINE_DATA, List.class))
                .containsExactly(new GeminiInlineData(PCM_TYPE, pcm));
    }

    @Test
    void pcmMimeTypesAreRecognisedWhateverTheirSpellingAndRate() {
        byte[] pcm = pcm(320);
        gemini.enqueue(MockReply.image("audio/pcm; rate=16000", pcm));

        Message message = request("Say hi");

        assertWav(message.getBody(byte[].class), pcm, 16000);
        assertThat(message.getHeader(Exchange.CONTENT_TYPE)).isEqualTo("audio/wav");
    }

    @Test
    void otherAudioIsPassedOnAsReceived() {
        byte[] mp3 = { 'I', 'D', '3', 4, 0 };
        gemini.enqueue(MockReply.image("audio/mpeg", mp3));

        Message message = request("Say hi");

        assertThat(message.getBody(byte[].class)).containsExactly(mp3);
        assertThat(message.getHeader(Exchange.CONTENT_TYPE)).isEqualTo("audio/mpeg");
    }

    @Test
    void streamChunksTakeTheLastNonThoughtPartAndWrapPcm() throws Exception {
        byte[] pcm = pcm(480);
        gemini.enqueue(MockReply.stream(
                answer(inlinePart("image/png", DRAFT, true)),
                answer(inlinePart("image/png", DRAFT, true), inlinePart("image/png", FINAL, false)),
                answer(inlinePart(PCM_TYPE, pcm, false))));
        getMockEndpoint("mock:chunks").expectedMessageCount(3);

        template.sendBody("direct:streamBytes", "Draw, then say it");

        getMockEndpoint("mock:chunks").assertIsSatisfied();
        List<Exchange> chunks = getMockEndpoint("mock:chunks").getReceivedExchanges();
        assertThat(chunks.get(0).getMessage().getBody()).isNull();
        assertThat(chunks.get(0).getMessage().getHeader(GeminiConstants.INLINE_DATA, List.class))
                .containsExactly(new GeminiInlineData("image/png", DRAFT));
        assertThat(chunks.get(1).getMessage().getBody(byte[].class)).containsExactly(FINAL);
        assertThat(chunks.get(1).getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("image/png");
        assertWav(chunks.get(2).getMessage().getBody(byte[].class), pcm, 24000);
        assertThat(chunks.get(2).getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("audio/wav");
        assertThat(chunks.get(2).getMessage().getHeader(GeminiConstants.INLINE_DATA, List.class))
                .containsExactly(new GeminiInlineData(PCM_TYPE, pcm));
    }

    /** The 44-byte RIFF/WAVE header, field by field, then the same samples. */
    static void assertWav(byte[] wav, byte[] pcm, int rate) {
        assertThat(wav).hasSize(44 + pcm.length);
        ByteBuffer header = ByteBuffer.wrap(wav, 0, 44).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ascii(wav, 0)).isEqualTo("RIFF");
        assertThat(header.getInt(4)).as("RIFF chunk size").isEqualTo(36 + pcm.length);
        assertThat(ascii(wav, 8)).isEqualTo("WAVE");
        assertThat(ascii(wav, 12)).isEqualTo("fmt ");
        assertThat(header.getInt(16)).as("fmt chunk size").isEqualTo(16);
        assertThat(header.getShort(20)).as("format (PCM)").isEqualTo((short) 1);
        assertThat(header.getShort(22)).as("channels").isEqualTo((short) 1);
        assertThat(header.getInt(24)).as("sample rate").isEqualTo(rate);
        assertThat(header.getInt(28)).as("byte rate").isEqualTo(rate * 2);
        assertThat(header.getShort(32)).as("block align").isEqualTo((short) 2);
        assertThat(header.getShort(34)).as("bits per sample").isEqualTo((short) 16);
        assertThat(ascii(wav, 36)).isEqualTo("data");
        assertThat(header.getInt(40)).as("data length").isEqualTo(pcm.length);
        assertThat(Arrays.copyOfRange(wav, 44, wav.length)).containsExactly(pcm);
    }

    private Message request(String prompt) {
        Exchange exchange = template.request("direct:bytes", e -> e.getMessage().setBody(prompt));
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage();
    }

    private static String ascii(byte[] bytes, int at) {
        return new String(bytes, at, 4, StandardCharsets.US_ASCII);
    }

    private static byte[] pcm(int length) {
        byte[] pcm = new byte[length];
        for (int i = 0; i < length; i++) {
            pcm[i] = (byte) (i * 7 + 3);
        }
        return pcm;
    }

    private static String inlinePart(String mimeType, byte[] data, boolean thought) {
        return "{\"inlineData\":{\"mimeType\":\"" + mimeType + "\",\"data\":\""
               + Base64.getEncoder().encodeToString(data) + "\"}" + (thought ? ",\"thought\":true" : "") + "}";
    }

    private static String answer(String... parts) {
        return "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[" + String.join(",", parts)
               + "]},\"finishReason\":\"STOP\",\"index\":0}],\"modelVersion\":\"gemini-3-pro-image-preview\"}";
    }
}
