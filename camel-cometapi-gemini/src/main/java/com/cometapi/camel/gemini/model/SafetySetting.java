package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A blocking threshold for one harm category. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"category", "threshold"})
public class SafetySetting extends GeminiObject {

    private String category;
    private String threshold;

    public String getCategory() {
        return category;
    }

    public SafetySetting setCategory(String category) {
        this.category = category;
        return this;
    }

    public String getThreshold() {
        return threshold;
    }

    public SafetySetting setThreshold(String threshold) {
        this.threshold = threshold;
        return this;
    }
}
