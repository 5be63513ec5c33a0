package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Base64;

/** Inline bytes with their MIME type; {@code data} is kept as the base64 text received. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"mimeType", "data"})
public class Blob extends GeminiObject {

    private String mimeType;
    private String data;

    /** A blob holding the given bytes, base64-encoded. */
    public static Blob of(String mimeType, byte[] data) {
        return new Blob().setMimeType(mimeType).setData(data == null ? null : Base64.getEncoder().encodeToString(data));
    }

    /** The decoded bytes (standard or URL-safe base64, padding optional), or null when there is no data. */
    public byte[] decodedData() {
        if (data == null) {
            return null;
        }
        StringBuilder normalized = new StringBuilder(data.length());
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c == '-') {
                normalized.append('+');
            } else if (c == '_') {
                normalized.append('/');
            } else if (!Character.isWhitespace(c)) {
                normalized.append(c);
            }
        }
        return Base64.getDecoder().decode(normalized.toString());
    }

    public String getMimeType() {
        return mimeType;
    }

    public Blob setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    public String getData() {
        return data;
    }

    public Blob setData(String data) {
        this.data = data;
        return this;
    }
}
