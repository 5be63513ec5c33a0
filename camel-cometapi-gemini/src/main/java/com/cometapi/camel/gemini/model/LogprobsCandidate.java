package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A token with its log probability. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"token", "tokenId", "logProbability"})
public class LogprobsCandidate extends GeminiObject {

    private String token;
    private Integer tokenId;
    /** Held as the Number read, so it is written back in the same form ({@code 0} stays {@code 0}). */
    @JsonProperty("logProbability")
    private Number logProbability;

    public String getToken() {
        return token;
    }

    public LogprobsCandidate setToken(String token) {
        this.token = token;
        return this;
    }

    public Integer getTokenId() {
        return tokenId;
    }

    public LogprobsCandidate setTokenId(Integer tokenId) {
        this.tokenId = tokenId;
        return this;
    }

    @JsonIgnore
    public Double getLogProbability() {
        return toDouble(logProbability);
    }

    @JsonIgnore
    public LogprobsCandidate setLogProbability(Double logProbability) {
        this.logProbability = logProbability;
        return this;
    }
}
