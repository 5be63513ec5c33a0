package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One grounding source: a web page, image, retrieved document or place. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"web", "image", "retrievedContext", "maps"})
public class GroundingChunk extends GeminiObject {

    private WebChunk web;
    private ImageChunk image;
    private RetrievedContext retrievedContext;
    private MapsChunk maps;

    public WebChunk getWeb() {
        return web;
    }

    public GroundingChunk setWeb(WebChunk web) {
        this.web = web;
        return this;
    }

    public ImageChunk getImage() {
        return image;
    }

    public GroundingChunk setImage(ImageChunk image) {
        this.image = image;
        return this;
    }

    public RetrievedContext getRetrievedContext() {
        return retrievedContext;
    }

    public GroundingChunk setRetrievedContext(RetrievedContext retrievedContext) {
        this.retrievedContext = retrievedContext;
        return this;
    }

    public MapsChunk getMaps() {
        return maps;
    }

    public GroundingChunk setMaps(MapsChunk maps) {
        this.maps = maps;
        return this;
    }
}
