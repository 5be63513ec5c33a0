package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** The computer use tool. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"environment", "excludedPredefinedFunctions"})
public class ComputerUse extends GeminiObject {

    private String environment;
    private List<String> excludedPredefinedFunctions;

    public String getEnvironment() {
        return environment;
    }

    public ComputerUse setEnvironment(String environment) {
        this.environment = environment;
        return this;
    }

    public List<String> getExcludedPredefinedFunctions() {
        return excludedPredefinedFunctions;
    }

    public ComputerUse setExcludedPredefinedFunctions(List<String> excludedPredefinedFunctions) {
        this.excludedPredefinedFunctions = excludedPredefinedFunctions;
        return this;
    }
}
