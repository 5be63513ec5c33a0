package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** Feedback on the prompt; {@code blockReason} set means the prompt was blocked. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"blockReason", "blockReasonMessage", "safetyRatings"})
public class PromptFeedback extends GeminiObject {

    private String blockReason;
    private String blockReasonMessage;
    private List<SafetyRating> safetyRatings;

    public String getBlockReason() {
        return blockReason;
    }

    public PromptFeedback setBlockReason(String blockReason) {
        this.blockReason = blockReason;
        return this;
    }

    public String getBlockReasonMessage() {
        return blockReasonMessage;
    }

    public PromptFeedback setBlockReasonMessage(String blockReasonMessage) {
        this.blockReasonMessage = blockReasonMessage;
        return this;
    }

    public List<SafetyRating> getSafetyRatings() {
        return safetyRatings;
    }

    public PromptFeedback setSafetyRatings(List<SafetyRating> safetyRatings) {
        this.safetyRatings = safetyRatings;
        return this;
    }
}
