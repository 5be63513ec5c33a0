package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A function the model may call: name, description and parameter schema. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
        "name", "description", "parameters", "parametersJsonSchema", "response", "responseJsonSchema", "behavior"})
public class FunctionDeclaration extends GeminiObject {

    private String name;
    private String description;
    private Schema parameters;
    private Object parametersJsonSchema;
    private Schema response;
    private Object responseJsonSchema;
    private String behavior;

    public String getName() {
        return name;
    }

    public FunctionDeclaration setName(String name) {
        this.name = name;
        return this;
    }

    public String getDescription() {
        return description;
    }

    public FunctionDeclaration setDescription(String description) {
        this.description = description;
        return this;
    }

    public Schema getParameters() {
        return parameters;
    }

    public FunctionDeclaration setParameters(Schema parameters) {
        this.parameters = parameters;
        return this;
    }

    public Object getParametersJsonSchema() {
        return parametersJsonSchema;
    }

    public FunctionDeclaration setParametersJsonSchema(Object parametersJsonSchema) {
        this.parametersJsonSchema = parametersJsonSchema;
        return this;
    }

    public Schema getResponse() {
        return response;
    }

    public FunctionDeclaration setResponse(Schema response) {
        this.response = response;
        return this;
    }

    public Object getResponseJsonSchema() {
        return responseJsonSchema;
    }

    public FunctionDeclaration setResponseJsonSchema(Object responseJsonSchema) {
        this.responseJsonSchema = responseJsonSchema;
        return this;
    }

    public String getBehavior() {
        return behavior;
    }

    public FunctionDeclaration setBehavior(String behavior) {
        this.behavior = behavior;
        return this;
    }
}
