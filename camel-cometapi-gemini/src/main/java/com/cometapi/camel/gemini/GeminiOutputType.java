package com.cometapi.camel.gemini;

/**
 * What the message body holds after a call: option {@code outputType}.
 */
public enum GeminiOutputType implements WireValue {

    /** The non-thought text of the first candidate. */
    TEXT("text"),
    /** The parsed {@code GenerateContentResponse}. */
    RESPONSE("response"),
    /** The response JSON exactly as received. */
    JSON("json"),
    /** The bytes of the first inline data part (an image or audio), with {@code Content-Type} set. */
    BYTES("bytes");

    private final String value;

    GeminiOutputType(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static GeminiOutputType fromValue(String value) {
        return WireValue.parse(GeminiOutputType.class, "outputType", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
