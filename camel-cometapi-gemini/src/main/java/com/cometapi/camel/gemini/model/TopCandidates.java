package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The most likely tokens at one decoding step. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TopCandidates extends GeminiObject {

    private List<LogprobsCandidate> candidates;

    public List<LogprobsCandidate> getCandidates() {
        return candidates;
    }

    public TopCandidates setCandidates(List<LogprobsCandidate> candidates) {
        this.candidates = candidates;
        return this;
    }
}
