package com.cometapi.camel.gemini.examples.speech;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.cometapi.camel.gemini.GeminiComponent;
import com.cometapi.camel.gemini.test.MockGeminiServer;
import com.cometapi.camel.gemini.test.RealOrMock;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Reads a sentence aloud through the route of {@link SpeechRoutes} and writes the answer to a WAV file
 * ({@code target/speech.wav}, or the path given as the first argument).
 * <p>
 * With {@code COMETAPI_KEY} set it calls the real Gemini API through CometAPI; without it, it starts the offline
 * {@link MockGeminiServer}, which answers a request for audio only with a short tone as raw PCM, the way Gemini's
 * text-to-speech models send speech.
 */
public final class SpeechApplication {

    static final String TEXT = "Say cheerfully: Apache Camel now speaks Gemini.";

    /** What came back: the MIME type and the file written. */
    public record Speech(String contentType, Path file, long bytes) {
    }

    private SpeechApplication() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/speech.wav");
        RealOrMock.run(System.out, "a short tone as raw 24 kHz PCM", mock -> { },
                (baseUrl, apiKey) -> run(baseUrl, apiKey, file, System.out));
    }

    /**
     * Starts Camel with the speech route, asks for {@link #TEXT} read aloud, writes the WAV file, stops Camel.
     *
     * @param baseUrl where Gemini is, or null for the component's default (CometAPI)
     * @param apiKey  the key, or null to let the component read COMETAPI_KEY / GEMINI_API_KEY
     * @param file    where to write the WAV file
     * @param out     where to print
     */
    public static Speech run(String baseUrl, String apiKey, Path file, PrintStream out) throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            GeminiComponent gemini = camel.getComponent("gemini", GeminiComponent.class);
            if (baseUrl != null) {
                gemini.getConfiguration().setBaseUrl(baseUrl);
            }
            if (apiKey != null) {
                gemini.getConfiguration().setApiKey(apiKey);
            }
            camel.addRoutes(new SpeechRoutes());
            camel.start();

            // snippet:speech-to-file
            Exchange exchange = camel.createProducerTemplate().request("direct:speak",
                    e -> e.getMessage().setBody(TEXT));
            if (exchange.getException() != null) {
                throw new IllegalStateException("direct:speak failed: " + exchange.getException().getMessage(),
                        exchange.getException());
            }
            byte[] wav = exchange.getMessage().getBody(byte[].class);
            if (wav == null) {
                throw new IllegalStateException("no audio in the answer (finish reason "
                        + exchange.getMessage().getHeader("CamelGeminiFinishReason") + ")");
            }
            String contentType = exchange.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.write(file, wav);
            // end-snippet:speech-to-file

            out.println();
            out.println("Text  : " + TEXT);
            out.println("Audio : " + contentType + ", " + wav.length + " bytes");
            out.println("Wrote : " + file.toAbsolutePath());
            return new Speech(contentType, file, wav.length);
        }
    }
}
