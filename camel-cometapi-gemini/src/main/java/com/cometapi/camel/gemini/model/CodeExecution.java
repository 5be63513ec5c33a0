package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The code execution tool (serialised as {@code {}}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CodeExecution extends GeminiObject {
}
