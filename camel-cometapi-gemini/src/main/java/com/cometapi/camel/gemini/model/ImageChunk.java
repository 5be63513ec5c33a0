package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An image used as a grounding source. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"sourceUri", "imageUri", "title", "domain"})
public class ImageChunk extends GeminiObject {

    private String sourceUri;
    private String imageUri;
    private String title;
    private String domain;

    public String getSourceUri() {
        return sourceUri;
    }

    public ImageChunk setSourceUri(String sourceUri) {
        this.sourceUri = sourceUri;
        return this;
    }

    public String getImageUri() {
        return imageUri;
    }

    public ImageChunk setImageUri(String imageUri) {
        this.imageUri = imageUri;
        return this;
    }

    public String getTitle() {
        return title;
    }

    public ImageChunk setTitle(String title) {
        this.title = title;
        return this;
    }

    public String getDomain() {
        return domain;
    }

    public ImageChunk setDomain(String domain) {
        this.domain = domain;
        return this;
    }
}
