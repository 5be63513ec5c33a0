package com.cometapi.camel.gemini.model;

/**
 * The values of {@link FunctionCallingConfig#getMode()}, sent as their names; the type of the endpoint option
 * {@code functionCallingMode}.
 */
public enum FunctionCallingMode {

    /** The model answers with text or calls a function, as it sees fit. */
    AUTO,
    /** The model always calls a function (one of allowedFunctionNames, when set). */
    ANY,
    /** The model never calls a function. */
    NONE,
    /** Like AUTO, but a function call is checked against its declared schema. */
    VALIDATED
}
