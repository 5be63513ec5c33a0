package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The URLs the URL context tool retrieved. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class UrlContextMetadata extends GeminiObject {

    private List<UrlMetadata> urlMetadata;

    public List<UrlMetadata> getUrlMetadata() {
        return urlMetadata;
    }

    public UrlContextMetadata setUrlMetadata(List<UrlMetadata> urlMetadata) {
        this.urlMetadata = urlMetadata;
        return this;
    }
}
