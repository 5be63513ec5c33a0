package com.cometapi.camel.gemini.model;

/** Known thresholds of {@link SafetySetting#getThreshold()}. */
public final class HarmBlockThreshold {

    public static final String HARM_BLOCK_THRESHOLD_UNSPECIFIED = "HARM_BLOCK_THRESHOLD_UNSPECIFIED";
    public static final String BLOCK_LOW_AND_ABOVE = "BLOCK_LOW_AND_ABOVE";
    public static final String BLOCK_MEDIUM_AND_ABOVE = "BLOCK_MEDIUM_AND_ABOVE";
    public static final String BLOCK_ONLY_HIGH = "BLOCK_ONLY_HIGH";
    public static final String BLOCK_NONE = "BLOCK_NONE";
    public static final String OFF = "OFF";

    private HarmBlockThreshold() {
    }
}
