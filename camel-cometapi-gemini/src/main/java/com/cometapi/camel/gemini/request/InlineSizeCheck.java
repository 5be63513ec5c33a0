package com.cometapi.camel.gemini.request;

import java.util.List;

import com.cometapi.camel.gemini.model.Part;

/**
 * Gemini takes at most 20 MB of inline data in one request; a larger file must be uploaded first (Files API) and
 * sent by reference. Checked before sending.
 */
final class InlineSizeCheck {

    /** The API's limit on a request's inline data. */
    static final long MAX_INLINE_BYTES = 20L * 1024 * 1024;

    private InlineSizeCheck() {
    }

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
                                               + " up to 20 MB per request. Upload the file with the Files API and send"
                                               + " its URI in header CamelGeminiFileUri instead");
        }
    }
}
