package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The legacy (Gemini 1.5) Google Search retrieval tool. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class GoogleSearchRetrieval extends GeminiObject {

    private DynamicRetrievalConfig dynamicRetrievalConfig;

    public DynamicRetrievalConfig getDynamicRetrievalConfig() {
        return dynamicRetrievalConfig;
    }

    public GoogleSearchRetrieval setDynamicRetrievalConfig(DynamicRetrievalConfig dynamicRetrievalConfig) {
        this.dynamicRetrievalConfig = dynamicRetrievalConfig;
        return this;
    }
}
