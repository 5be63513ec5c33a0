package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Location and language context for retrieval tools. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"latLng", "languageCode"})
public class RetrievalConfig extends GeminiObject {

    private LatLng latLng;
    private String languageCode;

    public LatLng getLatLng() {
        return latLng;
    }

    public RetrievalConfig setLatLng(LatLng latLng) {
        this.latLng = latLng;
        return this;
    }

    public String getLanguageCode() {
        return languageCode;
    }

    public RetrievalConfig setLanguageCode(String languageCode) {
        this.languageCode = languageCode;
        return this;
    }
}
