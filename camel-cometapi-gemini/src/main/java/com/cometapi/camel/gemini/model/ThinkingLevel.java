package com.cometapi.camel.gemini.model;

/**
 * The values of {@link ThinkingConfig#getThinkingLevel()} (Gemini 3 models), sent as their names; the type of the
 * endpoint option {@code thinkingLevel}.
 */
public enum ThinkingLevel {

    MINIMAL,
    LOW,
    MEDIUM,
    HIGH
}
