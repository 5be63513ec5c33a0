package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The Google Search suggestion chip to display (HTML) and its base64 SDK blob. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"renderedContent", "sdkBlob"})
public class SearchEntryPoint extends GeminiObject {

    private String renderedContent;
    private String sdkBlob;

    public String getRenderedContent() {
        return renderedContent;
    }

    public SearchEntryPoint setRenderedContent(String renderedContent) {
        this.renderedContent = renderedContent;
        return this;
    }

    public String getSdkBlob() {
        return sdkBlob;
    }

    public SearchEntryPoint setSdkBlob(String sdkBlob) {
        this.sdkBlob = sdkBlob;
        return this;
    }
}
