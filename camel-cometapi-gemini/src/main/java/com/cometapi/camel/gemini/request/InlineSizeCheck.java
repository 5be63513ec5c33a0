package com.cometapi.camel.gemini.request;

import java.util.List;

import com.cometapi.camel.gemini.model.Part;

/**
 * Gemini takes at most 20 MB of inline data in one request; a larger file must be uploaded first (Files API) and
 * sent by reference. Checked before sending.
 */
public final class InlineSizeCheck {

    /** The API's limit on a request's inline data. */
    static final long MAX_INLINE_BYTES = 20L * 1024 * 1024;

    private InlineSizeCheck() {
    }

    /** Whether a body of this many bytes is too large to send inline. */
    public static boolean exceedsLimit(long bytes) {
        return bytes > MAX_INLINE_BYTES;
    }

    /** @throws IllegalArgumentException when the inline data of the parts exceeds the limit */
    static void check(List<Part> parts) {
        long total = 0;
        for (Part part : parts) {
            if (part.getInlineData() != null && part.getInlineData().getData() != null) {
                // base64 holds 3 bytes in 4 characters
                total += part.getInlineData().getData().length() / 4L * 3;
            }
        }
        if (total > MAX_INLINE_BYTES) {
            throw new IllegalArgumentException("The inline data is " + String.format(java.util.Locale.ROOT, "%.1f",
                    total / (1024.0 * 1024.0)) + " MB; Gemini accepts"
                                               + " up to 20 MB per request. Set autoUpload=true to upload it with the"
                                               + " Files API first, or upload it with gemini:upload and send its URI in"
                                               + " header CamelGeminiFileUri instead");
        }
    }
}
