package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** Log probabilities of the chosen and top candidate tokens. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"topCandidates", "chosenCandidates", "logProbabilitySum"})
public class LogprobsResult extends GeminiObject {

    private List<TopCandidates> topCandidates;
    private List<LogprobsCandidate> chosenCandidates;
    /** Held as the Number read, so it is written back in the same form ({@code 0} stays {@code 0}). */
    @JsonProperty("logProbabilitySum")
    private Number logProbabilitySum;

    public List<TopCandidates> getTopCandidates() {
        return topCandidates;
    }

    public LogprobsResult setTopCandidates(List<TopCandidates> topCandidates) {
        this.topCandidates = topCandidates;
        return this;
    }

    public List<LogprobsCandidate> getChosenCandidates() {
        return chosenCandidates;
    }

    public LogprobsResult setChosenCandidates(List<LogprobsCandidate> chosenCandidates) {
        this.chosenCandidates = chosenCandidates;
        return this;
    }

    @JsonIgnore
    public Double getLogProbabilitySum() {
        return toDouble(logProbabilitySum);
    }

    @JsonIgnore
    public LogprobsResult setLogProbabilitySum(Double logProbabilitySum) {
        this.logProbabilitySum = logProbabilitySum;
        return this;
    }
}
