package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The review snippets behind a Maps grounding answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PlaceAnswerSources extends GeminiObject {

    private List<ReviewSnippet> reviewSnippets;

    public List<ReviewSnippet> getReviewSnippets() {
        return reviewSnippets;
    }

    public PlaceAnswerSources setReviewSnippets(List<ReviewSnippet> reviewSnippets) {
        this.reviewSnippets = reviewSnippets;
        return this;
    }
}
