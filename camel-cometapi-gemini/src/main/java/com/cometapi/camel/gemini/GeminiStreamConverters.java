package com.cometapi.camel.gemini;

import com.cometapi.camel.gemini.model.GenerateContentResponse;
import org.apache.camel.Converter;
import org.apache.camel.Message;

/**
 * Lets a route that does not split a {@code gemini:stream} body read it whole:
 * {@code convertBodyTo(String.class)} gives all the answer's text, joined.
 */
@Converter(generateLoader = true)
public final class GeminiStreamConverters {

    private GeminiStreamConverters() {
    }

    /** Reads the rest of the stream and joins the text (thoughts left out) of every event. */
    @Converter
    public static String toString(GeminiStreamIterator stream) {
        StringBuilder text = new StringBuilder();
        try (stream) {
            while (stream.hasNext()) {
                Message chunk = stream.next();
                GenerateContentResponse event = chunk == null
                        ? null : chunk.getHeader(GeminiConstants.RESPONSE, GenerateContentResponse.class);
                String part = event == null ? null : event.text();
                if (part != null) {
                    text.append(part);
                }
            }
        }
        return text.toString();
    }
}
