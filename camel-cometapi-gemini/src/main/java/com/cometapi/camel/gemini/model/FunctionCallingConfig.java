package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** How the model may call functions ({@code mode} AUTO, ANY, NONE, VALIDATED). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"mode", "allowedFunctionNames", "streamFunctionCallArguments"})
public class FunctionCallingConfig extends GeminiObject {

    private String mode;
    private List<String> allowedFunctionNames;
    private Boolean streamFunctionCallArguments;

    public String getMode() {
        return mode;
    }

    public FunctionCallingConfig setMode(String mode) {
        this.mode = mode;
        return this;
    }

    public List<String> getAllowedFunctionNames() {
        return allowedFunctionNames;
    }

    public FunctionCallingConfig setAllowedFunctionNames(List<String> allowedFunctionNames) {
        this.allowedFunctionNames = allowedFunctionNames;
        return this;
    }

    public Boolean getStreamFunctionCallArguments() {
        return streamFunctionCallArguments;
    }

    public FunctionCallingConfig setStreamFunctionCallArguments(Boolean streamFunctionCallArguments) {
        this.streamFunctionCallArguments = streamFunctionCallArguments;
        return this;
    }
}
