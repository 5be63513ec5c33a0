package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A Google Maps place used as a grounding source. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"uri", "title", "text", "placeId", "placeAnswerSources"})
public class MapsChunk extends GeminiObject {

    private String uri;
    private String title;
    private String text;
    private String placeId;
    private PlaceAnswerSources placeAnswerSources;

    public String getUri() {
        return uri;
    }

    public MapsChunk setUri(String uri) {
        this.uri = uri;
        return this;
    }

    public String getTitle() {
        return title;
    }

    public MapsChunk setTitle(String title) {
        this.title = title;
        return this;
    }

    public String getText() {
        return text;
    }

    public MapsChunk setText(String text) {
        this.text = text;
        return this;
    }

    public String getPlaceId() {
        return placeId;
    }

    public MapsChunk setPlaceId(String placeId) {
        this.placeId = placeId;
        return this;
    }

    public PlaceAnswerSources getPlaceAnswerSources() {
        return placeAnswerSources;
    }

    public MapsChunk setPlaceAnswerSources(PlaceAnswerSources placeAnswerSources) {
        this.placeAnswerSources = placeAnswerSources;
        return this;
    }
}
