package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/** One answer of the model, with its finish reason, safety, citation, grounding and logprob data. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
        "content", "finishReason", "finishMessage", "safetyRatings", "citationMetadata", "tokenCount",
        "groundingAttributions", "groundingMetadata", "avgLogprobs", "logprobsResult", "urlContextMetadata", "index"})
public class Candidate extends GeminiObject {

    private Content content;
    private String finishReason;
    private String finishMessage;
    private List<SafetyRating> safetyRatings;
    private CitationMetadata citationMetadata;
    private Integer tokenCount;
    private List<Map<String, Object>> groundingAttributions;
    private GroundingMetadata groundingMetadata;
    /** Held as the Number read, so it is written back in the same form ({@code 0} stays {@code 0}). */
    @JsonProperty("avgLogprobs")
    private Number avgLogprobs;
    private LogprobsResult logprobsResult;
    private UrlContextMetadata urlContextMetadata;
    private Integer index;

    public Content getContent() {
        return content;
    }

    public Candidate setContent(Content content) {
        this.content = content;
        return this;
    }

    public String getFinishReason() {
        return finishReason;
    }

    public Candidate setFinishReason(String finishReason) {
        this.finishReason = finishReason;
        return this;
    }

    public String getFinishMessage() {
        return finishMessage;
    }

    public Candidate setFinishMessage(String finishMessage) {
        this.finishMessage = finishMessage;
        return this;
    }

    public List<SafetyRating> getSafetyRatings() {
        return safetyRatings;
    }

    public Candidate setSafetyRatings(List<SafetyRating> safetyRatings) {
        this.safetyRatings = safetyRatings;
        return this;
    }

    public CitationMetadata getCitationMetadata() {
        return citationMetadata;
    }

    public Candidate setCitationMetadata(CitationMetadata citationMetadata) {
        this.citationMetadata = citationMetadata;
        return this;
    }

    public Integer getTokenCount() {
        return tokenCount;
    }

    public Candidate setTokenCount(Integer tokenCount) {
        this.tokenCount = tokenCount;
        return this;
    }

    public List<Map<String, Object>> getGroundingAttributions() {
        return groundingAttributions;
    }

    public Candidate setGroundingAttributions(List<Map<String, Object>> groundingAttributions) {
        this.groundingAttributions = groundingAttributions;
        return this;
    }

    public GroundingMetadata getGroundingMetadata() {
        return groundingMetadata;
    }

    public Candidate setGroundingMetadata(GroundingMetadata groundingMetadata) {
        this.groundingMetadata = groundingMetadata;
        return this;
    }

    @JsonIgnore
    public Double getAvgLogprobs() {
        return toDouble(avgLogprobs);
    }

    @JsonIgnore
    public Candidate setAvgLogprobs(Double avgLogprobs) {
        this.avgLogprobs = avgLogprobs;
        return this;
    }

    public LogprobsResult getLogprobsResult() {
        return logprobsResult;
    }

    public Candidate setLogprobsResult(LogprobsResult logprobsResult) {
        this.logprobsResult = logprobsResult;
        return this;
    }

    public UrlContextMetadata getUrlContextMetadata() {
        return urlContextMetadata;
    }

    public Candidate setUrlContextMetadata(UrlContextMetadata urlContextMetadata) {
        this.urlContextMetadata = urlContextMetadata;
        return this;
    }

    public Integer getIndex() {
        return index;
    }

    public Candidate setIndex(Integer index) {
        this.index = index;
        return this;
    }
}
