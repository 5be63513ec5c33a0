package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/** The result of a function call, sent back to the model. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "name", "response", "parts", "willContinue", "scheduling"})
public class FunctionResponse extends GeminiObject {

    private String id;
    private String name;
    private Map<String, Object> response;
    private List<FunctionResponsePart> parts;
    private Boolean willContinue;
    private String scheduling;

    public String getId() {
        return id;
    }

    public FunctionResponse setId(String id) {
        this.id = id;
        return this;
    }

    public String getName() {
        return name;
    }

    public FunctionResponse setName(String name) {
        this.name = name;
        return this;
    }

    public Map<String, Object> getResponse() {
        return response;
    }

    public FunctionResponse setResponse(Map<String, Object> response) {
        this.response = response;
        return this;
    }

    public List<FunctionResponsePart> getParts() {
        return parts;
    }

    public FunctionResponse setParts(List<FunctionResponsePart> parts) {
        this.parts = parts;
        return this;
    }

    public Boolean getWillContinue() {
        return willContinue;
    }

    public FunctionResponse setWillContinue(Boolean willContinue) {
        this.willContinue = willContinue;
        return this;
    }

    public String getScheduling() {
        return scheduling;
    }

    public FunctionResponse setScheduling(String scheduling) {
        this.scheduling = scheduling;
        return this;
    }
}
