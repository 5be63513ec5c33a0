package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The probability of harm of one category (Vertex adds scores and severity). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"category", "probability", "blocked", "probabilityScore", "severity", "severityScore"})
public class SafetyRating extends GeminiObject {

    private String category;
    private String probability;
    private Boolean blocked;
    /** Held as the Number read, so it is written back in the same form ({@code 0} stays {@code 0}). */
    @JsonProperty("probabilityScore")
    private Number probabilityScore;
    private String severity;
    /** Held as the Number read, so it is written back in the same form ({@code 0} stays {@code 0}). */
    @JsonProperty("severityScore")
    private Number severityScore;

    public String getCategory() {
        return category;
    }

    public SafetyRating setCategory(String category) {
        this.category = category;
        return this;
    }

    public String getProbability() {
        return probability;
    }

    public SafetyRating setProbability(String probability) {
        this.probability = probability;
        return this;
    }

    public Boolean getBlocked() {
        return blocked;
    }

    public SafetyRating setBlocked(Boolean blocked) {
        this.blocked = blocked;
        return this;
    }

    @JsonIgnore
    public Double getProbabilityScore() {
        return toDouble(probabilityScore);
    }

    @JsonIgnore
    public SafetyRating setProbabilityScore(Double probabilityScore) {
        this.probabilityScore = probabilityScore;
        return this;
    }

    public String getSeverity() {
        return severity;
    }

    public SafetyRating setSeverity(String severity) {
        this.severity = severity;
        return this;
    }

    @JsonIgnore
    public Double getSeverityScore() {
        return toDouble(severityScore);
    }

    @JsonIgnore
    public SafetyRating setSeverityScore(Double severityScore) {
        this.severityScore = severityScore;
        return this;
    }
}
