package com.cometapi.camel.gemini.sse;

import java.io.IOException;

import com.cometapi.camel.gemini.model.ApiError;
import com.cometapi.camel.gemini.model.ErrorResponse;
import com.cometapi.camel.gemini.model.GeminiJson;

/**
 * Recognises an error object sent in place of a streamed event: {@code {"error": {...}}}, whether in a
 * {@code data:} event, a bare block or a JSON array element, and whatever the type of its {@code code} (Gemini sends
 * a number, gateways sometimes text such as {@code "429"} or {@code "RESOURCE_EXHAUSTED"}).
 */
public final class StreamErrors {

    private static final String ERROR_KEY = "\"error\"";

    private StreamErrors() {
    }

    /**
     * The error in an event's text, or null when it is not an error object. Only text that starts, whitespace
     * aside, with <code>{"error"</code> is parsed, so ordinary events cost a few character comparisons.
     */
    public static ApiError errorIn(String data) {
        if (data == null || !startsWithErrorKey(data)) {
            return null;
        }
        try {
            return GeminiJson.MAPPER.readValue(data, ErrorResponse.class).getError();
        } catch (IOException notAnErrorObject) {
            return null;
        }
    }

    private static boolean startsWithErrorKey(String text) {
        int i = skipWhitespace(text, 0);
        if (i >= text.length() || text.charAt(i) != '{') {
            return false;
        }
        return text.startsWith(ERROR_KEY, skipWhitespace(text, i + 1));
    }

    private static int skipWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
