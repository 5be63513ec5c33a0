package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** Grounding data of a candidate: sources, supports, search queries and entry point. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
        "groundingChunks", "groundingSupports", "webSearchQueries", "imageSearchQueries", "searchEntryPoint",
        "retrievalMetadata", "googleMapsWidgetContextToken"})
public class GroundingMetadata extends GeminiObject {

    private List<GroundingChunk> groundingChunks;
    private List<GroundingSupport> groundingSupports;
    private List<String> webSearchQueries;
    private List<String> imageSearchQueries;
    private SearchEntryPoint searchEntryPoint;
    private RetrievalMetadata retrievalMetadata;
    private String googleMapsWidgetContextToken;

    public List<GroundingChunk> getGroundingChunks() {
        return groundingChunks;
    }

    public GroundingMetadata setGroundingChunks(List<GroundingChunk> groundingChunks) {
        this.groundingChunks = groundingChunks;
        return this;
    }

    public List<GroundingSupport> getGroundingSupports() {
        return groundingSupports;
    }

    public GroundingMetadata setGroundingSupports(List<GroundingSupport> groundingSupports) {
        this.groundingSupports = groundingSupports;
        return this;
    }

    public List<String> getWebSearchQueries() {
        return webSearchQueries;
    }

    public GroundingMetadata setWebSearchQueries(List<String> webSearchQueries) {
        this.webSearchQueries = webSearchQueries;
        return this;
    }

    public List<String> getImageSearchQueries() {
        return imageSearchQueries;
    }

    public GroundingMetadata setImageSearchQueries(List<String> imageSearchQueries) {
        this.imageSearchQueries = imageSearchQueries;
        return this;
    }

    public SearchEntryPoint getSearchEntryPoint() {
        return searchEntryPoint;
    }

    public GroundingMetadata setSearchEntryPoint(SearchEntryPoint searchEntryPoint) {
        this.searchEntryPoint = searchEntryPoint;
        return this;
    }

    public RetrievalMetadata getRetrievalMetadata() {
        return retrievalMetadata;
    }

    public GroundingMetadata setRetrievalMetadata(RetrievalMetadata retrievalMetadata) {
        this.retrievalMetadata = retrievalMetadata;
        return this;
    }

    public String getGoogleMapsWidgetContextToken() {
        return googleMapsWidgetContextToken;
    }

    public GroundingMetadata setGoogleMapsWidgetContextToken(String googleMapsWidgetContextToken) {
        this.googleMapsWidgetContextToken = googleMapsWidgetContextToken;
        return this;
    }
}
