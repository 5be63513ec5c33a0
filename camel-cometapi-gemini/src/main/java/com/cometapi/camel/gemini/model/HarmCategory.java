package com.cometapi.camel.gemini.model;

/** Known harm categories of {@link SafetySetting} and {@link SafetyRating}. */
public final class HarmCategory {

    public static final String HARM_CATEGORY_UNSPECIFIED = "HARM_CATEGORY_UNSPECIFIED";
    public static final String HARM_CATEGORY_HARASSMENT = "HARM_CATEGORY_HARASSMENT";
    public static final String HARM_CATEGORY_HATE_SPEECH = "HARM_CATEGORY_HATE_SPEECH";
    public static final String HARM_CATEGORY_SEXUALLY_EXPLICIT = "HARM_CATEGORY_SEXUALLY_EXPLICIT";
    public static final String HARM_CATEGORY_DANGEROUS_CONTENT = "HARM_CATEGORY_DANGEROUS_CONTENT";
    public static final String HARM_CATEGORY_CIVIC_INTEGRITY = "HARM_CATEGORY_CIVIC_INTEGRITY";

    private HarmCategory() {
    }
}
