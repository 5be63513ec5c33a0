package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** Links a segment of the answer to the grounding chunks that support it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"segment", "groundingChunkIndices", "confidenceScores", "renderedParts"})
public class GroundingSupport extends GeminiObject {

    private Segment segment;
    private List<Integer> groundingChunkIndices;
    private List<Double> confidenceScores;
    private List<Integer> renderedParts;

    public Segment getSegment() {
        return segment;
    }

    public GroundingSupport setSegment(Segment segment) {
        this.segment = segment;
        return this;
    }

    public List<Integer> getGroundingChunkIndices() {
        return groundingChunkIndices;
    }

    public GroundingSupport setGroundingChunkIndices(List<Integer> groundingChunkIndices) {
        this.groundingChunkIndices = groundingChunkIndices;
        return this;
    }

    public List<Double> getConfidenceScores() {
        return confidenceScores;
    }

    public GroundingSupport setConfidenceScores(List<Double> confidenceScores) {
        this.confidenceScores = confidenceScores;
        return this;
    }

    public List<Integer> getRenderedParts() {
        return renderedParts;
    }

    public GroundingSupport setRenderedParts(List<Integer> renderedParts) {
        this.renderedParts = renderedParts;
        return this;
    }
}
