package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Clip and frame rate of a video part; offsets are Duration strings such as {@code "3.5s"}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"startOffset", "endOffset", "fps"})
public class VideoMetadata extends GeminiObject {

    private String startOffset;
    private String endOffset;
    /** Held as the Number read, so it is written back in the same form ({@code 0} stays {@code 0}). */
    @JsonProperty("fps")
    private Number fps;

    public String getStartOffset() {
        return startOffset;
    }

    public VideoMetadata setStartOffset(String startOffset) {
        this.startOffset = startOffset;
        return this;
    }

    public String getEndOffset() {
        return endOffset;
    }

    public VideoMetadata setEndOffset(String endOffset) {
        this.endOffset = endOffset;
        return this;
    }

    @JsonIgnore
    public Double getFps() {
        return toDouble(fps);
    }

    @JsonIgnore
    public VideoMetadata setFps(Double fps) {
        this.fps = fps;
        return this;
    }
}
