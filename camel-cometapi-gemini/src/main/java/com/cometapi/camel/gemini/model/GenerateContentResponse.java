package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Response of {@code generateContent}, and each event of {@code streamGenerateContent}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"candidates", "promptFeedback", "usageMetadata", "modelVersion", "responseId", "modelStatus"})
public class GenerateContentResponse extends GeminiObject {

    private List<Candidate> candidates;
    private PromptFeedback promptFeedback;
    private UsageMetadata usageMetadata;
    private String modelVersion;
    private String responseId;
    private ModelStatus modelStatus;

    /** Candidate 0, or null when there is none. */
    public Candidate firstCandidate() {
        return candidates == null || candidates.isEmpty() ? null : candidates.get(0);
    }

    /** The non-thought text parts of candidate 0, concatenated; null when there is no text part. */
    public String text() {
        return joinText(false);
    }

    /** The thought-summary text parts of candidate 0, concatenated; null when there is none. */
    public String thoughtsText() {
        return joinText(true);
    }

    /** The function calls of candidate 0, in order; empty when there is none. */
    public List<FunctionCall> functionCalls() {
        List<FunctionCall> calls = new ArrayList<>();
        for (Part part : firstParts()) {
            if (part != null && part.getFunctionCall() != null) {
                calls.add(part.getFunctionCall());
            }
        }
        return calls;
    }

    /** The inline data blobs of candidate 0, in order; empty when there is none. */
    public List<Blob> inlineDataParts() {
        List<Blob> blobs = new ArrayList<>();
        for (Part part : firstParts()) {
            if (part != null && part.getInlineData() != null) {
                blobs.add(part.getInlineData());
            }
        }
        return blobs;
    }

    private String joinText(boolean thoughts) {
        StringBuilder text = null;
        for (Part part : firstParts()) {
            if (part != null && part.getText() != null && part.thoughtPart() == thoughts) {
                if (text == null) {
                    text = new StringBuilder();
                }
                text.append(part.getText());
            }
        }
        return text == null ? null : text.toString();
    }

    private List<Part> firstParts() {
        Candidate candidate = firstCandidate();
        if (candidate == null || candidate.getContent() == null || candidate.getContent().getParts() == null) {
            return Collections.emptyList();
        }
        return candidate.getContent().getParts();
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }

    public GenerateContentResponse setCandidates(List<Candidate> candidates) {
        this.candidates = candidates;
        return this;
    }

    public PromptFeedback getPromptFeedback() {
        return promptFeedback;
    }

    public GenerateContentResponse setPromptFeedback(PromptFeedback promptFeedback) {
        this.promptFeedback = promptFeedback;
        return this;
    }

    public UsageMetadata getUsageMetadata() {
        return usageMetadata;
    }

    public GenerateContentResponse setUsageMetadata(UsageMetadata usageMetadata) {
        this.usageMetadata = usageMetadata;
        return this;
    }

    public String getModelVersion() {
        return modelVersion;
    }

    public GenerateContentResponse setModelVersion(String modelVersion) {
        this.modelVersion = modelVersion;
        return this;
    }

    public String getResponseId() {
        return responseId;
    }

    public GenerateContentResponse setResponseId(String responseId) {
        this.responseId = responseId;
        return this;
    }

    public ModelStatus getModelStatus() {
        return modelStatus;
    }

    public GenerateContentResponse setModelStatus(ModelStatus modelStatus) {
        this.modelStatus = modelStatus;
        return this;
    }
}
