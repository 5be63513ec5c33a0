package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/** A function call predicted by the model; {@code partialArgs}/{@code willContinue} appear when arguments are streamed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "name", "args", "partialArgs", "willContinue"})
public class FunctionCall extends GeminiObject {

    private String id;
    private String name;
    private Map<String, Object> args;
    private List<Map<String, Object>> partialArgs;
    private Boolean willContinue;

    public String getId() {
        return id;
    }

    public FunctionCall setId(String id) {
        this.id = id;
        return this;
    }

    public String getName() {
        return name;
    }

    public FunctionCall setName(String name) {
        this.name = name;
        return this;
    }

    public Map<String, Object> getArgs() {
        return args;
    }

    public FunctionCall setArgs(Map<String, Object> args) {
        this.args = args;
        return this;
    }

    public List<Map<String, Object>> getPartialArgs() {
        return partialArgs;
    }

    public FunctionCall setPartialArgs(List<Map<String, Object>> partialArgs) {
        this.partialArgs = partialArgs;
        return this;
    }

    public Boolean getWillContinue() {
        return willContinue;
    }

    public FunctionCall setWillContinue(Boolean willContinue) {
        this.willContinue = willContinue;
        return this;
    }
}
