package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The lifecycle stage of the model that answered. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"modelStage", "retirementTime", "message"})
public class ModelStatus extends GeminiObject {

    private String modelStage;
    private String retirementTime;
    private String message;

    public String getModelStage() {
        return modelStage;
    }

    public ModelStatus setModelStage(String modelStage) {
        this.modelStage = modelStage;
        return this;
    }

    public String getRetirementTime() {
        return retirementTime;
    }

    public ModelStatus setRetirementTime(String retirementTime) {
        this.retirementTime = retirementTime;
        return this;
    }

    public String getMessage() {
        return message;
    }

    public ModelStatus setMessage(String message) {
        this.message = message;
        return this;
    }
}
