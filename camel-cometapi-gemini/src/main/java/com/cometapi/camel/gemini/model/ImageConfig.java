package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Image output options. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"aspectRatio", "imageSize"})
public class ImageConfig extends GeminiObject {

    private String aspectRatio;
    private String imageSize;

    public String getAspectRatio() {
        return aspectRatio;
    }

    public ImageConfig setAspectRatio(String aspectRatio) {
        this.aspectRatio = aspectRatio;
        return this;
    }

    public String getImageSize() {
        return imageSize;
    }

    public ImageConfig setImageSize(String imageSize) {
        this.imageSize = imageSize;
        return this;
    }
}
