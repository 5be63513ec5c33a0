package com.cometapi.camel.gemini.model;

/** Known values of {@link Candidate#getFinishReason()}; other values may arrive and are kept as they are. */
public final class FinishReason {

    public static final String FINISH_REASON_UNSPECIFIED = "FINISH_REASON_UNSPECIFIED";
    public static final String STOP = "STOP";
    public static final String MAX_TOKENS = "MAX_TOKENS";
    public static final String SAFETY = "SAFETY";
    public static final String RECITATION = "RECITATION";
    public static final String LANGUAGE = "LANGUAGE";
    public static final String OTHER = "OTHER";
    public static final String BLOCKLIST = "BLOCKLIST";
    public static final String PROHIBITED_CONTENT = "PROHIBITED_CONTENT";
    public static final String SPII = "SPII";
    public static final String MALFORMED_FUNCTION_CALL = "MALFORMED_FUNCTION_CALL";
    public static final String IMAGE_SAFETY = "IMAGE_SAFETY";
    public static final String IMAGE_PROHIBITED_CONTENT = "IMAGE_PROHIBITED_CONTENT";
    public static final String IMAGE_OTHER = "IMAGE_OTHER";
    public static final String NO_IMAGE = "NO_IMAGE";
    public static final String IMAGE_RECITATION = "IMAGE_RECITATION";
    public static final String UNEXPECTED_TOOL_CALL = "UNEXPECTED_TOOL_CALL";
    public static final String TOO_MANY_TOOL_CALLS = "TOO_MANY_TOOL_CALLS";
    public static final String MISSING_THOUGHT_SIGNATURE = "MISSING_THOUGHT_SIGNATURE";
    public static final String MALFORMED_RESPONSE = "MALFORMED_RESPONSE";

    private FinishReason() {
    }
}
