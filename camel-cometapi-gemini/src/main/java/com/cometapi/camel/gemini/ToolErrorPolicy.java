package com.cometapi.camel.gemini;

/**
 * What a tool loop does when a tool route fails: option {@code toolErrorPolicy}.
 */
public enum ToolErrorPolicy implements WireValue {

    /** The error goes back to the model as the function response ({@code {"error": message}}). */
    REPROMPT("reprompt"),
    /** The exchange fails with the tool route's exception. */
    FAIL("fail");

    private final String value;

    ToolErrorPolicy(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static ToolErrorPolicy fromValue(String value) {
        return WireValue.parse(ToolErrorPolicy.class, "toolErrorPolicy", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
