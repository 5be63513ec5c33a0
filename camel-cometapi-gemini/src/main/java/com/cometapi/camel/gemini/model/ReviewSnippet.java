package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A Google Maps review snippet. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"reviewId", "googleMapsUri", "title"})
public class ReviewSnippet extends GeminiObject {

    private String reviewId;
    private String googleMapsUri;
    private String title;

    public String getReviewId() {
        return reviewId;
    }

    public ReviewSnippet setReviewId(String reviewId) {
        this.reviewId = reviewId;
        return this;
    }

    public String getGoogleMapsUri() {
        return googleMapsUri;
    }

    public ReviewSnippet setGoogleMapsUri(String googleMapsUri) {
        this.googleMapsUri = googleMapsUri;
        return this;
    }

    public String getTitle() {
        return title;
    }

    public ReviewSnippet setTitle(String title) {
        this.title = title;
        return this;
    }
}
