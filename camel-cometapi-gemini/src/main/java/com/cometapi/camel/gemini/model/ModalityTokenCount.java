package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A token count for one modality. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"modality", "tokenCount"})
public class ModalityTokenCount extends GeminiObject {

    private String modality;
    private Integer tokenCount;

    public String getModality() {
        return modality;
    }

    public ModalityTokenCount setModality(String modality) {
        this.modality = modality;
        return this;
    }

    public Integer getTokenCount() {
        return tokenCount;
    }

    public ModalityTokenCount setTokenCount(Integer tokenCount) {
        this.tokenCount = tokenCount;
        return this;
    }
}
