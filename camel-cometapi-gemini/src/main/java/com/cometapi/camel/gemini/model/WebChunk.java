package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A web page used as a grounding source. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"uri", "title"})
public class WebChunk extends GeminiObject {

    private String uri;
    private String title;

    public String getUri() {
        return uri;
    }

    public WebChunk setUri(String uri) {
        this.uri = uri;
        return this;
    }

    public String getTitle() {
        return title;
    }

    public WebChunk setTitle(String title) {
        this.title = title;
        return this;
    }
}
