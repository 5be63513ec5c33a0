package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Thinking options: {@code thinkingBudget} (Gemini 2.5) or {@code thinkingLevel} (Gemini 3), and thought summaries. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"includeThoughts", "thinkingBudget", "thinkingLevel"})
public class ThinkingConfig extends GeminiObject {

    private Boolean includeThoughts;
    private Integer thinkingBudget;
    private String thinkingLevel;

    public Boolean getIncludeThoughts() {
        return includeThoughts;
    }

    public ThinkingConfig setIncludeThoughts(Boolean includeThoughts) {
        this.includeThoughts = includeThoughts;
        return this;
    }

    public Integer getThinkingBudget() {
        return thinkingBudget;
    }

    public ThinkingConfig setThinkingBudget(Integer thinkingBudget) {
        this.thinkingBudget = thinkingBudget;
        return this;
    }

    public String getThinkingLevel() {
        return thinkingLevel;
    }

    public ThinkingConfig setThinkingLevel(String thinkingLevel) {
        this.thinkingLevel = thinkingLevel;
        return this;
    }
}
