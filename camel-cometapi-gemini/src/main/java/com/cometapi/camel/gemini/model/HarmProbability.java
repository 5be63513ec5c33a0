package com.cometapi.camel.gemini.model;

/** Known values of {@link SafetyRating#getProbability()}. */
public final class HarmProbability {

    public static final String HARM_PROBABILITY_UNSPECIFIED = "HARM_PROBABILITY_UNSPECIFIED";
    public static final String NEGLIGIBLE = "NEGLIGIBLE";
    public static final String LOW = "LOW";
    public static final String MEDIUM = "MEDIUM";
    public static final String HIGH = "HIGH";

    private HarmProbability() {
    }
}
