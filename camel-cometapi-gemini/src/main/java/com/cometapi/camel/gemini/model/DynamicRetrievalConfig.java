package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** When the legacy search retrieval tool runs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"mode", "dynamicThreshold"})
public class DynamicRetrievalConfig extends GeminiObject {

    private String mode;
    /** Held as the Number read, so it is written back in the same form ({@code 0} stays {@code 0}). */
    @JsonProperty("dynamicThreshold")
    private Number dynamicThreshold;

    public String getMode() {
        return mode;
    }

    public DynamicRetrievalConfig setMode(String mode) {
        this.mode = mode;
        return this;
    }

    @JsonIgnore
    public Double getDynamicThreshold() {
        return toDouble(dynamicThreshold);
    }

    @JsonIgnore
    public DynamicRetrievalConfig setDynamicThreshold(Double dynamicThreshold) {
        this.dynamicThreshold = dynamicThreshold;
        return this;
    }
}
