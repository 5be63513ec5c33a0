package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The outcome of running {@link ExecutableCode}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "outcome", "output"})
public class CodeExecutionResult extends GeminiObject {

    private String id;
    private String outcome;
    private String output;

    public String getId() {
        return id;
    }

    public CodeExecutionResult setId(String id) {
        this.id = id;
        return this;
    }

    public String getOutcome() {
        return outcome;
    }

    public CodeExecutionResult setOutcome(String outcome) {
        this.outcome = outcome;
        return this;
    }

    public String getOutput() {
        return output;
    }

    public CodeExecutionResult setOutput(String output) {
        this.output = output;
        return this;
    }
}
