package com.cometapi.camel.gemini.examples.speech;

import org.apache.camel.builder.RouteBuilder;

/**
 * Text in, speech out: a text-to-speech model asked for {@code responseModalities=AUDIO} answers with raw PCM
 * (16-bit mono, 24 kHz); with {@code outputType=bytes} the body is that audio as a WAV file
 * ({@code Content-Type: audio/wav}), ready to be written to disk or played.
 */
public class SpeechRoutes extends RouteBuilder {

    /** Gemini's text-to-speech model; the default voice (no speech config). */
    public static final String TTS_MODEL = "gemini-2.5-flash-preview-tts";

    @Override
    public void configure() {
        // snippet:speech-route
        from("direct:speak")
                .to("gemini:generate?model=" + TTS_MODEL + "&responseModalities=AUDIO&outputType=bytes");
        // end-snippet:speech-route
    }
}
