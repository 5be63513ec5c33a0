package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A span of a candidate's content; indices are byte offsets. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"partIndex", "startIndex", "endIndex", "text"})
public class Segment extends GeminiObject {

    private Integer partIndex;
    private Integer startIndex;
    private Integer endIndex;
    private String text;

    public Integer getPartIndex() {
        return partIndex;
    }

    public Segment setPartIndex(Integer partIndex) {
        this.partIndex = partIndex;
        return this;
    }

    public Integer getStartIndex() {
        return startIndex;
    }

    public Segment setStartIndex(Integer startIndex) {
        this.startIndex = startIndex;
        return this;
    }

    public Integer getEndIndex() {
        return endIndex;
    }

    public Segment setEndIndex(Integer endIndex) {
        this.endIndex = endIndex;
        return this;
    }

    public String getText() {
        return text;
    }

    public Segment setText(String text) {
        this.text = text;
        return this;
    }
}
