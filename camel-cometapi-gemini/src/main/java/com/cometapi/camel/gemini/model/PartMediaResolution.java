package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Per-part media resolution ({@code level} such as {@code MEDIA_RESOLUTION_HIGH}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"level", "numTokens"})
public class PartMediaResolution extends GeminiObject {

    private String level;
    private Integer numTokens;

    public String getLevel() {
        return level;
    }

    public PartMediaResolution setLevel(String level) {
        this.level = level;
        return this;
    }

    public Integer getNumTokens() {
        return numTokens;
    }

    public PartMediaResolution setNumTokens(Integer numTokens) {
        this.numTokens = numTokens;
        return this;
    }
}
