package com.cometapi.camel.gemini;

import java.util.Arrays;
import java.util.Objects;

/**
 * An inline part of an answer (an image, audio): its MIME type and decoded bytes.
 *
 * @param mimeType the part's MIME type, e.g. image/png
 * @param data     the decoded bytes
 */
public record GeminiInlineData(String mimeType, byte[] data) {

    @Override
    public boolean equals(Object other) {
        return other instanceof GeminiInlineData that && Objects.equals(mimeType, that.mimeType) && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(mimeType) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "GeminiInlineData[mimeType=" + mimeType + ", " + data.length + " bytes]";
    }
}
