package com.cometapi.camel.gemini.model;

/** Known values of {@link FunctionCallingConfig#getMode()}. */
public final class FunctionCallingMode {

    public static final String MODE_UNSPECIFIED = "MODE_UNSPECIFIED";
    public static final String AUTO = "AUTO";
    public static final String ANY = "ANY";
    public static final String NONE = "NONE";
    public static final String VALIDATED = "VALIDATED";

    private FunctionCallingMode() {
    }
}
