package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/** Generation options: sampling, output format, thinking, speech and image settings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
        "stopSequences", "responseMimeType", "responseSchema", "responseJsonSchema", "responseModalities",
        "candidateCount", "maxOutputTokens", "temperature", "topP", "topK", "seed", "presencePenalty",
        "frequencyPenalty", "responseLogprobs", "logprobs", "enableEnhancedCivicAnswers", "speechConfig",
        "thinkingConfig", "imageConfig", "mediaResolution", "responseFormat"})
public class GenerationConfig extends GeminiObject {

    private List<String> stopSequences;
    private String responseMimeType;
    private Schema responseSchema;
    private Object responseJsonSchema;
    private List<String> responseModalities;
    private Integer candidateCount;
    private Integer maxOutputTokens;
    /** Held as the Number read, so it is written back in the same form ({@code 0} stays {@code 0}). */
    @JsonProperty("temperature")
    private Number temperature;
    /** Held as the Number read, so it is written back in the same form ({@code 0} stays {@code 0}). */
    @JsonProperty("topP")
    private Number topP;
    private Integer topK;
    private Integer seed;
    /** Held as the Number read, so it is written back in the same form ({@code 0} stays {@code 0}). */
    @JsonProperty("presencePenalty")
    private Number presencePenalty;
    /** Held as the Number read, so it is written back in the same form ({@code 0} stays {@code 0}). */
    @JsonProperty("frequencyPenalty")
    private Number frequencyPenalty;
    private Boolean responseLogprobs;
    private Integer logprobs;
    private Boolean enableEnhancedCivicAnswers;
    private SpeechConfig speechConfig;
    private ThinkingConfig thinkingConfig;
    private ImageConfig imageConfig;
    private String mediaResolution;
    private Map<String, Object> responseFormat;

    public List<String> getStopSequences() {
        return stopSequences;
    }

    public GenerationConfig setStopSequences(List<String> stopSequences) {
        this.stopSequences = stopSequences;
        return this;
    }

    public String getResponseMimeType() {
        return responseMimeType;
    }

    public GenerationConfig setResponseMimeType(String responseMimeType) {
        this.responseMimeType = responseMimeType;
        return this;
    }

    public Schema getResponseSchema() {
        return responseSchema;
    }

    public GenerationConfig setResponseSchema(Schema responseSchema) {
        this.responseSchema = responseSchema;
        return this;
    }

    public Object getResponseJsonSchema() {
        return responseJsonSchema;
    }

    public GenerationConfig setResponseJsonSchema(Object responseJsonSchema) {
        this.responseJsonSchema = responseJsonSchema;
        return this;
    }

    public List<String> getResponseModalities() {
        return responseModalities;
    }

    public GenerationConfig setResponseModalities(List<String> responseModalities) {
        this.responseModalities = responseModalities;
        return this;
    }

    public Integer getCandidateCount() {
        return candidateCount;
    }

    public GenerationConfig setCandidateCount(Integer candidateCount) {
        this.candidateCount = candidateCount;
        return this;
    }

    public Integer getMaxOutputTokens() {
        return maxOutputTokens;
    }

    public GenerationConfig setMaxOutputTokens(Integer maxOutputTokens) {
        this.maxOutputTokens = maxOutputTokens;
        return this;
    }

    @JsonIgnore
    public Double getTemperature() {
        return toDouble(temperature);
    }

    @JsonIgnore
    public GenerationConfig setTemperature(Double temperature) {
        this.temperature = temperature;
        return this;
    }

    @JsonIgnore
    public Double getTopP() {
        return toDouble(topP);
    }

    @JsonIgnore
    public GenerationConfig setTopP(Double topP) {
        this.topP = topP;
        return this;
    }

    public Integer getTopK() {
        return topK;
    }

    public GenerationConfig setTopK(Integer topK) {
        this.topK = topK;
        return this;
    }

    public Integer getSeed() {
        return seed;
    }

    public GenerationConfig setSeed(Integer seed) {
        this.seed = seed;
        return this;
    }

    @JsonIgnore
    public Double getPresencePenalty() {
        return toDouble(presencePenalty);
    }

    @JsonIgnore
    public GenerationConfig setPresencePenalty(Double presencePenalty) {
        this.presencePenalty = presencePenalty;
        return this;
    }

    @JsonIgnore
    public Double getFrequencyPenalty() {
        return toDouble(frequencyPenalty);
    }

    @JsonIgnore
    public GenerationConfig setFrequencyPenalty(Double frequencyPenalty) {
        this.frequencyPenalty = frequencyPenalty;
        return this;
    }

    public Boolean getResponseLogprobs() {
        return responseLogprobs;
    }

    public GenerationConfig setResponseLogprobs(Boolean responseLogprobs) {
        this.responseLogprobs = responseLogprobs;
        return this;
    }

    public Integer getLogprobs() {
        return logprobs;
    }

    public GenerationConfig setLogprobs(Integer logprobs) {
        this.logprobs = logprobs;
        return this;
    }

    public Boolean getEnableEnhancedCivicAnswers() {
        return enableEnhancedCivicAnswers;
    }

    public GenerationConfig setEnableEnhancedCivicAnswers(Boolean enableEnhancedCivicAnswers) {
        this.enableEnhancedCivicAnswers = enableEnhancedCivicAnswers;
        return this;
    }

    public SpeechConfig getSpeechConfig() {
        return speechConfig;
    }

    public GenerationConfig setSpeechConfig(SpeechConfig speechConfig) {
        this.speechConfig = speechConfig;
        return this;
    }

    public ThinkingConfig getThinkingConfig() {
        return thinkingConfig;
    }

    public GenerationConfig setThinkingConfig(ThinkingConfig thinkingConfig) {
        this.thinkingConfig = thinkingConfig;
        return this;
    }

    public ImageConfig getImageConfig() {
        return imageConfig;
    }

    public GenerationConfig setImageConfig(ImageConfig imageConfig) {
        this.imageConfig = imageConfig;
        return this;
    }

    public String getMediaResolution() {
        return mediaResolution;
    }

    public GenerationConfig setMediaResolution(String mediaResolution) {
        this.mediaResolution = mediaResolution;
        return this;
    }

    public Map<String, Object> getResponseFormat() {
        return responseFormat;
    }

    public GenerationConfig setResponseFormat(Map<String, Object> responseFormat) {
        this.responseFormat = responseFormat;
        return this;
    }
}
