package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** Token counts of a call (in a stream: running totals); absent counts are null. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
        "promptTokenCount", "cachedContentTokenCount", "candidatesTokenCount", "toolUsePromptTokenCount",
        "thoughtsTokenCount", "totalTokenCount", "promptTokensDetails", "cacheTokensDetails",
        "candidatesTokensDetails", "toolUsePromptTokensDetails", "serviceTier", "trafficType"})
public class UsageMetadata extends GeminiObject {

    private Integer promptTokenCount;
    private Integer cachedContentTokenCount;
    private Integer candidatesTokenCount;
    private Integer toolUsePromptTokenCount;
    private Integer thoughtsTokenCount;
    private Integer totalTokenCount;
    private List<ModalityTokenCount> promptTokensDetails;
    private List<ModalityTokenCount> cacheTokensDetails;
    private List<ModalityTokenCount> candidatesTokensDetails;
    private List<ModalityTokenCount> toolUsePromptTokensDetails;
    private String serviceTier;
    private String trafficType;

    public Integer getPromptTokenCount() {
        return promptTokenCount;
    }

    public UsageMetadata setPromptTokenCount(Integer promptTokenCount) {
        this.promptTokenCount = promptTokenCount;
        return this;
    }

    public Integer getCachedContentTokenCount() {
        return cachedContentTokenCount;
    }

    public UsageMetadata setCachedContentTokenCount(Integer cachedContentTokenCount) {
        this.cachedContentTokenCount = cachedContentTokenCount;
        return this;
    }

    public Integer getCandidatesTokenCount() {
        return candidatesTokenCount;
    }

    public UsageMetadata setCandidatesTokenCount(Integer candidatesTokenCount) {
        this.candidatesTokenCount = candidatesTokenCount;
        return this;
    }

    public Integer getToolUsePromptTokenCount() {
        return toolUsePromptTokenCount;
    }

    public UsageMetadata setToolUsePromptTokenCount(Integer toolUsePromptTokenCount) {
        this.toolUsePromptTokenCount = toolUsePromptTokenCount;
        return this;
    }

    public Integer getThoughtsTokenCount() {
        return thoughtsTokenCount;
    }

    public UsageMetadata setThoughtsTokenCount(Integer thoughtsTokenCount) {
        this.thoughtsTokenCount = thoughtsTokenCount;
        return this;
    }

    public Integer getTotalTokenCount() {
        return totalTokenCount;
    }

    public UsageMetadata setTotalTokenCount(Integer totalTokenCount) {
        this.totalTokenCount = totalTokenCount;
        return this;
    }

    public List<ModalityTokenCount> getPromptTokensDetails() {
        return promptTokensDetails;
    }

    public UsageMetadata setPromptTokensDetails(List<ModalityTokenCount> promptTokensDetails) {
        this.promptTokensDetails = promptTokensDetails;
        return this;
    }

    public List<ModalityTokenCount> getCacheTokensDetails() {
        return cacheTokensDetails;
    }

    public UsageMetadata setCacheTokensDetails(List<ModalityTokenCount> cacheTokensDetails) {
        this.cacheTokensDetails = cacheTokensDetails;
        return this;
    }

    public List<ModalityTokenCount> getCandidatesTokensDetails() {
        return candidatesTokensDetails;
    }

    public UsageMetadata setCandidatesTokensDetails(List<ModalityTokenCount> candidatesTokensDetails) {
        this.candidatesTokensDetails = candidatesTokensDetails;
        return this;
    }

    public List<ModalityTokenCount> getToolUsePromptTokensDetails() {
        return toolUsePromptTokensDetails;
    }

    public UsageMetadata setToolUsePromptTokensDetails(List<ModalityTokenCount> toolUsePromptTokensDetails) {
        this.toolUsePromptTokensDetails = toolUsePromptTokensDetails;
        return this;
    }

    public String getServiceTier() {
        return serviceTier;
    }

    public UsageMetadata setServiceTier(String serviceTier) {
        this.serviceTier = serviceTier;
        return this;
    }

    public String getTrafficType() {
        return trafficType;
    }

    public UsageMetadata setTrafficType(String trafficType) {
        this.trafficType = trafficType;
        return this;
    }
}
