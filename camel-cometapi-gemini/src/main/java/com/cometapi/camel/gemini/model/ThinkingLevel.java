package com.cometapi.camel.gemini.model;

/**
 * The values of {@link ThinkingConfig#getThinkingLevel()} (Gemini 3 models), sent as their names; the type of the
 * endpoint option {@code thinkingLevel}.
 */
public enum ThinkingLevel {

    /** As little thinking as the model allows. */
    MINIMAL,
    /** Little thinking: lower latency and cost. */
    LOW,
    /** Balanced thinking. */
    MEDIUM,
    /** The deepest reasoning the model offers. */
    HIGH
}
