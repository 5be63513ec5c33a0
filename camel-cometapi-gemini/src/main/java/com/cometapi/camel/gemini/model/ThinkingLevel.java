package com.cometapi.camel.gemini.model;

/** Known values of {@link ThinkingConfig#getThinkingLevel()} (Gemini 3 models). */
public final class ThinkingLevel {

    public static final String THINKING_LEVEL_UNSPECIFIED = "THINKING_LEVEL_UNSPECIFIED";
    public static final String MINIMAL = "MINIMAL";
    public static final String LOW = "LOW";
    public static final String MEDIUM = "MEDIUM";
    public static final String HIGH = "HIGH";

    private ThinkingLevel() {
    }
}
