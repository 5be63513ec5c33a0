package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Metadata of the legacy dynamic search retrieval. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RetrievalMetadata extends GeminiObject {

    /** Held as the Number read, so it is written back in the same form ({@code 0} stays {@code 0}). */
    @JsonProperty("googleSearchDynamicRetrievalScore")
    private Number googleSearchDynamicRetrievalScore;

    @JsonIgnore
    public Double getGoogleSearchDynamicRetrievalScore() {
        return toDouble(googleSearchDynamicRetrievalScore);
    }

    @JsonIgnore
    public RetrievalMetadata setGoogleSearchDynamicRetrievalScore(Double googleSearchDynamicRetrievalScore) {
        this.googleSearchDynamicRetrievalScore = googleSearchDynamicRetrievalScore;
        return this;
    }
}
